package dev.ddbchanges.app.config;

import java.math.BigDecimal;

/**
 * Firehose's own defaults for the processor's parameters (provider 5.100 documents the same). An environment's
 * settings default to them, and the delivery stream leaves a parameter out when it equals them: Firehose does not
 * report default parameters back, so writing one would show as a change in every plan.
 */
public final class FirehoseProcessorDefaults {
    public static final int RETRIES = 3;
    public static final BigDecimal BUFFER_SIZE_MB = BigDecimal.ONE;
    public static final int BUFFER_INTERVAL_SECONDS = 60;

    private FirehoseProcessorDefaults() {}
}
