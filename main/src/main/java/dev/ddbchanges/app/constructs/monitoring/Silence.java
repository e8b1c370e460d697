package dev.ddbchanges.app.constructs.monitoring;

import dev.ddbchanges.app.constructs.Metric;

/**
 * An alarm on what does not happen: one resource is busy ({@code input} above zero) while the next one down the
 * pipeline receives nothing ({@code output} zero or absent), for {@link PipelineAlarms#SILENT_PERIODS} periods in a
 * row. It watches for the stop that no failure metric reports, because the service that stopped sends none.
 *
 * @param watched     the end of its name
 * @param description what its firing means, its known false alarms and what to look at first
 */
record Silence(String watched, String description, Metric input, Metric output) {}
