package dev.ddbchanges.converter.firehose;

import dev.ddbchanges.converter.record.KinesisMetadata;

/**
 * One record of a Firehose transformation request.
 *
 * @param data the decoded payload, or null when Firehose's base64 could not be decoded
 */
record FirehoseRecord(String recordId, byte[] data, KinesisMetadata kinesis) {}
