package dev.ddbchanges.app.constructs.delivery;

import dev.ddbchanges.contract.HourPartitions;

/**
 * Where Firehose puts objects in the data bucket. Converted lines and failed records live under separate prefixes,
 * so the crawler, aimed at the data prefix, never catalogues a failure as a change.
 */
public final class DeliveryLayout {
    /** The crawler names the table after the last folder of its target: {@code changes}. */
    public static final String DATA_PREFIX = "changes/";

    public static final String ERROR_PREFIX = "errors/";

    private DeliveryLayout() {}

    public static String dataPrefix() {
        return DATA_PREFIX + HourPartitions.FIREHOSE_PREFIX;
    }

    /** Firehose requires the error type in the error prefix whenever the data prefix holds expressions. */
    public static String errorPrefix() {
        return ERROR_PREFIX + "!{firehose:error-output-type}/" + HourPartitions.FIREHOSE_PREFIX;
    }
}
