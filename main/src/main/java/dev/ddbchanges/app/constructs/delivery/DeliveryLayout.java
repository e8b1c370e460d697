package dev.ddbchanges.app.constructs.delivery;

/**
 * Where Firehose puts objects in the data bucket. Converted lines and failed records live under separate prefixes,
 * so the crawler, aimed at the data prefix, never catalogues a failure as a change.
 */
public final class DeliveryLayout {
    /** The crawler names the table after the last folder of its target: {@code changes}. */
    public static final String DATA_PREFIX = "changes/";
    public static final String ERROR_PREFIX = "errors/";
    /**
     * Hive-style partitions of the batch's arrival hour (UTC), which Glue reads as the columns year, month, day and
     * hour and Athena prunes on.
     */
    public static final String HOUR_PARTITIONS =
            "year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/hour=!{timestamp:HH}/";

    private DeliveryLayout() {
    }

    public static String dataPrefix() {
        return DATA_PREFIX + HOUR_PARTITIONS;
    }

    /** Firehose requires the error type in the error prefix whenever the data prefix holds expressions. */
    public static String errorPrefix() {
        return ERROR_PREFIX + "!{firehose:error-output-type}/" + HOUR_PARTITIONS;
    }
}
