package dev.ddbchanges.app.ci;

import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan role runs code that nobody has reviewed yet (a pull request's): it reads the state and what a refresh
 * reads, writes the saved plan, and is explicitly denied every read of data, so that no later Allow (a managed policy
 * attached by hand, say) can open one.
 */
final class PlanPolicy {
    /**
     * Firehose has no API that returns records, and Glue's partitions are metadata: neither is listed. Log events
     * are data: a function may log what it read.
     */
    static final List<String> DENIED_DATA_READS = List.of(
            "dynamodb:GetItem",
            "dynamodb:BatchGetItem",
            "dynamodb:Query",
            "dynamodb:Scan",
            "dynamodb:PartiQLSelect",
            "dynamodb:GetRecords",
            "dynamodb:GetShardIterator",
            "dynamodb:ExportTableToPointInTime",
            "dynamodb:RestoreTableFromBackup",
            "dynamodb:RestoreTableToPointInTime",
            "kinesis:GetRecords",
            "kinesis:GetShardIterator",
            "kinesis:SubscribeToShard",
            "athena:GetQueryResults",
            "athena:GetQueryResultsStream",
            "athena:StartQueryExecution",
            "lambda:InvokeFunction",
            "lambda:InvokeFunctionUrl",
            "logs:GetLogEvents",
            "logs:FilterLogEvents",
            "logs:StartQuery",
            "logs:GetQueryResults",
            "logs:StartLiveTail",
            "logs:Unmask");

    private PlanPolicy() {}

    static List<PolicyStatement> of(CiScope scope) {
        List<PolicyStatement> statements = new ArrayList<>(List.of(
                StateAccess.list(scope),
                StateAccess.readState(scope),
                StateAccess.lock(scope),
                // The upload tags the plan (kind=plan) for the state bucket's rule that expires plans never applied.
                PolicyStatement.allow("SavePlan")
                        .withActions("s3:PutObject", "s3:PutObjectTagging")
                        .withResources(scope.plans()),
                StateAccess.kms("StateKeyThroughS3", scope, "kms:Decrypt", "kms:Encrypt", "kms:GenerateDataKey")));
        statements.addAll(ConfigurationReads.of(scope));
        statements.addAll(denies(scope));
        return statements;
    }

    static List<PolicyStatement> denies(CiScope scope) {
        List<String> objects = new ArrayList<>(scope.bucketObjects());
        objects.add(scope.plans());
        return List.of(
                PolicyStatement.deny("NoObjectReads")
                        .withActions("s3:GetObject*")
                        .withResources(objects.toArray(String[]::new)),
                PolicyStatement.deny("NoDataReads")
                        .withActions(DENIED_DATA_READS.toArray(String[]::new))
                        .withResources("*"),
                // The Allows bind each of these services' decrypts to the state or one resource of the environment;
                // the two Denies below hold Step Functions' and Scheduler's to theirs whatever is attached later.
                PolicyStatement.deny("NoDecryptOutsideStateAndReads")
                        .withActions("kms:Decrypt")
                        .withResources("*")
                        .withCondition(
                                "StringNotEquals",
                                "kms:ViaService",
                                List.of(
                                        scope.s3Service(),
                                        scope.service("lambda"),
                                        scope.service("states"),
                                        scope.service("scheduler"))),
                onlyFor(
                        "NoDecryptThroughStatesButTheMachine",
                        scope,
                        "states",
                        "aws:states:stateMachineArn",
                        scope.refreshMachine()),
                onlyFor(
                        "NoDecryptThroughSchedulerButTheSchedule",
                        scope,
                        "scheduler",
                        "aws:scheduler:schedule-arn",
                        scope.refreshSchedule()));
    }

    /** Through this service, a decrypt for any other resource than the environment's one is denied too. */
    private static PolicyStatement onlyFor(String sid, CiScope scope, String service, String context, String resource) {
        return PolicyStatement.deny(sid)
                .withActions("kms:Decrypt")
                .withResources("*")
                .withCondition("StringEquals", "kms:ViaService", scope.service(service))
                .withCondition("StringNotLike", "kms:EncryptionContext:" + context, resource);
    }
}
