package dev.ddbchanges.app.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.replay.Buffering;
import dev.ddbchanges.app.replay.ChangeReplay;
import dev.ddbchanges.app.replay.LocalAthena;
import dev.ddbchanges.app.replay.LocalCurrentState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AthenaFormatTest {
    private static final String TIME = "2026-11-26T12:00:00Z";

    @Test
    void escapesTheTemplateAndPutsTheQuotedTimeWhereTheMarkWas() {
        assertThat(AthenaFormat.withTime("-- a comment\nSELECT '{a}' AS x, 'b\\c'\n  WHERE t >= ?\n"))
                .isEqualTo("States.Format('SELECT \\'\\{a\\}\\' AS x, \\'b\\\\c\\' WHERE t >= \\'{}\\'', $.time)");
    }

    @Test
    void refusesAStatementWithoutExactlyOneMark() {
        assertThatThrownBy(() -> AthenaFormat.withTime("SELECT 1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the statement has 0 '?' marks; allowed: exactly one, the refresh time");
        assertThatThrownBy(() -> AthenaFormat.withTime("SELECT ? , ?"))
                .hasMessageStartingWith("the statement has 2 '?' marks");
    }

    /**
     * What Step Functions hands Athena, decoded as its intrinsic does, runs on DuckDB to the same table as the
     * statement with its {@code ?} bound: the machine's text is the proven one.
     */
    @Test
    void theMachinesMergeTextBuildsTheSameTableAsTheProvenStatement(@TempDir Path outdir) throws Exception {
        ChangeReplay.replay(
                Files.readAllLines(TestApps.resource("replay/stream.jsonl")),
                outdir,
                new Buffering(60, 64L * 1024 * 1024));
        RefreshWindow window = new RefreshWindow(100_000);
        String decoded =
                decode(AthenaFormat.withTime(RefreshStatement.MERGE.sql(LocalCurrentState.target(window))), TIME);
        assertThat(decoded).contains("from_iso8601_timestamp('" + TIME + "')").doesNotContain("?");

        List<List<String>> bound;
        try (Connection db = LocalAthena.connect()) {
            LocalAthena.loadChanges(db, outdir);
            LocalCurrentState.create(db);
            LocalCurrentState.merge(db, TIME, window);
            bound = rows(db);
        }
        List<List<String>> machine;
        try (Connection db = LocalAthena.connect();
                Statement merge = db.createStatement()) {
            LocalAthena.loadChanges(db, outdir);
            LocalCurrentState.create(db);
            merge.execute(decoded);
            machine = rows(db);
        }
        assertThat(bound).hasSizeGreaterThan(2);
        assertThat(machine).isEqualTo(bound);
    }

    /** States.Format: the template's escapes undone, its one {} replaced by the argument. */
    private static String decode(String intrinsic, String time) {
        String prefix = "States.Format('";
        String suffix = "', $.time)";
        assertThat(intrinsic).startsWith(prefix).endsWith(suffix);
        String template = intrinsic.substring(prefix.length(), intrinsic.length() - suffix.length());
        return template.replace("\\'{}\\'", "\u0000")
                .replaceAll("\\\\(.)", "$1")
                .replace("\u0000", "'" + time + "'");
    }

    /** Every row of the table, as LocalAthena renders a result: the header, then the rows. */
    private static List<List<String>> rows(Connection db) throws Exception {
        try (PreparedStatement select = db.prepareStatement("SELECT * FROM current_state ORDER BY pk")) {
            return LocalAthena.run(select, List.of());
        }
    }
}
