package dev.ddbchanges.app.config;

import dev.ddbchanges.contract.ProcessorBatches;
import java.math.BigDecimal;

/**
 * The bounds that code outside the settings checks too: the constructs refuse what validation would have refused.
 * Every other bound is written in its setting's definition.
 */
public final class Limits {
    /** KMS's own bounds for a key's deletion window. */
    public static final int KEY_DELETION_WINDOW_MIN = 7;

    public static final int KEY_DELETION_WINDOW_MAX = 30;

    /**
     * The largest processor buffer whose batches always fit in Lambda's 6 MB request: measured on the smallest change
     * records, with the command in {@link ProcessorBatches#MAX_BUFFER_MB}, where the converter's tests check it too.
     */
    public static final BigDecimal PROCESSOR_BUFFER_MAX_MB = ProcessorBatches.MAX_BUFFER_MB;

    private Limits() {}
}
