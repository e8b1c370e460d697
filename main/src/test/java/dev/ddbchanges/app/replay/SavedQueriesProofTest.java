package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The saved queries answer correctly: replay/stream.jsonl (inserts, modifies, removes, a re-insert after a remove, a
 * TTL removal, a duplicate delivery, out-of-order arrival across batches, hours and days, a refused record) goes
 * through the real converter into the bucket's layout, and each query's own SQL runs in DuckDB over those files.
 */
class SavedQueriesProofTest {
    @TempDir
    static Path outdir;

    /** Dev's Firehose buffering (60 s, 64 MB), and production's window (retention 168 h, default alarms). */
    static final Buffering BUFFERING = new Buffering(60, 64L * 1024 * 1024);

    static final QueryWindow WINDOW = new QueryWindow(1, 8);

    private static ChangeReplay.Summary summary;

    @BeforeAll
    static void replayTheStream() throws Exception {
        summary = ChangeReplay.replay(Files.readAllLines(TestApps.resource("replay/stream.jsonl")), outdir, BUFFERING);
    }

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(TestApps.resource("replay/cases.tsv"))) {
            if (!line.startsWith("#") && !line.isBlank()) {
                String[] fields = line.split("\t", -1);
                cases.add(Arguments.of(fields[0], fields[1], fields[2], fields[3]));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}({1}): {3}")
    @MethodSource("cases")
    void theSavedQueryReturnsExactlyTheExpectedRows(String query, String parameters, String expected, String proves)
            throws Exception {
        List<List<String>> rows = LocalAthena.query(
                outdir,
                NamedQuery.byId(query).orElseThrow().template(),
                parameters.isEmpty() ? List.of() : List.of(parameters.split(",")),
                WINDOW);

        assertThat(rows.stream().map(row -> String.join("\t", row)).toList())
                .containsExactlyElementsOf(Files.readAllLines(TestApps.resource("replay/expected/" + expected)));
    }

    @Test
    void everySavedQueryIsProven() throws Exception {
        List<String> proven =
                cases().map(arguments -> (String) arguments.get()[0]).distinct().toList();

        assertThat(proven)
                .containsExactlyInAnyOrder(
                        Stream.of(NamedQuery.values()).map(NamedQuery::id).toArray(String[]::new));
    }

    @Test
    void theRefusedRecordIsKeptUnderTheErrorPrefixNotDropped() throws Exception {
        assertThat(summary.converted()).isEqualTo(26);
        assertThat(summary.failed()).isEqualTo(1);
        try (Stream<Path> errors = Files.walk(outdir.resolve("errors/processing-failed"))) {
            assertThat(errors.filter(Files::isRegularFile).map(Path::toString).toList())
                    .singleElement()
                    .asString()
                    .contains("year=2026/month=11/day=25/hour=17/");
        }
    }

    @Test
    void theLocalTableHasTheColumnsAndTypesOfTheGlueTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table =
                readme.substring(readme.indexOf("<!-- columns:start -->"), readme.indexOf("<!-- columns:end -->"));
        Matcher row = Pattern.compile("^\\| `([a-z_]+)` \\| `([a-z]+)` \\|", Pattern.MULTILINE)
                .matcher(table);
        List<String> documented = new ArrayList<>();
        while (row.find()) {
            documented.add(row.group(1) + " " + row.group(2));
        }

        assertThat(ChangeTableSchema.COLUMNS.stream()
                        .map(column -> column.name() + " " + column.type())
                        .toList())
                .as("the Glue table's columns and types, as README documents them")
                .containsExactlyElementsOf(documented);
        assertThat(LocalAthena.COLUMN_TYPES.keySet())
                .as("the local table's columns")
                .containsExactlyElementsOf(
                        documented.stream().map(column -> column.split(" ")[0]).toList());
    }

    /** The sample for users holds the same changes as Kinesis carries them: arrival = change time, one batch. */
    @Test
    void plainChangeRecordsReplayToTheSameCurrentState(@TempDir Path plain) throws Exception {
        ChangeReplay.Summary replayed =
                ChangeReplay.replay(Files.readAllLines(Path.of("main/samples/changes.jsonl")), plain, BUFFERING);

        assertThat(replayed.converted()).isEqualTo(26);
        assertThat(LocalAthena.query(plain, NamedQuery.CURRENT_STATE.template(), List.of(), WINDOW).stream()
                        .map(row -> String.join("\t", row))
                        .toList())
                .containsExactlyElementsOf(Files.readAllLines(TestApps.resource("replay/expected/current_state.tsv")));
    }

    @Test
    void parametersMayBeQuotedAsAthenaWantsThemOrBare() {
        assertThat(LocalAthena.unquoted("'order-1'")).isEqualTo("order-1");
        assertThat(LocalAthena.unquoted("order-1")).isEqualTo("order-1");
        assertThat(LocalAthena.unquoted("'it''s'")).isEqualTo("it's");
    }

    @Test
    void aWrongNumberOfParametersIsRefusedWithWhatTheQueryTakes() {
        assertThatThrownBy(() -> LocalAthena.query(outdir, NamedQuery.KEY_HISTORY.template(), List.of(), WINDOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the query takes 1 parameter(s) (its ? marks, in order), but 0 were given: []");
    }
}
