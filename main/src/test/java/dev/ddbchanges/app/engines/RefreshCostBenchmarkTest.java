package dev.ddbchanges.app.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shape the cost table rests on, in bytes (never time): with a fixed window and a fixed set of keys, doubling the
 * history leaves the refresh's scan and the table read about where they were, and doubles the full-history read.
 */
class RefreshCostBenchmarkTest {
    @Test
    void theRefreshStaysFlatAsHistoryDoublesWhileTheFullReadGrows(@TempDir Path dir) throws Exception {
        QueryEngine.TRINO.requireRunnable();
        // 500 a day: four and eight days of history, both longer than the 51-hour window.
        RefreshCostBenchmark.Measured small = RefreshCostBenchmark.measure(2000, 200, 500, dir.resolve("small"));
        RefreshCostBenchmark.Measured large = RefreshCostBenchmark.measure(4000, 200, 500, dir.resolve("large"));

        assertThat(small.refreshBytes()).isPositive();
        assertThat(large.refreshBytes()).isBetween(small.refreshBytes() * 8 / 10, small.refreshBytes() * 12 / 10);
        assertThat(large.tableReadBytes()).isBetween(small.tableReadBytes() * 8 / 10, small.tableReadBytes() * 12 / 10);
        assertThat(large.fullBytes()).isGreaterThan(small.fullBytes() * 18 / 10);
        assertThat(large.fullBytes()).as("the full read reads every object").isEqualTo(large.objectBytes());
        assertThat(large.refreshBytes()).isLessThan(large.fullBytes() / 2);
    }
}
