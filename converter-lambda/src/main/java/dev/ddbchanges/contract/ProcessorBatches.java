package dev.ddbchanges.contract;

import java.math.BigDecimal;

/** How large a batch Firehose may hand the converter. */
public final class ProcessorBatches {
    /**
     * The largest processor buffer, in Firehose's tenths of a MB, whose request still fits in Lambda's 6 MB
     * (6,291,456 bytes) when it is full of the smallest change records DynamoDB writes: an INSERT or REMOVE of an item
     * with only a one-character {@code pk}, from a three-character table (DynamoDB's shortest name) in a nine-character
     * region, 319 bytes. Firehose's buffer counts record bytes, but the request carries each record in base64 inside
     * an envelope of about 415 bytes (recordId, arrival times, shard, partition key, sequence number), so such a batch
     * is 2.64 times its buffer: 2.2 MB is a 5.81 MB request, 2.3 MB a 6.08 MB one, which Lambda refuses before the
     * converter runs. The response of 2.2 MB of them, 5.06 MB, fits too, every line converted. Larger records make a
     * smaller request per buffered byte. Re-measured by
     * {@code ./ddb-changes request-sizes}.
     */
    public static final BigDecimal MAX_BUFFER_MB = new BigDecimal("2.2");

    private ProcessorBatches() {}
}
