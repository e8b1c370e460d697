package dev.ddbchanges.app.constructs.changestream;

import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.util.Objects;

/**
 * @param tableName          the table's name (built by {@code Names})
 * @param key                encrypts the table at rest
 * @param deletionProtection whether DynamoDB refuses to delete the table until this is turned off
 * @param preventDestroy     make Terraform refuse any plan that would delete the table, before DynamoDB is asked
 */
public record ChangeTableProps(String tableName, EncryptionKey key, boolean deletionProtection,
        boolean preventDestroy) {
    public ChangeTableProps {
        Objects.requireNonNull(tableName, "tableName");
        Objects.requireNonNull(key, "key");
    }
}
