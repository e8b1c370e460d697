package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.engines.QueryEngine;
import dev.ddbchanges.app.queries.NamedQuery;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The saved query over the error table answers correctly on Athena's engine (Trino) and the local one (DuckDB): error
 * records shaped as Firehose writes them (delivery-errors/errors/: refusals by the converter, a whole batch whose
 * invocation failed, an object filed under the hour before midnight, one outside the window), gzipped into the
 * error prefix's layout, read through the table built from ErrorTableSchema.
 */
class ErrorTableProofTest {
    private static final List<String> TWO_DAYS =
            List.of("'2026-11-25'", "'2026-11-26'", "'2026-11-25'", "'2026-11-26'");

    @TempDir
    static Path outdir;

    /** The same objects and a corrupt one in an hour outside the window, which only a pruned query never reads. */
    @TempDir
    static Path withCorruptHour;

    @BeforeAll
    static void gzipTheErrorObjectsAsFirehoseWritesThem() throws IOException {
        gzipErrorObjects(outdir);
        gzipErrorObjects(withCorruptHour);
        Path corrupt = withCorruptHour.resolve("errors/processing-failed/year=2026/month=11/day=10/hour=05/corrupt.gz");
        Files.createDirectories(corrupt.getParent());
        try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(corrupt))) {
            gzip.write("{\"attemptsMade\": not json".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void gzipErrorObjects(Path outdir) throws IOException {
        Path source = TestApps.resource("delivery-errors");
        List<Path> objects;
        try (Stream<Path> files = Files.walk(source.resolve("errors"))) {
            objects = files.filter(Files::isRegularFile).toList();
        }
        assertThat(objects).hasSize(5);
        for (Path object : objects) {
            Path target = outdir.resolve(source.relativize(object) + ".gz");
            Files.createDirectories(target.getParent());
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(target))) {
                Files.copy(object, gzip);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void failuresByHourCountsEachReasonPerArrivalHourNewestFirst(QueryEngine engine) throws Exception {
        List<List<String>> rows = engine.queryErrors(outdir, NamedQuery.FAILURES_BY_HOUR.template(), TWO_DAYS);

        assertThat(text(rows))
                .as("the 25th and 26th, with the refusal after midnight filed under the hour before it, and not the "
                        + "refusal of the 20th")
                .containsExactlyElementsOf(expected());
    }

    /** Trino reads only the projected hours the filter leaves, as Athena does; DuckDB loads every object first. */
    @Test
    void failuresByHourReadsOnlyTheHoursOfItsWindow() throws Exception {
        List<List<String>> rows =
                QueryEngine.TRINO.queryErrors(withCorruptHour, NamedQuery.FAILURES_BY_HOUR.template(), TWO_DAYS);

        assertThat(text(rows)).containsExactlyElementsOf(expected());
    }

    private static List<String> text(List<List<String>> rows) {
        return rows.stream().map(row -> String.join("\t", row)).toList();
    }

    private static List<String> expected() throws IOException {
        return Files.readAllLines(TestApps.resource("delivery-errors/expected/failures_by_hour.tsv"));
    }
}
