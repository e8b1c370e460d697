package dev.ddbchanges.app.constructs.changestream;

import dev.ddbchanges.app.constructs.RemovalPolicy;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;

/**
 * Every option is required and each has its own type, so a positional record reads as well as a builder would.
 *
 * @param tableName the table's name (built by {@code Names})
 * @param key       encrypts the table at rest
 * @param removal   DESTROY turns deletion protection off; RETAIN turns it on, so DynamoDB refuses to delete the
 *                  table; RETAIN_AND_PROTECT also makes Terraform refuse any plan that would, before DynamoDB is asked
 */
public record ChangeTableProps(String tableName, EncryptionKey key, RemovalPolicy removal) {
    public ChangeTableProps {
        Required.components(ChangeTableProps.class, tableName, key, removal);
    }
}
