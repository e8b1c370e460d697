package dev.ddbchanges.app.constructs.encryption;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAlias;
import com.hashicorp.cdktf.providers.aws.kms_alias.KmsAliasConfig;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKeyConfig;
import dev.ddbchanges.app.iam.PolicyDocument;
import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * The one customer-managed key of an environment, rotated yearly, with an explicit key policy. Every other construct
 * receives this object, not an ARN; a construct that lets a role reach its encrypted resource asks the key for the
 * statement ({@link #grantUseVia}), so how a grant of this key is bounded is written here only.
 */
public final class EncryptionKey extends Construct {
    private final KmsKey key;
    private final String region;

    public EncryptionKey(Construct scope, String id, EncryptionKeyProps props) {
        super(scope, id);
        region = props.region();
        TerraformResourceLifecycle protection = TerraformResourceLifecycle.builder()
                .preventDestroy(props.removal().preventDestroy())
                .build();
        key = new KmsKey(
                this,
                "key",
                KmsKeyConfig.builder()
                        .description(props.description())
                        .enableKeyRotation(true)
                        .deletionWindowInDays(props.deletionWindowDays())
                        .policy(policy(props))
                        .lifecycle(protection)
                        .build());
        new KmsAlias(
                this,
                "alias",
                KmsAliasConfig.builder()
                        .name(props.alias())
                        .targetKeyId(key.getKeyId())
                        .lifecycle(protection)
                        .build());
    }

    public String arn() {
        return key.getArn();
    }

    /**
     * What a resource that keeps data on destroy names in its {@code depends_on} when it refers to the key through a
     * settings resource only (a bucket's encryption is its own resource): Terraform then deletes the key only after
     * it, and never while it refuses deletion.
     */
    public ITerraformDependable dependency() {
        return key;
    }

    /**
     * The statement that lets a role use this key only through the service of {@code context} (in the key's region)
     * and only for the resources it names: what a construct adds to the grant it gives a role to its own resource.
     */
    public PolicyStatement grantUseVia(String sid, EncryptionContext context, String... actions) {
        return PolicyStatement.allow(sid)
                .withActions(actions)
                .withResources(key.getArn())
                .withCondition("StringEquals", "kms:ViaService", context.service() + "." + region + ".amazonaws.com")
                .withCondition(context.operator(), context.conditionKey(), context.value());
    }

    /**
     * An alarm can only publish to the key-encrypted alarm topic if CloudWatch may use the key: the statement SNS
     * documents for AWS services publishing to an encrypted topic, bound as it documents to the publishing resource
     * (this environment's alarms, {@code aws:SourceArn}) and to the topic (the encryption context SNS sets), so no
     * other alarm and no other topic can have CloudWatch use this key.
     */
    private static PolicyStatement alarmsPublish(EncryptionKeyProps props, AlarmTopicGrant grant) {
        String regionAndAccount = props.region() + ":" + props.accountId() + ":";
        return PolicyStatement.allow("CloudWatchAlarmsPublishToEncryptedTopic")
                .withServicePrincipal("cloudwatch.amazonaws.com")
                .withActions("kms:Decrypt", "kms:GenerateDataKey*")
                .withResources("*")
                .withCondition(
                        "ArnEquals",
                        "aws:SourceArn",
                        grant.alarmNames().stream()
                                .map(name -> "arn:aws:cloudwatch:" + regionAndAccount + "alarm:" + name)
                                .toList())
                .withCondition(
                        "StringEquals",
                        "kms:EncryptionContext:aws:sns:topicArn",
                        "arn:aws:sns:" + regionAndAccount + grant.topicName());
    }

    /** In a key policy, Resource "*" means this key itself. */
    static String policy(EncryptionKeyProps props) {
        String logGroupArnPrefix = "arn:aws:logs:" + props.region() + ":" + props.accountId() + ":log-group:";
        List<PolicyStatement> statements = new ArrayList<>();
        // Without this statement IAM policies could not grant use of the key, and no one could ever change this
        // policy again: AWS's own default, and the only statement without a service condition.
        statements.add(PolicyStatement.allow("AccountAdministersKey")
                .withAwsPrincipal("arn:aws:iam::" + props.accountId() + ":root")
                .withActions("kms:*")
                .withResources("*"));
        if (!props.logGroupNames().isEmpty()) {
            statements.add(PolicyStatement.allow("CloudWatchLogsEncryptsThisEnvironmentsLogGroups")
                    .withServicePrincipal("logs." + props.region() + ".amazonaws.com")
                    .withActions(
                            "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey")
                    .withResources("*")
                    .withCondition(
                            "ArnEquals",
                            "kms:EncryptionContext:aws:logs:arn",
                            props.logGroupNames().stream()
                                    .map(name -> logGroupArnPrefix + name)
                                    .toList()));
        }
        props.alarmTopic().ifPresent(grant -> statements.add(alarmsPublish(props, grant)));
        if (!props.accessLogSourceBuckets().isEmpty()) {
            statements.add(accessLogDelivery(props));
        }
        return PolicyDocument.of(statements.toArray(PolicyStatement[]::new));
    }

    /**
     * A log bucket encrypted with this key receives server access logs only if S3's log delivery may use it both ways:
     * data keys for new log objects, and Decrypt for the bucket key S3 creates once and reuses. The source conditions
     * keep any other account's or bucket's logs out.
     */
    private static PolicyStatement accessLogDelivery(EncryptionKeyProps props) {
        return PolicyStatement.allow("S3ServerAccessLogsEncryptWithKey")
                .withServicePrincipal("logging.s3.amazonaws.com")
                .withActions("kms:GenerateDataKey", "kms:Decrypt")
                .withResources("*")
                .withCondition("StringEquals", "aws:SourceAccount", props.accountId())
                .withCondition(
                        "ArnLike",
                        "aws:SourceArn",
                        props.accessLogSourceBuckets().stream()
                                .map(name -> "arn:aws:s3:::" + name)
                                .toList());
    }
}
