package dev.ddbchanges.app.constructs.monitoring;

import dev.ddbchanges.app.constructs.Metric;

/**
 * One alarm of the set: what it watches (the end of its name), what its firing means and what to look at first, and
 * when it fires.
 *
 * @param missingData {@code notBreaching} where no data is an idle table, {@code breaching} where it means a stop
 */
record Watched(
        String watched, String description, Metric metric, String comparison, long threshold, String missingData) {

    static final String GREATER = "GreaterThanThreshold";
    static final String LESS = "LessThanThreshold";

    /** An idle table sends no metrics, and that is not a failure. */
    static Watched quietWhenIdle(String watched, String description, Metric metric, String comparison, long threshold) {
        return new Watched(watched, description, metric, comparison, threshold, "notBreaching");
    }
}
