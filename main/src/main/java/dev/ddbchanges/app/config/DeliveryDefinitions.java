package dev.ddbchanges.app.config;

import java.math.BigDecimal;

/** Firehose's buffering towards S3 and towards the converter. */
final class DeliveryDefinitions {
    /** Firehose's destination buffer: a file per minute at low volume, 64 MB files at high volume. */
    static final Setting<Integer> BUFFERING_INTERVAL_SECONDS = Setting.key("bufferingIntervalSeconds")
            .allows(Rule.wholeNumberOf("seconds", 0, 900))
            .defaults(Fallback.always(60))
            .means("Firehose writes an object at least this often while changes arrive");

    /** Large enough for Athena to read few, big files; Firehose allows at most 128. */
    static final Setting<Integer> BUFFERING_SIZE_MB = Setting.key("bufferingSizeMb")
            .allows(Rule.wholeNumberOf("MB", 1, 128))
            .defaults(Fallback.always(64))
            .means("... or as soon as this much has been buffered");

    /**
     * Firehose's own processor default, 1 MB. Firehose allows up to 3, but above {@link Limits#PROCESSOR_BUFFER_MAX_MB}
     * a batch of the smallest change records makes a request Lambda refuses, and then the whole batch fails (see
     * README, "The 6 MB request and response limits"). Firehose's console offers tenths of a MB; finer sizes are
     * refused rather than guessed at.
     */
    static final Setting<BigDecimal> PROCESSOR_BUFFER_SIZE_MB = Setting.key("processorBufferSizeMb")
            .allows(Rule.number("MB", new BigDecimal("0.2"), Limits.PROCESSOR_BUFFER_MAX_MB, 1)
                    .said(" (above " + Limits.PROCESSOR_BUFFER_MAX_MB + " MB, a batch of the smallest change records "
                            + "makes a request larger than Lambda's 6 MB limit, and the whole batch fails)"))
            .defaults(Fallback.always(FirehoseProcessorDefaults.BUFFER_SIZE_MB))
            .means("size of the batches Firehose hands the converter, counted in record bytes; the request carries "
                    + "them in base64 with an envelope per record, up to 2.64 times as large, and Lambda refuses a "
                    + "request over 6 MB");

    /** Firehose's own processor default. */
    static final Setting<Integer> PROCESSOR_BUFFER_INTERVAL_SECONDS = Setting.key("processorBufferIntervalSeconds")
            .allows(Rule.wholeNumberOf("seconds", 60, 900))
            .defaults(Fallback.always(FirehoseProcessorDefaults.BUFFER_INTERVAL_SECONDS))
            .means("Firehose hands the converter a batch at least this often");

    /** Firehose's own processor default. */
    static final Setting<Integer> PROCESSOR_RETRIES = Setting.key("processorRetries")
            .allows(Rule.wholeNumber(0, 300))
            .defaults(Fallback.always(FirehoseProcessorDefaults.RETRIES))
            .means("how often Firehose retries a failed converter invocation before it writes the whole batch under "
                    + "the error prefix");

    private DeliveryDefinitions() {}
}
