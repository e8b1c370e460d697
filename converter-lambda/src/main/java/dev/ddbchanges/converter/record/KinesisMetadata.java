package dev.ddbchanges.converter.record;

/**
 * What Firehose knows about the Kinesis record that carried a change: it is not in the change record itself, and the
 * sequence number is the only ordering DynamoDB's stream offers for events with the same timestamp.
 * Any field may be null when Firehose did not send it.
 */
public record KinesisMetadata(String shardId, String sequenceNumber, Long approximateArrivalEpochMillis) {

    public static final KinesisMetadata NONE = new KinesisMetadata(null, null, null);

    /** Arrival times are informational: one that cannot be epoch milliseconds in EventTimes' range is absent. */
    public static Long plausibleArrivalMillis(long millis) {
        return millis >= 0 && millis < EventTimes.MAX_MICROS_EXCLUSIVE / 1000 ? millis : null;
    }
}
