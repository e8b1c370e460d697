package dev.ddbchanges.app.ci;

import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a refresh of the pipeline's resources reads, service by service, limited to the environment's names: the
 * provider's read of each resource type (the test's type table lists them). Reads of configuration only; the data
 * reads are denied in {@link PlanPolicy}.
 */
final class ConfigurationReads {
    private ConfigurationReads() {}

    static List<PolicyStatement> of(CiScope scope) {
        return List.of(
                PolicyStatement.allow("ReadBuckets")
                        // HeadBucket is authorized by s3:ListBucket, which lists object keys but no contents.
                        .withActions(
                                "s3:ListBucket",
                                "s3:GetBucket*",
                                "s3:GetAccelerateConfiguration",
                                "s3:GetEncryptionConfiguration",
                                "s3:GetLifecycleConfiguration",
                                "s3:GetMetricsConfiguration",
                                "s3:GetReplicationConfiguration")
                        .withResources(scope.buckets().toArray(String[]::new)),
                scope.onOwnKeys(PolicyStatement.allow("ReadKey")
                        .withActions(
                                "kms:DescribeKey",
                                "kms:GetKeyPolicy",
                                "kms:GetKeyRotationStatus",
                                "kms:ListResourceTags")),
                PolicyStatement.allow("ReadTable")
                        .withActions(
                                "dynamodb:DescribeTable",
                                "dynamodb:DescribeContinuousBackups",
                                "dynamodb:DescribeTimeToLive",
                                "dynamodb:DescribeKinesisStreamingDestination",
                                "dynamodb:ListTagsOfResource")
                        .withResources(scope.arn("dynamodb", "table/" + scope.prefix() + "-*")),
                PolicyStatement.allow("ReadStream")
                        .withActions(
                                "kinesis:DescribeStream", "kinesis:DescribeStreamSummary", "kinesis:ListTagsForStream")
                        .withResources(scope.arn("kinesis", "stream/" + scope.prefix() + "-*")),
                PolicyStatement.allow("ReadDeliveryStream")
                        .withActions("firehose:DescribeDeliveryStream", "firehose:ListTagsForDeliveryStream")
                        .withResources(scope.arn("firehose", "deliverystream/" + scope.prefix() + "-*")),
                PolicyStatement.allow("ReadFunction")
                        .withActions(
                                "lambda:GetFunction",
                                "lambda:GetFunctionCodeSigningConfig",
                                "lambda:GetFunctionConfiguration",
                                "lambda:GetFunctionRecursionConfig",
                                "lambda:GetRuntimeManagementConfig",
                                "lambda:ListVersionsByFunction",
                                "lambda:GetAlias",
                                "lambda:GetPolicy",
                                "lambda:ListTags")
                        .withResources(
                                scope.arn("lambda", "function:" + scope.prefix() + "-*"),
                                scope.arn("lambda", "function:" + scope.prefix() + "-*:*")),
                // GetFunction returns the environment variables decrypted, with the caller's own kms:Decrypt.
                PolicyStatement.allow("ReadFunctionEnvironment")
                        .withActions("kms:Decrypt")
                        .withResources(scope.keys())
                        .withCondition("StringEquals", "kms:ViaService", scope.service("lambda"))
                        .withCondition(
                                "StringLike",
                                "kms:EncryptionContext:aws:lambda:FunctionArn",
                                scope.converterFunction()),
                PolicyStatement.allow("ReadLogGroups")
                        .withActions("logs:DescribeLogStreams", "logs:ListTagsForResource", "logs:ListTagsLogGroup")
                        .withResources(withStreams(scope.logGroups())),
                PolicyStatement.allow("ReadAlarmsAndTopic")
                        .withActions(
                                "cloudwatch:DescribeAlarms",
                                "cloudwatch:ListTagsForResource",
                                "sns:GetTopicAttributes",
                                "sns:GetSubscriptionAttributes",
                                "sns:ListTagsForResource",
                                "sns:ListSubscriptionsByTopic")
                        .withResources(
                                scope.arn("cloudwatch", "alarm:" + scope.prefix() + "-*"),
                                scope.arn("sns", scope.prefix() + "-*")),
                PolicyStatement.allow("ReadRoles")
                        .withActions(
                                "iam:GetRole",
                                "iam:GetRolePolicy",
                                "iam:ListRolePolicies",
                                "iam:ListAttachedRolePolicies",
                                "iam:ListRoleTags")
                        .withResources(scope.role(scope.prefix() + "-*")),
                PolicyStatement.allow("ReadCatalog")
                        .withActions(
                                "glue:GetDatabase",
                                "glue:GetTable",
                                "glue:GetPartitionIndexes",
                                "glue:GetCrawler",
                                "glue:GetTags")
                        .withResources(scope.glue().toArray(String[]::new)),
                PolicyStatement.allow("ReadWorkgroup")
                        .withActions("athena:GetWorkGroup", "athena:GetNamedQuery", "athena:ListTagsForResource")
                        .withResources(scope.arn("athena", "workgroup/" + scope.prefix() + "-*")),
                PolicyStatement.allow("ReadRefreshMachine")
                        .withActions(
                                "states:DescribeStateMachine",
                                "states:ListTagsForResource",
                                "states:ListStateMachineVersions",
                                "scheduler:GetSchedule")
                        .withResources(
                                scope.arn("states", "stateMachine:" + scope.prefix() + "-*"),
                                scope.arn("scheduler", "schedule/default/" + scope.prefix() + "-*")),
                // Both return the definition and the target decrypted, with the caller's own kms:Decrypt.
                decryptThrough(
                        "ReadMachineDefinition", scope, "states", "aws:states:stateMachineArn", scope.refreshMachine()),
                decryptThrough(
                        "ReadScheduleTarget",
                        scope,
                        "scheduler",
                        "aws:scheduler:schedule-arn",
                        scope.refreshSchedule()),
                validateDefinitions(),
                // DescribeLogGroups is authorized on every log group of the account: a listing of names.
                PolicyStatement.allow("ListLogGroups")
                        .withActions("logs:DescribeLogGroups")
                        .withResources(scope.arn("logs", "log-group:*")),
                // These two name no resource in IAM: the listing and a security configuration can only be "*".
                PolicyStatement.allow("ReadUnscopable")
                        .withActions("kms:ListAliases", "glue:GetSecurityConfiguration")
                        .withResources("*"));
    }

    /** Decrypts of the environment's own key, only by this service for this one resource's encryption context. */
    private static PolicyStatement decryptThrough(
            String sid, CiScope scope, String service, String context, String resource) {
        return scope.onOwnKeys(PolicyStatement.allow(sid)
                .withActions("kms:Decrypt")
                .withCondition("StringEquals", "kms:ViaService", scope.service(service))
                .withCondition("StringLike", "kms:EncryptionContext:" + context, resource));
    }

    /** The provider validates a changed definition while planning; IAM names no resource for it. */
    static PolicyStatement validateDefinitions() {
        return PolicyStatement.allow("ValidateMachineDefinitions")
                .withActions("states:ValidateStateMachineDefinition")
                .withResources("*");
    }

    private static String[] withStreams(List<String> groups) {
        return groups.stream().flatMap(group -> Stream.of(group, group + ":*")).toArray(String[]::new);
    }
}
