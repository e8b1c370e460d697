package dev.ddbchanges.app.config;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Firehose's buffering towards S3 and towards the converter.
 *
 * @param processorBufferSizeMb written to Firehose exactly as given (it takes fractions such as 0.5)
 */
public record DeliverySettings(
        int bufferingIntervalSeconds,
        int bufferingSizeMb,
        BigDecimal processorBufferSizeMb,
        int processorBufferIntervalSeconds,
        int processorRetries) {

    public DeliverySettings {
        Objects.requireNonNull(processorBufferSizeMb, "processorBufferSizeMb");
    }

    /** The longest a record waits in Firehose while it keeps up: the converter's batch, then the S3 buffer. */
    public int bufferRoundSeconds() {
        return processorBufferIntervalSeconds + bufferingIntervalSeconds;
    }
}
