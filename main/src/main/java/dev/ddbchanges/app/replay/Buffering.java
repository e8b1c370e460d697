package dev.ddbchanges.app.replay;

import dev.ddbchanges.app.config.DeliverySettings;

/**
 * Firehose's buffer towards S3: an object opens with the first converted record to enter it and closes when {@code
 * intervalSeconds} have passed since, or once {@code sizeBytes} of lines are in it, whichever comes first. The
 * converter's batch before it is not modelled apart: a record's read time is when it enters this buffer.
 */
public record Buffering(int intervalSeconds, long sizeBytes) {
    private static final long MEBIBYTE = 1024L * 1024L;

    public Buffering {
        if (intervalSeconds < 0 || intervalSeconds > 900) {
            throw new IllegalArgumentException(
                    "intervalSeconds = " + intervalSeconds + "; allowed: a whole number of seconds from 0 to 900");
        }
        if (sizeBytes < 1) {
            throw new IllegalArgumentException("sizeBytes = " + sizeBytes + "; allowed: at least 1");
        }
    }

    /** The buffering of an environment's delivery stream. */
    public static Buffering of(DeliverySettings delivery) {
        return new Buffering(delivery.bufferingIntervalSeconds(), delivery.bufferingSizeMb() * MEBIBYTE);
    }

    /** Whether a buffer opened at {@code openedMillis} has closed by the time a record is read at {@code readMillis}. */
    boolean closedBy(long openedMillis, long readMillis) {
        return intervalSeconds == 0 ? readMillis > openedMillis : readMillis - openedMillis >= intervalSeconds * 1000L;
    }
}
