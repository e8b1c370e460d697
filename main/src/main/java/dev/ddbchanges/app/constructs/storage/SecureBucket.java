package dev.ddbchanges.app.constructs.storage;

import com.hashicorp.cdktf.TerraformResource;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3Bucket;
import com.hashicorp.cdktf.providers.aws.s3_bucket.S3BucketConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfiguration;
import com.hashicorp.cdktf.providers.aws.s3_bucket_lifecycle_configuration.S3BucketLifecycleConfigurationConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_logging.S3BucketLoggingA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_logging.S3BucketLoggingAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_metric.S3BucketMetric;
import com.hashicorp.cdktf.providers.aws.s3_bucket_metric.S3BucketMetricConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_metric.S3BucketMetricFilter;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControls;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControlsConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_ownership_controls.S3BucketOwnershipControlsRule;
import com.hashicorp.cdktf.providers.aws.s3_bucket_policy.S3BucketPolicy;
import com.hashicorp.cdktf.providers.aws.s3_bucket_policy.S3BucketPolicyConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_public_access_block.S3BucketPublicAccessBlock;
import com.hashicorp.cdktf.providers.aws.s3_bucket_public_access_block.S3BucketPublicAccessBlockConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_server_side_encryption_configuration.S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningA;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningAConfig;
import com.hashicorp.cdktf.providers.aws.s3_bucket_versioning.S3BucketVersioningVersioningConfiguration;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.encryption.EncryptionContext;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.iam.PolicyDocument;
import dev.ddbchanges.app.iam.PolicyStatement;
import dev.ddbchanges.app.iam.ServiceRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * The only way this project makes a bucket: KMS-encrypted with the environment's key, never public, owner-enforced,
 * versioned, TLS-only, with lifecycle rules that keep old versions and failed uploads from piling up. Its
 * {@link dev.ddbchanges.app.constructs.RemovalPolicy} applies to the bucket and each of its settings alike.
 */
public final class SecureBucket extends Construct {
    /** Where a log bucket keeps server access logs, apart from anything else it might hold. */
    public static final String ACCESS_LOG_PREFIX = "access-logs/";

    private final S3Bucket bucket;
    private final EncryptionKey key;
    private final Map<String, String> metricPrefixes = new HashMap<>();
    private final boolean preventDestroy;

    public SecureBucket(Construct scope, String id, SecureBucketProps props) {
        super(scope, id);
        key = props.key();
        bucket = new S3Bucket(
                this,
                "bucket",
                S3BucketConfig.builder()
                        .bucket(props.bucketName())
                        .forceDestroy(props.removal().forceDestroy())
                        // The bucket names the key only through its encryption resource; without this, a destroy
                        // that stops at a bucket still holding objects would schedule their key's deletion.
                        .dependsOn(List.of(key.dependency()))
                        .build());
        new S3BucketServerSideEncryptionConfigurationA(
                this,
                "encryption",
                S3BucketServerSideEncryptionConfigurationAConfig.builder()
                        .bucket(bucket.getId())
                        .rule(List.of(S3BucketServerSideEncryptionConfigurationRuleA.builder()
                                .applyServerSideEncryptionByDefault(
                                        S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA
                                                .builder()
                                                .sseAlgorithm("aws:kms")
                                                .kmsMasterKeyId(props.key().arn())
                                                .build())
                                // One KMS call per bucket key instead of per object: cheaper, same protection.
                                .bucketKeyEnabled(true)
                                .build()))
                        .build());
        S3BucketPublicAccessBlock publicAccessBlock = new S3BucketPublicAccessBlock(
                this,
                "public-access-block",
                S3BucketPublicAccessBlockConfig.builder()
                        .bucket(bucket.getId())
                        .blockPublicAcls(true)
                        .blockPublicPolicy(true)
                        .ignorePublicAcls(true)
                        .restrictPublicBuckets(true)
                        .build());
        new S3BucketOwnershipControls(
                this,
                "ownership",
                S3BucketOwnershipControlsConfig.builder()
                        .bucket(bucket.getId())
                        .rule(S3BucketOwnershipControlsRule.builder()
                                .objectOwnership("BucketOwnerEnforced")
                                .build())
                        .build());
        S3BucketVersioningA versioning = new S3BucketVersioningA(
                this,
                "versioning",
                S3BucketVersioningAConfig.builder()
                        .bucket(bucket.getId())
                        .versioningConfiguration(S3BucketVersioningVersioningConfiguration.builder()
                                .status("Enabled")
                                .build())
                        .build());
        new S3BucketLifecycleConfiguration(
                this,
                "lifecycle",
                S3BucketLifecycleConfigurationConfig.builder()
                        .bucket(bucket.getId())
                        .rule(LifecycleRules.of(props))
                        // S3 rejects noncurrent-version rules on a bucket whose versioning is not yet on.
                        .dependsOn(List.of(versioning))
                        .build());
        new S3BucketPolicy(
                this,
                "policy",
                S3BucketPolicyConfig.builder()
                        .bucket(bucket.getId())
                        .policy(PolicyDocument.of(policyStatements(props).toArray(PolicyStatement[]::new)))
                        // Both calls change the bucket's policy state; S3 answers a concurrent pair with
                        // OperationAborted.
                        .dependsOn(List.of(publicAccessBlock))
                        .build());
        preventDestroy = props.removal().preventDestroy();
        props.accessLogsTo().ifPresent(this::sendAccessLogsTo);
        protectEverything();
    }

