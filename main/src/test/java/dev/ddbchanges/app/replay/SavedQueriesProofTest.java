package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.engines.QueryEngine;
import dev.ddbchanges.app.engines.ReplayCorpus;
import dev.ddbchanges.app.queries.NamedQuery;
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
 * out-of-order arrival across batches, hours and days, a refused record) goes through the real converter into the
 * bucket's layout, and each case's SQL runs over those files and must return exactly its expected rows.
 */
class SavedQueriesProofTest {
    /**
     * Every corpus proven, each a records file and its cases (see {@link ReplayCorpus}). Listed, not discovered, so a
     * corpus whose files go missing fails instead of silently proving nothing.
     */
    static final List<ReplayCorpus> CORPORA =
            List.of(new ReplayCorpus("stream", "replay/stream.jsonl", "replay/cases.tsv"));

    @TempDir
    static Path replays;

    private static final Map<String, Path> OUTDIRS = new LinkedHashMap<>();
    private static Path outdir;
    private static ChangeReplay.Summary summary;

    @BeforeAll
    static void replayEveryCorpus() throws Exception {
        for (ReplayCorpus corpus : CORPORA) {
            Path replayed = replays.resolve(corpus.name());
            ChangeReplay.Summary replay = ChangeReplay.replay(corpus.recordLines(), replayed);
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpora")
    void everySavedQueryIsProvenOnEveryCorpus(ReplayCorpus corpus) throws Exception {
        List<String> proven = corpus.readCases().stream()
                .filter(ReplayCorpus.Case::isSavedQuery)
                .map(ReplayCorpus.Case::query)
                .distinct()
                .toList();

        assertThat(proven)
                .containsExactlyInAnyOrder(
                        Stream.of(NamedQuery.values()).map(NamedQuery::id).toArray(String[]::new));
    }

    @Test
    void theRefusedRecordIsKeptUnderTheErrorPrefixNotDropped() throws Exception {
        assertThat(summary.converted()).isEqualTo(22);
        assertThat(summary.failed()).isEqualTo(1);
        try (Stream<Path> errors = Files.walk(outdir.resolve("errors/processing-failed"))) {
            assertThat(errors.filter(Files::isRegularFile).map(Path::toString).toList())
                    .singleElement()
                    .asString()
                    .contains("year=2026/month=11/day=25/hour=17/");
        }
    }

    /**
     * Without the widened partition filter, the change from 23:59:59.9 that arrived after midnight and the one
     * delivered two days late go missing.
     */
    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void thePartitionFilterIsWideEnoughNotToLoseLateArrivals(QueryEngine engine) throws Exception {
        String unpadded = NamedQuery.CHANGES_PER_DAY
                .template()
                .replace(
                        "BETWEEN ? AND substr(CAST(CAST(? AS DATE) + INTERVAL '{{late_days}}' DAY AS VARCHAR), 1, 10)",
                        "BETWEEN ? AND ?");
        assertThat(unpadded).isNotEqualTo(NamedQuery.CHANGES_PER_DAY.template());

        List<List<String>> rows =
                engine.query(outdir, unpadded, List.of("2026-11-25", "2026-11-25", "2026-11-25", "2026-11-25"));

        assertThat(rows.get(1)).containsExactly("2026-11-25", "INSERT", "8");
    }

    @Test
    void theLocalTableHasTheColumnsAndTypesOfTheGlueTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table =
                readme.substring(readme.indexOf("<!-- columns:start -->"), readme.indexOf("<!-- columns:end -->"));
        Matcher row = Pattern.compile("^\\| `([a-z_]+)` \\| `([a-z]+)` \\|", Pattern.MULTILINE)
                .matcher(table);
        List<String> glue = new ArrayList<>();
        while (row.find()) {
            glue.add(row.group(1) + " "
                    + switch (row.group(2)) {
                        case "bigint" -> "BIGINT";
                        case "boolean" -> "BOOLEAN";
                        case "struct" -> "JSON";
                        default -> "VARCHAR";
                    });
        }

        assertThat(LocalAthena.COLUMN_TYPES.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList())
                .containsExactlyElementsOf(glue);
    }

    /** The sample for users holds the same changes as Kinesis carries them: arrival = change time, one batch. */
    @Test
    void plainChangeRecordsReplayToTheSameCurrentState(@TempDir Path plain) throws Exception {
        ChangeReplay.Summary replayed =
                ChangeReplay.replay(Files.readAllLines(Path.of("main/samples/changes.jsonl")), plain);

        assertThat(replayed.converted()).isEqualTo(22);
        assertThat(LocalAthena.query(plain, NamedQuery.CURRENT_STATE.template(), List.of()).stream()
                        .map(row -> String.join("\t", row))
                        .toList())
                .containsExactlyElementsOf(Files.readAllLines(TestApps.resource("replay/expected/current_state.tsv")));
    }

    @Test
    void theArrivalWindowCoversTheStreamsRetention() {
        assertThat(NamedQuery.lateDays(24)).isEqualTo(2);
        assertThat(NamedQuery.lateDays(168)).isEqualTo(8);
        assertThat(NamedQuery.lateDays(25)).isEqualTo(3);
        assertThat(NamedQuery.CHANGES_PER_DAY.sql("t", 168))
                .contains("INTERVAL '8' DAY")
                .doesNotContain("{{");
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
