package dev.ddbchanges.app.constructs.encryption;

import java.util.List;

/**
 * Which resources a grant of the key is bound to, through the encryption context the service itself puts on each
 * request. Only the three services below name their context {@code aws:<service>:arn} with the resource's ARN (other
 * services use other keys, or none), so a grant can be bound only through them: a free-form service name would
 * compile and write a condition that never matches, and every request would be denied.
 *
 * @param service  the service's endpoint prefix, which these services also use in their context's name
 * @param operator the IAM condition operator
 * @param value    one ARN, or a list that matches any of its entries
 */
public record EncryptionContext(String service, String operator, Object value) {
    /** S3 objects under these ARNs or ARN patterns ({@code *} matches within one); with a bucket key, the bucket's. */
    public static EncryptionContext s3(List<String> arns) {
        return new EncryptionContext("s3", "StringLike", List.copyOf(arns));
    }

    /** Records of exactly this Kinesis stream. */
    public static EncryptionContext kinesisStream(String arn) {
        return new EncryptionContext("kinesis", "StringEquals", arn);
    }

    /** Events of exactly this CloudWatch Logs group, compared as an ARN. */
    public static EncryptionContext logGroup(String arn) {
        return new EncryptionContext("logs", "ArnEquals", arn);
    }

    /** The condition key the context is compared under. */
    String conditionKey() {
        return "kms:EncryptionContext:aws:" + service + ":arn";
    }
}