    private List<PolicyStatement> policyStatements(SecureBucketProps props) {
        List<PolicyStatement> statements = new ArrayList<>();
        statements.add(PolicyStatement.deny("DenyRequestsWithoutTls")
                .withAnyPrincipal()
                .withActions("s3:*")
                .withResources(bucket.getArn(), bucket.getArn() + "/*")
                .withCondition("Bool", "aws:SecureTransport", "false"));
        props.receivesAccessLogs().ifPresent(delivery -> statements.add(acceptAccessLogs(delivery)));
        return statements;
    }

    /** With object ownership enforced, a bucket policy is the only way to let S3's log delivery write. */
    private PolicyStatement acceptAccessLogs(AccessLogDelivery delivery) {
        return PolicyStatement.allow("S3ServerAccessLogsOfTheseBuckets")
                .withServicePrincipal("logging.s3.amazonaws.com")
                .withActions("s3:PutObject")
                .withResources(bucket.getArn() + "/" + ACCESS_LOG_PREFIX + "*")
                .withCondition("ArnLike", "aws:SourceArn", delivery.sourceArns())
                .withCondition("StringEquals", "aws:SourceAccount", delivery.accountId());
    }

    /** S3 writes one log record per request to this bucket, delivered within hours; best effort, not every request. */
    private void sendAccessLogsTo(SecureBucket target) {
        new S3BucketLoggingA(
                this,
                "access-logging",
                S3BucketLoggingAConfig.builder()
                        .bucket(bucket.getId())
                        .targetBucket(target.bucket.getId())
                        .targetPrefix(ACCESS_LOG_PREFIX)
                        .build());
    }

    public String name() {
        return bucket.getBucket();
    }

    /**
     * The bucket and each of its settings, by one mechanism: a protected bucket keeps its encryption, versioning and
     * policy too.
     */
    private void protectEverything() {
        for (IConstruct child : getNode().getChildren()) {
            if (child instanceof TerraformResource resource) {
                protect(resource);
            }
        }
    }

    private void protect(TerraformResource resource) {
        if (preventDestroy) {
            resource.addOverride("lifecycle.prevent_destroy", true);
        }
    }

    public String arn() {
        return bucket.getArn();
    }

