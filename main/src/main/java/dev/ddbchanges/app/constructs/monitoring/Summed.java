package dev.ddbchanges.app.constructs.monitoring;

import dev.ddbchanges.app.constructs.Metric;
import java.util.List;

/**
 * An alarm that fires when the sum of several counts of one resource is above zero in a 5-minute period, such as the
 * ways a run can end without success. No data is no such event.
 */
record Summed(String watched, String description, List<Metric> metrics) {
    Summed {
        metrics = List.copyOf(metrics);
    }
}
