package dev.ddbchanges.app.constructs.monitoring;

import dev.ddbchanges.app.constructs.Metric;

/**
 * One alarm of the set: what it watches (the end of its name), what its firing means and what to look at first, and
 * when it fires.
 *
 * @param missingData       {@code notBreaching} where no data is an idle table, {@code breaching} where it means a
 *                          stop
 * @param periodSeconds     how long one data point sums or spans
 * @param evaluationPeriods how many data points in a row must breach
 */
record Watched(
        String watched,
        String description,
        Metric metric,
        String comparison,
        long threshold,
        String missingData,
        int periodSeconds,
        int evaluationPeriods) {

    /** One 5-minute data point decides, as for most of the pipeline's metrics. */
    Watched(String watched, String description, Metric metric, String comparison, long threshold, String missingData) {
        this(watched, description, metric, comparison, threshold, missingData, PipelineAlarms.PERIOD_SECONDS, 1);
    }

    static final String GREATER = "GreaterThanThreshold";
    static final String LESS = "LessThanThreshold";

    /** An idle table sends no metrics, and that is not a failure. */
    static Watched quietWhenIdle(String watched, String description, Metric metric, String comparison, long threshold) {
        return new Watched(watched, description, metric, comparison, threshold, "notBreaching");
    }
}
