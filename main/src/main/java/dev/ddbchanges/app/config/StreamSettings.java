package dev.ddbchanges.app.config;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The Kinesis data stream between the table and Firehose.
 *
 * @param mode           ON_DEMAND or PROVISIONED
 * @param shardCount     present exactly when {@code mode} is PROVISIONED
 * @param retentionHours how long Kinesis keeps a change for Firehose to read
 */
public record StreamSettings(String mode, OptionalInt shardCount, int retentionHours) {
    public static final String ON_DEMAND = "ON_DEMAND";
    public static final String PROVISIONED = "PROVISIONED";

    public boolean provisioned() {
        return PROVISIONED.equals(mode);
    }

    public StreamSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(shardCount, "shardCount");
    }
}
