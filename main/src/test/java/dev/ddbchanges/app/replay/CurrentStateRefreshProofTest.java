package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.engines.CurrentStateTable;
import dev.ddbchanges.app.engines.QueryEngine;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.RefreshWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The current-state table, kept window by window by the refresh's own MERGE, equals the full-history current state
 * after every window, on Athena's engine (Trino's Iceberg connector) and on the local replay's (DuckDB): with a
 * backfill at the start (a change in the overlap between streaming on and the export appears twice), out-of-order
 * arrival, exact duplicates, TTL deletes, a late older change to a deleted item read by Firehose only when it caught
 * up hours later (filed under its old arrival hour), re-inserts, and equal event times decided by the sequence number.
 * The corpus is {@link RefreshCorpus}; after window k the bucket holds what Firehose read by the end of window k.
 */
class CurrentStateRefreshProofTest {
    @TempDir
    static Path replays;

    private static final List<Path> BUCKETS = new ArrayList<>();

    @BeforeAll
    static void replayEveryWindow() throws Exception {
        for (int window = 1; window <= RefreshCorpus.WINDOWS; window++) {
            Path outdir = replays.resolve("window-" + window);
            RefreshCorpus.replayUpTo(RefreshCorpus.end(window), outdir);
            BUCKETS.add(outdir);
        }
    }

    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void afterEveryWindowTheTableEqualsTheFullHistoryAndARepeatedRefreshChangesNothing(QueryEngine engine)
            throws Exception {
        List<String> expected = Files.readAllLines(TestApps.resource("refresh/expected/current_state_by_window.tsv"));
        try (CurrentStateTable table = engine.currentStateTable()) {
            for (int window = 1; window <= RefreshCorpus.WINDOWS; window++) {
                Path bucket = bucket(window);
                table.merge(bucket, refreshTime(window), RefreshCorpus.WINDOW);
                List<List<String>> merged = table.rows();
                table.merge(bucket, refreshTime(window), RefreshCorpus.WINDOW);
                assertThat(table.rows()).as("window %d merged twice", window).isEqualTo(merged);
                table.maintain();
                assertThat(table.rows())
                        .as("window %d after maintenance", window)
                        .isEqualTo(merged);

                List<String> fromTable = lines(table.query(NamedQuery.CURRENT_STATE.template(), List.of()));
                assertThat(fromTable)
                        .as("window %d: current-state from the table is current-state-full", window)
                        .isEqualTo(lines(engine.query(bucket, NamedQuery.CURRENT_STATE_FULL.template(), List.of())));
                assertThat(fromTable).as("window %d", window).isEqualTo(expected(expected, window));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void aRebuildFromAllOfHistoryGivesTheSameTable(QueryEngine engine) throws Exception {
        Path last = bucket(RefreshCorpus.WINDOWS);
        try (CurrentStateTable incremental = engine.currentStateTable();
                CurrentStateTable rebuilt = engine.currentStateTable()) {
            for (int window = 1; window <= RefreshCorpus.WINDOWS; window++) {
                incremental.merge(bucket(window), refreshTime(window), RefreshCorpus.WINDOW);
            }
            rebuilt.merge(bucket(3), refreshTime(3), RefreshCorpus.WINDOW);
            rebuilt.rebuild(last, RefreshCorpus.WINDOW);

            assertThat(rebuilt.rows()).isEqualTo(incremental.rows());
            assertThat(lines(incremental.rows()))
                    .containsExactlyElementsOf(
                            Files.readAllLines(TestApps.resource("refresh/expected/table_after_window_8.tsv")));
        }
    }

    /**
     * The guard against a proof that cannot fail: with a window of one refresh interval, the last refresh misses the
     * objects Firehose wrote when it caught up (filed under 02:00 to 04:00, twenty hours earlier), and the table
     * stays behind the full history, until a rebuild merges all of history into it.
     */
    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void aWindowThatMissesTheLateObjectsLeavesTheTableBehind(QueryEngine engine) throws Exception {
        int last = RefreshCorpus.WINDOWS;
        try (CurrentStateTable table = engine.currentStateTable()) {
            for (int window = 1; window < last; window++) {
                table.merge(bucket(window), refreshTime(window), RefreshCorpus.WINDOW);
            }
            table.merge(bucket(last), refreshTime(last), new RefreshWindow(12));

            List<String> full = lines(engine.query(bucket(last), NamedQuery.CURRENT_STATE_FULL.template(), List.of()));
            List<String> fromTable = lines(table.query(NamedQuery.CURRENT_STATE.template(), List.of()));
            assertThat(fromTable).isNotEqualTo(full);
            assertThat(fromTable).contains("old-1\t2026-11-30T01:00:00.000000Z\t{\"pk\":\"old-1\",\"v\":\"exported\"}");
            assertThat(full)
                    .contains("old-1\t2026-12-03T04:00:00.000000Z\t{\"pk\":\"old-1\",\"v\":\"changed-while-behind\"}");

            // What the rebuild command is for: merged with all of history, the table that fell behind catches up.
            table.rebuild(bucket(last), RefreshCorpus.WINDOW);
            assertThat(lines(table.query(NamedQuery.CURRENT_STATE.template(), List.of())))
                    .isEqualTo(full);
        }
    }

    /**
     * The backfill's five INSERTs of the export day are not changes: changes-per-day leaves them out (the stream's
     * five INSERTs, eight MODIFYs and two REMOVEs of that day remain, the duplicate counted once), and key-history
     * lists the export's line after the change in the overlap, labelled export.
     */
    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void theBackfillsLinesAreNotCountedAsChangesAndAreLabelledInAKeysHistory(QueryEngine engine) throws Exception {
        Path last = bucket(RefreshCorpus.WINDOWS);
        String day = "'2026-11-30'";

        assertThat(lines(engine.query(last, NamedQuery.CHANGES_PER_DAY.template(), List.of(day, day, day, day))))
                .containsExactlyElementsOf(
                        Files.readAllLines(TestApps.resource("refresh/expected/changes_per_day_2026-11-30.tsv")));
        assertThat(lines(engine.query(last, NamedQuery.KEY_HISTORY.template(), List.of("'old-2'"))))
                .containsExactlyElementsOf(
                        Files.readAllLines(TestApps.resource("refresh/expected/key_history_old-2.tsv")));
    }

    /**
     * The derived window is what makes the proof above pass: 24 h of retention and a day of S3 retries, the buffers
     * and two 12-hour intervals are 73 hours. It reaches the catch-up's hours at the last refresh, and the last two
     * refreshes no longer read the first hours (the backfill's among them), which the table keeps all the same.
     */
    @Test
    void theWindowReachesTheLateObjectsButNotTheFirstHours() {
        assertThat(RefreshCorpus.WINDOW).isEqualTo(new RefreshWindow(73));
        assertThat(RefreshCorpus.end(8).minusSeconds(73 * 3600L)).hasToString("2026-11-30T23:00:00Z");
        assertThat(RefreshCorpus.end(7).minusSeconds(73 * 3600L)).hasToString("2026-11-30T11:00:00Z");
    }

    private static Path bucket(int window) {
        return BUCKETS.get(window - 1);
    }

    private static String refreshTime(int window) {
        return "'" + RefreshCorpus.end(window) + "'";
    }

    private static List<String> lines(List<List<String>> rows) {
        return rows.stream().map(row -> String.join("\t", row)).toList();
    }

    /** The rows of one window in the expected file (window, then current-state's columns), with the header. */
    private static List<String> expected(List<String> file, int window) {
        List<String> rows = new ArrayList<>();
        rows.add(file.get(0).substring(file.get(0).indexOf('\t') + 1));
        for (String line : file.subList(1, file.size())) {
            if (line.startsWith(window + "\t")) {
                rows.add(line.substring(line.indexOf('\t') + 1));
            }
        }
        return rows;
    }
}
