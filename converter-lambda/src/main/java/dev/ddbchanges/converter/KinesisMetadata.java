package dev.ddbchanges.converter;

/**
 * What Firehose knows about the Kinesis record that carried a change: it is not in the change record itself, and the
 * sequence number is the only ordering DynamoDB's stream offers for events with the same timestamp.
 * Any field may be null when Firehose did not send it.
 */
public record KinesisMetadata(String shardId, String sequenceNumber, Long approximateArrivalEpochMillis) {

    public static final KinesisMetadata NONE = new KinesisMetadata(null, null, null);
}
