package dev.ddbchanges.app.constructs.changestream;

import dev.ddbchanges.app.config.StreamSettings;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;

/**
 * Every option is required and each has its own type, so a positional record reads as well as a builder would.
 *
 * @param streamName the Kinesis stream's name (built by {@code Names})
 * @param table      the table whose changes the stream carries
 * @param key        encrypts the stream's records
 * @param settings   capacity mode, shard count and retention
 */
public record ChangeStreamProps(String streamName, ChangeTable table, EncryptionKey key, StreamSettings settings) {
    public ChangeStreamProps {
        Required.components(ChangeStreamProps.class, streamName, table, key, settings);
    }
}
