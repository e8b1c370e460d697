package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema;
import dev.ddbchanges.app.engines.QueryEngine;
import dev.ddbchanges.app.engines.ReplayCorpus;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The saved queries answer correctly, on Athena's engine (Trino) and on the local replay's (DuckDB) alike: each corpus
 * (replay/stream.jsonl: inserts, modifies, removes, a re-insert after a remove, a TTL removal, a duplicate delivery,
 * out-of-order arrival across hours and days, buffers across midnight and across an hour, a refused record; and
 * replay/drift.jsonl: items of a single-table design whose shapes differ) goes through the real converter into the
 * bucket's layout, and each case's SQL runs over those files and must return exactly its expected rows.
 */
class SavedQueriesProofTest {
    /**
     * Every corpus proven, each a records file and its cases (see {@link ReplayCorpus}). Listed, not discovered, so a
     * corpus whose files go missing fails instead of silently proving nothing.
     */
    static final List<ReplayCorpus> CORPORA = List.of(
            new ReplayCorpus("stream", "replay/stream.jsonl", "replay/cases.tsv"),
            new ReplayCorpus("drift", "replay/drift.jsonl", "replay/drift-cases.tsv"));

    /** Dev's Firehose buffering (60 s, 64 MB). */
    static final Buffering BUFFERING = new Buffering(60, 64L * 1024 * 1024);

    /** Production's window: default alarms, 168 h of retention. */
    static final QueryWindow WINDOW = QueryEngine.WINDOW;

    @TempDir
    static Path replays;

    private static final Map<String, Path> OUTDIRS = new LinkedHashMap<>();
    private static Path outdir;
    private static ChangeReplay.Summary summary;

    @BeforeAll
    static void replayEveryCorpus() throws Exception {
        for (ReplayCorpus corpus : CORPORA) {
            Path replayed = replays.resolve(corpus.name());
            ChangeReplay.Summary replay = ChangeReplay.replay(corpus.recordLines(), replayed, BUFFERING);
            OUTDIRS.put(corpus.name(), replayed);
            if (corpus.name().equals("stream")) {
                outdir = replayed;
                summary = replay;
            }
        }
    }

    static Stream<Arguments> cases() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (QueryEngine engine : QueryEngine.values()) {
            for (ReplayCorpus corpus : CORPORA) {
                for (ReplayCorpus.Case proof : corpus.readCases()) {
                    cases.add(Arguments.of(engine, corpus.name(), proof));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}: {2}")
    @MethodSource("cases")
    void theQueryReturnsExactlyTheExpectedRows(QueryEngine engine, String corpus, ReplayCorpus.Case proof)
            throws Exception {
        List<List<String>> rows = engine.query(OUTDIRS.get(corpus), proof.sql(), proof.parameterList());

        assertThat(rows.stream().map(row -> String.join("\t", row)).toList())
                .as(proof.proves())
                .containsExactlyElementsOf(proof.expectedRows());
    }

    static Stream<ReplayCorpus> corpora() {
        return CORPORA.stream();
    }

    /** The queries over the error table are proven on error records (ErrorTableProofTest), not on changes. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void everySavedQueryIsProvenOnEveryCorpus(ReplayCorpus corpus) throws Exception {
        List<String> proven = corpus.readCases().stream()
                .filter(ReplayCorpus.Case::isSavedQuery)
                .map(ReplayCorpus.Case::query)
                .distinct()
                .toList();

        assertThat(proven)
                .containsExactlyInAnyOrder(Stream.of(NamedQuery.values())
                        .filter(query -> query.reads() != NamedQuery.Reads.ERRORS)
                        .map(NamedQuery::id)
                        .toArray(String[]::new));
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
        String readme = Files.readString(Path.of("docs", "converter.md"), StandardCharsets.UTF_8);
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

    /** The sample for users holds the same changes as Kinesis carries them: each read at the time of its change. */
    @Test
    void plainChangeRecordsReplayToTheSameCurrentState(@TempDir Path plain) throws Exception {
        ChangeReplay.Summary replayed =
                ChangeReplay.replay(Files.readAllLines(Path.of("main/samples/changes.jsonl")), plain, BUFFERING);

        assertThat(replayed.converted()).isEqualTo(26);
        assertThat(LocalAthena.query(plain, NamedQuery.CURRENT_STATE_FULL.template(), List.of(), WINDOW).stream()
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

    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void aWrongNumberOfParametersIsRefusedWithWhatTheQueryTakes(QueryEngine engine) {
        engine.requireRunnable();
        assertThatThrownBy(() -> engine.query(outdir, NamedQuery.KEY_HISTORY.template(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the query takes 1 parameter(s) (its ? marks, in order), but 0 were given: []");
    }
}