    /**
     * Has S3 publish request metrics for the objects under {@code prefix} (a metrics configuration named
     * {@code filterId}) and returns their PUT count. S3 reports them by the minute, best effort, billed like custom
     * CloudWatch metrics; a request type with no requests under the prefix reports nothing, so a quiet prefix costs
     * next to nothing. Every writer under one prefix may ask: the configuration is declared once per filter id, and
     * one filter id cannot stand for two prefixes.
     */
    public Metric metricPutRequestsUnder(String prefix, String filterId) {
        String known = metricPrefixes.putIfAbsent(filterId, prefix);
        if (known != null && !known.equals(prefix)) {
            throw new IllegalArgumentException("request metrics filter '" + filterId + "' already counts prefix '"
                    + known + "'; allowed: the same prefix, or another filter id for '" + prefix + "'");
        }
        String id = "request-metrics-" + filterId;
        S3BucketMetric configuration = known != null
                ? (S3BucketMetric) getNode().findChild(id)
                : new S3BucketMetric(
                        this,
                        id,
                        S3BucketMetricConfig.builder()
                                .bucket(bucket.getId())
                                .name(filterId)
                                .filter(S3BucketMetricFilter.builder()
                                        .prefix(prefix)
                                        .build())
                                .build());
        if (known == null) {
            protect(configuration);
        }
        // The configuration's own attributes, so an alarm on the metric waits for the configuration.
        return new Metric(
                "AWS/S3",
                "PutRequests",
                Map.of("BucketName", configuration.getBucket(), "FilterId", configuration.getName()),
                "Sum");
    }

    /**
     * Lets {@code role} write (and read back, and abort) objects under the given prefixes only, with the bucket's key
     * used through S3 only. With a bucket key the encryption context is the bucket's ARN; without one, the object's.
     */
    public IamRolePolicy grantWrite(ServiceRole role, String policyId, String... prefixes) {
        String[] objects = Arrays.stream(prefixes)
                .map(prefix -> bucket.getArn() + "/" + prefix + "*")
                .toArray(String[]::new);
        List<String> contexts = new ArrayList<>();
        contexts.add(bucket.getArn());
        contexts.addAll(List.of(objects));
        return role.grant(
                this,
                policyId,
                PolicyStatement.allow("LocateBucket")
                        .withActions("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads")
                        .withResources(bucket.getArn()),
                PolicyStatement.allow("WriteUnderPrefixes")
                        .withActions("s3:PutObject", "s3:AbortMultipartUpload", "s3:GetObject")
                        .withResources(objects),
                key.grantUseVia(
                        "EncryptObjectsThroughS3",
                        EncryptionContext.s3(contexts),
                        "kms:GenerateDataKey",
                        "kms:Decrypt"));
    }

    /**
     * Lets {@code role} list and read the objects under one prefix, and decrypt them through S3, and nothing else of
     * the bucket.
     */
    public IamRolePolicy grantRead(ServiceRole role, String policyId, String prefix) {
        return grantUnder(
                role,
                policyId,
                prefix,
                PolicyStatement.allow("ReadUnderPrefix").withActions("s3:GetObject"),
                "DecryptObjectsThroughS3",
                "kms:Decrypt");
    }

    /**
     * Lets {@code role} own the objects under one prefix: list, read, write and delete them (a table format that
     * rewrites and expires its own files, such as Iceberg's), with the bucket's key used through S3 only.
     */
    public IamRolePolicy grantOwn(ServiceRole role, String policyId, String prefix) {
        return grantUnder(
                role,
                policyId,
                prefix,
                PolicyStatement.allow("OwnObjectsUnderPrefix")
                        .withActions("s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload"),
                "EncryptOwnObjectsThroughS3",
                "kms:GenerateDataKey",
                "kms:Decrypt");
    }

    /** Listing under the prefix, the bucket's location, {@code objectActions} on its objects, the key through S3. */
    private IamRolePolicy grantUnder(
            ServiceRole role,
            String policyId,
            String prefix,
            PolicyStatement objectActions,
            String keySid,
            String... keyActions) {
        String objects = bucket.getArn() + "/" + prefix + "*";
        return role.grant(
                this,
                policyId,
                PolicyStatement.allow("ListUnderPrefix")
                        .withActions("s3:ListBucket")
                        .withResources(bucket.getArn())
                        .withCondition("StringLike", "s3:prefix", List.of(prefix.replaceAll("/$", ""), prefix + "*")),
                PolicyStatement.allow("LocateBucket")
                        .withActions("s3:GetBucketLocation")
                        .withResources(bucket.getArn()),
                objectActions.withResources(objects),
                key.grantUseVia(keySid, EncryptionContext.s3(List.of(bucket.getArn(), objects)), keyActions));
    }
}
