package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.cli.Cli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The replay command refuses what it cannot use in one line, exit 2, before it writes anything. */
class ReplayMainTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anEnvironmentNotInCdktfJsonIsRefusedWithTheOnesThatAre() {
        assertThat(status(Map.of(), "--environment", "qa")).isEqualTo(2);
        assertThat(err()).isEqualTo("error: --environment qa is not in cdktf.json; allowed: dev, prod\n");
    }

    @Test
    void aSavedQueryThatDoesNotExistIsRefusedWithTheOnesThatDo() {
        assertThat(status(Map.of(), "--query", "latest")).isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: --query latest is not a saved query; allowed: current_state, current_state_full, "
                        + "key_history, "
                        + "changes_per_day, ttl_deletes, failures_by_hour, or --sql <file>\n");
    }

    @Test
    void aMissingRecordsFileSaysWhereRelativePathsStartAndWhereTheSampleIs() {
        assertThat(status(Map.of("DDB_CHANGES_CALLER_DIR", "/tmp/elsewhere"), "changes.jsonl"))
                .isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: records file changes.jsonl: no such file (/tmp/elsewhere/changes.jsonl; relative "
                        + "paths start in the directory the command was run from); the sample is the repository's "
                        + "main/samples/changes.jsonl, the default when no file is given\n");
    }

    @Test
    void anUnknownFlagIsRefusedWithTheUsageThatNamesEveryFlag() {
        assertThat(status(Map.of(), "--input", "x.jsonl")).isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: unknown argument '--input'; usage: ./ddb-changes replay [<records.jsonl>] "
                        + "[--query <id> | --sql <file>] [--params <v,v>] [--environment <env>]; records default to "
                        + "main/samples/changes.jsonl, --query to current_state, --environment to dev\n");
    }

    @Test
    void sqlThatDuckDbRefusesIsOneLineWithItsReason() {
        assertThat(status(Map.of(), "--sql", "main/src/test/resources/replay/not-sql.sql"))
                .isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: the query failed in DuckDB: Parser Error: syntax error at or near \"SELEC\"\n");
    }

    /**
     * The sample's refused record is counted in the hour it arrived (the replay writes Firehose's error record), and
     * the summary, on stderr beside the rows on stdout, gives the converter's reason for it.
     */
    @Test
    void failuresByHourOverTheSampleShowsTheHourOfItsRefusedRecordAndWhy() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        ByteArrayOutputStream summary = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(summary, true, StandardCharsets.UTF_8));
        try {
            ReplayMain.run(
                    List.of(
                            "--query",
                            "failures_by_hour",
                            "--params",
                            "'2026-11-01','2026-11-30','2026-11-01','2026-11-30'"),
                    Map.of());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(TestApps.resource("replay/failures_by_hour-of-sample.txt")));
        assertThat(summary.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(TestApps.resource("replay/summary-of-sample.txt")));
    }

    /**
     * The replay's current_state reads a current_state table the refresh's own statements built from the replayed
     * files, as Athena's does, and prints what current_state_full computes from every change.
     */
    @Test
    void currentStateOverTheSampleReadsTheTableTheRefreshBuildsAndEqualsTheFullHistory() throws Exception {
        List<String> expected = Files.readAllLines(TestApps.resource("replay/expected/current_state.tsv"));

        assertThat(printedBy("--query", "current_state")).isEqualTo(expected);
        assertThat(printedBy("--query", "current_state_full")).isEqualTo(expected);
    }

    private static List<String> printedBy(String... args) throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            ReplayMain.run(List.of(args), Map.of());
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
        return printed.toString(StandardCharsets.UTF_8).lines().toList();
    }

    private int status(Map<String, String> variables, String... args) {
        return Cli.status(
                () -> ReplayMain.run(List.of(args), variables),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
