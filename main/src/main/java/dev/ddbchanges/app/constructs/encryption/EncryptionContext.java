package dev.ddbchanges.app.constructs.encryption;

import java.util.List;

/**
 * Which resources' encryption context a grant of the key is bound to: the ARN the service puts into the context
 * ({@code kms:EncryptionContext:aws:<service>:arn}), compared with one of IAM's condition operators.
 *
 * @param operator the IAM condition operator
 * @param value    one ARN, or a list that matches any of its entries
 */
public record EncryptionContext(String operator, Object value) {
    /** Exactly this ARN. */
    public static EncryptionContext stringEquals(String arn) {
        return new EncryptionContext("StringEquals", arn);
    }

    /** Any of these ARNs or ARN patterns ({@code *} matches within one). */
    public static EncryptionContext stringLike(List<String> arns) {
        return new EncryptionContext("StringLike", List.copyOf(arns));
    }

    /** Exactly this ARN, compared as an ARN. */
    public static EncryptionContext arnEquals(String arn) {
        return new EncryptionContext("ArnEquals", arn);
    }
}
