package dev.ddbchanges.app.constructs.storage;

import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleExpiration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleFilter;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleFilterTag;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration;
import java.util.ArrayList;
import java.util.List;

/** The rules that keep old versions and failed uploads of a {@link SecureBucket} from piling up, unseen and billed. */
final class LifecycleRules {
    /** Incomplete multipart uploads are invisible and billed; a day is long enough for any upload to finish. */
    static final int ABORT_INCOMPLETE_UPLOAD_DAYS = 1;

    private LifecycleRules() {}

    private static S3BucketLifecycleConfigurationRule tagged(TaggedExpiry expiry) {
        return everyVersion(
                "expire-" + expiry.key() + "-" + expiry.value(),
                S3BucketLifecycleConfigurationRuleFilter.builder()
                        .tag(S3BucketLifecycleConfigurationRuleFilterTag.builder()
                                .key(expiry.key())
                                .value(expiry.value())
                                .build())
                        .build(),
                expiry.days());
    }

    /** Current and noncurrent versions alike expire {@code days} after they were written or replaced. */
    private static S3BucketLifecycleConfigurationRule everyVersion(
            String id, S3BucketLifecycleConfigurationRuleFilter filter, int days) {
        return rule(id, filter)
                .expiration(S3BucketLifecycleConfigurationRuleExpiration.builder()
                        .days(days)
                        .build())
                .noncurrentVersionExpiration(S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration.builder()
                        .noncurrentDays(days)
                        .build())
                .build();
    }

    /** An enabled rule with its id and the objects it applies to, for the caller to say what it does to them. */
    private static S3BucketLifecycleConfigurationRule.Builder rule(
            String id, S3BucketLifecycleConfigurationRuleFilter filter) {
        return S3BucketLifecycleConfigurationRule.builder()
                .id(id)
                .status("Enabled")
                .filter(filter);
    }

    private static S3BucketLifecycleConfigurationRuleFilter under(String prefix) {
        return S3BucketLifecycleConfigurationRuleFilter.builder().prefix(prefix).build();
    }

    private static S3BucketLifecycleConfigurationRule currentVersions(
            String id, S3BucketLifecycleConfigurationRuleFilter filter, int days) {
        return rule(id, filter)
                .expiration(S3BucketLifecycleConfigurationRuleExpiration.builder()
                        .days(days)
                        .build())
                .build();
    }

    static List<S3BucketLifecycleConfigurationRule> of(SecureBucketProps props) {
        S3BucketLifecycleConfigurationRuleFilter everyObject = under("");
        List<S3BucketLifecycleConfigurationRule> rules = new ArrayList<>();
        rules.add(rule("abort-incomplete-multipart-uploads", everyObject)
                .abortIncompleteMultipartUpload(
                        S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload.builder()
                                .daysAfterInitiation(ABORT_INCOMPLETE_UPLOAD_DAYS)
                                .build())
                .build());
        rules.add(rule("expire-noncurrent-versions", everyObject)
                .noncurrentVersionExpiration(S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration.builder()
                        .noncurrentDays(props.noncurrentVersionExpirationDays())
                        .build())
                .build());
        props.expirationDays().ifPresent(days -> {
            if (props.expirationPrefixes().isEmpty()) {
                rules.add(currentVersions("expire-current-versions", everyObject, days));
            }
            for (String prefix : props.expirationPrefixes()) {
                PrefixExpiry expiry = new PrefixExpiry(prefix, days);
                rules.add(currentVersions("expire-current-versions-" + expiry.folder(), under(prefix), days));
            }
        });
        props.expireTagged().ifPresent(expiry -> rules.add(tagged(expiry)));
        for (PrefixExpiry expiry : props.expirePrefixes()) {
            rules.add(everyVersion("expire-" + expiry.folder(), under(expiry.prefix()), expiry.days()));
        }
        return rules;
    }
}
