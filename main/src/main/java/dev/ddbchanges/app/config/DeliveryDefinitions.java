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
     * Firehose's own processor default, 1 MB, not its maximum 3: a 3 MB batch of tiny change records can make a
     * converted response larger than Lambda's 6 MB limit (see README, "The 6 MB response limit"). Firehose's console
     * offers tenths of a MB; finer sizes are refused rather than guessed at.
     */
    static final Setting<BigDecimal> PROCESSOR_BUFFER_SIZE_MB = Setting.key("processorBufferSizeMb")
            .allows(Rule.number("MB", new BigDecimal("0.2"), new BigDecimal("3"), 1))
            .defaults(Fallback.always(FirehoseProcessorDefaults.BUFFER_SIZE_MB))
            .means("size of the batches Firehose hands the converter; above 1 MB, a batch of tiny changes can "
                    + "outgrow Lambda's 6 MB response, and the lines that do not fit go to the error prefix as "
                    + "`response_size_limit`");

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
