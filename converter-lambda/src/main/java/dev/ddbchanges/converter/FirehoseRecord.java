package dev.ddbchanges.converter;

/**
 * One record of a Firehose transformation request.
 *
 * @param data the decoded payload, or null when Firehose's base64 could not be decoded
 */
public record FirehoseRecord(String recordId, byte[] data, KinesisMetadata kinesis) {
}
