package dev.ddbchanges.app.constructs.encryption;

import java.util.List;

/**
 * Which resources a grant of the key is bound to, through the encryption context the service itself puts on each
 * request. Each service names its context differently (S3, Kinesis and CloudWatch Logs {@code aws:<service>:arn},
 * Lambda {@code aws:lambda:FunctionArn}, Step Functions {@code aws:states:stateMachineArn}, Scheduler
 * {@code aws:scheduler:schedule-arn}; some use none), so a grant can be bound only through the services below: a
 * free-form name would compile and write a condition that never matches, and every request would be denied.
 *
 * @param service  the service's endpoint prefix, for {@code kms:ViaService}
 * @param key      the name of the context entry the service writes
 * @param operator the IAM condition operator
 * @param value    one ARN, or a list that matches any of its entries
 */
public record EncryptionContext(String service, String key, String operator, Object value) {
    /** S3 objects under these ARNs or ARN patterns ({@code *} matches within one); with a bucket key, the bucket's. */
    public static EncryptionContext s3(List<String> arns) {
        return new EncryptionContext("s3", "aws:s3:arn", "StringLike", List.copyOf(arns));
    }

    /** Records of exactly this Kinesis stream. */
    public static EncryptionContext kinesisStream(String arn) {
        return new EncryptionContext("kinesis", "aws:kinesis:arn", "StringEquals", arn);
    }

    /** Events of exactly this CloudWatch Logs group, compared as an ARN. */
    public static EncryptionContext logGroup(String arn) {
        return new EncryptionContext("logs", "aws:logs:arn", "ArnEquals", arn);
    }

    /** The environment variables of exactly this function (its unqualified ARN, whatever the version). */
    public static EncryptionContext lambdaFunction(String arn) {
        return new EncryptionContext("lambda", "aws:lambda:FunctionArn", "StringEquals", arn);
    }

    /** The definition and execution history of exactly this state machine (Step Functions' own context). */
    public static EncryptionContext stateMachine(String arn) {
        return new EncryptionContext("states", "aws:states:stateMachineArn", "StringEquals", arn);
    }

    /** The stored targets of exactly these EventBridge Scheduler schedules. */
    public static EncryptionContext schedules(List<String> arns) {
        return new EncryptionContext("scheduler", "aws:scheduler:schedule-arn", "ArnEquals", List.copyOf(arns));
    }

    /** The condition key the context is compared under. */
    String conditionKey() {
        return "kms:EncryptionContext:" + key;
    }
}
