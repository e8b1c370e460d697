package dev.ddbchanges.app.engines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.RefreshWindow;
import dev.ddbchanges.app.replay.Buffering;
import dev.ddbchanges.app.replay.ChangeReplay;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On Athena's engine, changes-per-day and the refresh's MERGE read only the hours of their windows: an hour outside
 * them holds an object the table cannot read (the table fails a query on a malformed line), and both still answer,
 * while a query over every hour fails on it. DuckDB is left out: the local replay loads every object before it queries.
 */
class PartitionPruningTest {
    @TempDir
    static Path outdir;

    @BeforeAll
    static void replayAndCorruptAnHourOutsideTheWindow() throws Exception {
        ChangeReplay.replay(
                Files.readAllLines(TestApps.resource("replay/stream.jsonl")), outdir, new Buffering(60, 1024 * 1024));
        Path corrupt = outdir.resolve("changes/year=2026/month=11/day=20/hour=05/corrupt.gz");
        Files.createDirectories(corrupt.getParent());
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(corrupt))) {
            gzip.write("{\"event_id\": \"not json".getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aQueryOverEveryHourReadsTheCorruptObject() {
        QueryEngine.TRINO.requireRunnable();

        assertThatThrownBy(() -> QueryEngine.TRINO.query(outdir, NamedQuery.CURRENT_STATE_FULL.template(), List.of()))
                .isInstanceOf(java.sql.SQLException.class)
                .hasMessageContaining("Failed to read file at")
                .hasMessageContaining("day=20/hour=05/corrupt.gz");
    }

    /**
     * The refresh of 2026-11-27T00:00Z with a 73-hour window starts at 2026-11-23 23:00: it never opens the corrupt
     * hour of the 20th and still gives the current state, while a rebuild, which reads all of history, fails on it.
     */
    @Test
    void theRefreshReadsOnlyItsWindowAndARebuildReadsEverything() throws Exception {
        QueryEngine.TRINO.requireRunnable();
        try (CurrentStateTable table = QueryEngine.TRINO.currentStateTable()) {
            table.merge(outdir, "'2026-11-27T00:00:00Z'", new RefreshWindow(73));

            assertThat(table.query(NamedQuery.CURRENT_STATE.template(), List.of()).stream()
                            .map(row -> String.join("\t", row))
                            .toList())
                    .containsExactlyElementsOf(
                            Files.readAllLines(TestApps.resource("replay/expected/current_state.tsv")));
            assertThatThrownBy(() -> table.rebuild(outdir, new RefreshWindow(73)))
                    .isInstanceOf(java.sql.SQLException.class)
                    .hasMessageContaining("day=20/hour=05/corrupt.gz");
        }
    }

    @Test
    void changesPerDayReadsOnlyItsWindowAndNeverTouchesIt() throws Exception {
        List<String> day = List.of("2026-11-25", "2026-11-25", "2026-11-25", "2026-11-25");

        assertThat(QueryEngine.TRINO.query(outdir, NamedQuery.CHANGES_PER_DAY.template(), day))
                .containsExactly(
                        List.of("event_day", "event_name", "changes"),
                        List.of("2026-11-25", "INSERT", "12"),
                        List.of("2026-11-25", "MODIFY", "7"),
                        List.of("2026-11-25", "REMOVE", "2"));
    }
}
