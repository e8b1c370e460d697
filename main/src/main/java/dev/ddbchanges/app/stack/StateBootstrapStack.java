package dev.ddbchanges.app.stack;

import com.hashicorp.cdktf.LocalBackend;
import com.hashicorp.cdktf.LocalBackendConfig;
import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.data_aws_caller_identity.DataAwsCallerIdentity;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderConfig;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderDefaultTags;
import dev.ddbchanges.app.config.Names;
import dev.ddbchanges.app.config.StateBootstrap;
import dev.ddbchanges.app.config.StateFiles;
import dev.ddbchanges.app.constructs.RemovalPolicy;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.encryption.EncryptionKeyProps;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import dev.ddbchanges.app.constructs.storage.SecureBucketProps;
import dev.ddbchanges.app.constructs.storage.TaggedExpiry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.constructs.Construct;

/**
 * The stack that creates the S3 buckets one account's environments keep their state in, deployed once before them
 * ({@code cdktf deploy state-bootstrap-<account>}). Its own state is local: the bucket it would need does not exist
 * yet. Every bucket refuses to be destroyed, and its key outlives a mistaken destroy by 30 days.
 */
public final class StateBootstrapStack extends TerraformStack {
    /** State history: every version of a state file stays recoverable this long. */
    static final int NONCURRENT_VERSION_DAYS = 90;

    static final int KEY_DELETION_WINDOW_DAYS = 30;

    /**
     * A saved plan whose apply was rejected or timed out is never taken; it holds every value unredacted, so it goes
     * after two days. The deploy workflow tags each plan it saves.
     */
    static final TaggedExpiry SAVED_PLANS = new TaggedExpiry("kind", "plan", 2);

    public StateBootstrapStack(Construct scope, StateBootstrap bootstrap) {
        super(scope, bootstrap.stackName());
        new LocalBackend(
                this,
                LocalBackendConfig.builder()
                        .path(StateFiles.localPath(bootstrap.stackName()))
                        .build());
        addOverride("terraform.required_version", StateBackend.REQUIRED_TERRAFORM);
        new AwsProvider(
                this,
                "aws",
                AwsProviderConfig.builder()
                        .region(bootstrap.region())
                        .allowedAccountIds(bootstrap.accountId().map(List::of).orElse(null))
                        .defaultTags(List.of(AwsProviderDefaultTags.builder()
                                .tags(Map.of(
                                        "project",
                                        bootstrap.project(),
                                        "environment",
                                        bootstrap.stackName(),
                                        "managed-by",
                                        "cdktf"))
                                .build()))
                        .build());
        addOverride("terraform.required_providers.aws.version", PipelineStack.AWS_PROVIDER_CONSTRAINT);

        String account = bootstrap
                .accountId()
                .orElseGet(() -> new DataAwsCallerIdentity(this, "current-account").getAccountId());
        EncryptionKey key = new EncryptionKey(
                this,
                "key",
                EncryptionKeyProps.builder()
                        .alias(Names.stateKeyAlias(bootstrap.project()))
                        .description("Encrypts the Terraform state of " + bootstrap.project())
                        .deletionWindowDays(KEY_DELETION_WINDOW_DAYS)
                        .accountId(account)
                        .region(bootstrap.region())
                        .removal(RemovalPolicy.RETAIN_AND_PROTECT)
                        .build());
        for (String bucketName : bootstrap.buckets()) {
            SecureBucket bucket = new SecureBucket(
                    this,
                    bucketName,
                    SecureBucketProps.builder()
                            .bucketName(bucketName)
                            .key(key)
                            .removal(RemovalPolicy.RETAIN_AND_PROTECT)
                            .noncurrentVersionExpirationDays(NONCURRENT_VERSION_DAYS)
                            .expireTagged(Optional.of(SAVED_PLANS))
                            .build());
            new TerraformOutput(
                    this,
                    "bucket-" + bucketName,
                    TerraformOutputConfig.builder()
                            .value(bucket.name())
                            .description(
                                    "State bucket: name it as stateBucket of the environments that keep state here")
                            .build());
        }
    }
}
