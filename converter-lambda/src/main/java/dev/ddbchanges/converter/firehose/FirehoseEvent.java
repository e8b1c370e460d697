package dev.ddbchanges.converter.firehose;

import java.util.List;

/** A Firehose data-transformation request; the ids are kept for the log line, never for logic. */
record FirehoseEvent(String invocationId, String deliveryStreamArn, List<FirehoseRecord> records) {}
