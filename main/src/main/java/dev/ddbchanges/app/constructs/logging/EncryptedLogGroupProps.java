package dev.ddbchanges.app.constructs.logging;

import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;

/**
 * Every option is required and each has its own type, so a positional record reads as well as a builder would.
 *
 * @param name          the group's name; the key policy lets CloudWatch Logs use the key only for the names it lists
 * @param retentionDays one of CloudWatch Logs' retention periods
 */
public record EncryptedLogGroupProps(String name, EncryptionKey key, int retentionDays) {
    public EncryptedLogGroupProps {
        Required.components(EncryptedLogGroupProps.class, name, key, retentionDays);
    }
}
