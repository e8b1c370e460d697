package dev.ddbchanges.app.engines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.replay.Buffering;
import dev.ddbchanges.app.replay.ChangeReplay;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One dialect for users: each function README teaches, in Athena's spelling, runs on Trino and on the local replay's
 * DuckDB, and each engine must answer as dialect/functions.tsv says. Where the engines are known to differ the file
 * says so with a different expectation per engine, and README must list it.
 */
class DialectTest {
    @TempDir
    static Path outdir;

    /** Either engine's query needs a replayed table to stand on; the expressions do not read it. */
    @BeforeAll
    static void replay() throws Exception {
        ChangeReplay.replay(
                Files.readAllLines(TestApps.resource("replay/stream.jsonl")), outdir, new Buffering(60, 1024 * 1024));
    }

    static Stream<Arguments> functions() throws Exception {
        List<Arguments> cases = new ArrayList<>();
        for (String line : Files.readAllLines(TestApps.resource("dialect/functions.tsv"))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException("dialect/functions.tsv: line \"" + line + "\" has " + fields.length
                        + " tab-separated fields; allowed: 4 (expression, on Trino, on DuckDB, note)");
            }
            cases.add(Arguments.of(QueryEngine.TRINO, fields[0], fields[1], fields[3]));
            cases.add(Arguments.of(QueryEngine.DUCKDB, fields[0], fields[2], fields[3]));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}: {1} = {2} ({3})")
    @MethodSource("functions")
    void theFunctionAnswersAsTheDialectSays(QueryEngine engine, String expression, String expected, String note)
            throws Exception {
        List<List<String>> rows = engine.query(outdir, "SELECT " + expression + " AS value", List.of());

        assertThat(rows).as(note).containsExactly(List.of("value"), List.of(expected));
    }

    /** Every function the queries page teaches for reading images is run here, on both engines. */
    @Test
    void everyFunctionReadmeTeachesIsInTheDialectFile() throws Exception {
        String readme = Files.readString(Path.of("docs", "queries.md"), StandardCharsets.UTF_8);
        String taught =
                readme.substring(readme.indexOf("<!-- taught:start -->"), readme.indexOf("<!-- taught:end -->"));

        assertThat(functionNames(taught)).isNotEmpty().isSubsetOf(functionNames(expressions(row -> true)));
    }

    /** Where the engines answer differently, the queries page names the function among the known differences. */
    @Test
    void everyKnownDifferenceIsListedOnTheQueriesPage() throws Exception {
        String readme = Files.readString(Path.of("docs", "queries.md"), StandardCharsets.UTF_8);
        String fromHeading = readme.substring(readme.indexOf("Known differences"));
        String differences = fromHeading.substring(0, fromHeading.indexOf("\n\n"));
        List<String> differing = expressions(row -> !row[1].equals(row[2]));

        assertThat(differing).hasSize(3);
        for (String expression : differing) {
            assertThat(functionNames(expression))
                    .allSatisfy(name -> assertThat(differences).contains(name));
        }
    }

    private static List<String> expressions(Predicate<String[]> which) throws Exception {
        return Files.readAllLines(TestApps.resource("dialect/functions.tsv")).stream()
                .filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("\t", -1))
                .filter(which)
                .map(row -> row[0])
                .toList();
    }

    private static Set<String> functionNames(String text) {
        return Pattern.compile("([a-z_0-9]+)\\(")
                .matcher(text)
                .results()
                .map(match -> match.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> functionNames(List<String> expressions) {
        return List.copyOf(functionNames(String.join(" ", expressions)));
    }
}
