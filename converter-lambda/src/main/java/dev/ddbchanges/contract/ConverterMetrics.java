package dev.ddbchanges.contract;

/**
 * The metrics the converter publishes (as Embedded Metric Format log lines) and the alarms watch. Each is counted per
 * batch and carries one dimension, the function's name.
 */
public final class ConverterMetrics {
    /** The namespace when the function's environment does not name one. */
    public static final String DEFAULT_NAMESPACE = "DdbChangeAnalytics/Converter";
    /** The environment variable that names the namespace. */
    public static final String NAMESPACE_VARIABLE = "METRICS_NAMESPACE";

    public static final String DIMENSION = "FunctionName";

    public static final String RECORDS = "Records";
    public static final String RECORDS_OK = "RecordsOk";
    /** Records answered ProcessingFailed: Firehose files them under the error prefix, not the table. */
    public static final String RECORDS_PROCESSING_FAILED = "RecordsProcessingFailed";
    /**
     * Records converted Ok by the Jackson path because the direct transcoder declined them: a rise the data does not
     * explain is a fast path that stopped accepting what it should.
     */
    public static final String RECORDS_SLOW_PATH = "RecordsSlowPath";
    /**
     * 1 when the direct envelope reader failed on the batch's request (a bug) and the Jackson reader read it instead,
     * so that no record was lost; emitted only then, so an alarm on it should treat missing data as not breaching.
     */
    public static final String ENVELOPE_FALLBACKS = "EnvelopeFallbacks";

    public static final String BYTES_IN = "BytesIn";
    public static final String BYTES_OUT = "BytesOut";
    public static final String RESPONSE_BYTES = "ResponseBytes";

    private ConverterMetrics() {}
}
