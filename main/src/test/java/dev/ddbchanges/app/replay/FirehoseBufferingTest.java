package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay buffers as Firehose does: by read time into objects, each filed under its oldest record's arrival. */
class FirehoseBufferingTest {
    private static final long MB = 1024L * 1024L;

    @TempDir
    Path outdir;

    @Test
    void theStreamCorpusLandsInTheObjectsFirehoseWouldWrite() throws Exception {
        ChangeReplay.replay(
                Files.readAllLines(TestApps.resource("replay/stream.jsonl")), outdir, SavedQueriesProofTest.BUFFERING);

        assertThat(objects("changes/"))
                .contains(
                        // 23:59:40.2, 00:00:30 and 00:00:30.4 share the object opened at 23:59:40.2.
                        "changes/year=2026/month=11/day=25/hour=23/ 3",
                        // 14:59:50.1 and 15:00:05.1 share the object opened at 14:59:50.1.
                        "changes/year=2026/month=11/day=25/hour=14/ 2",
                        "changes/year=2026/month=11/day=26/hour=00/ 1");
    }

    @Test
    void aBufferClosesAfterItsIntervalOrOnceFull() throws Exception {
        List<String> lines = Files.readAllLines(TestApps.resource("replay/stream.jsonl"));

        ChangeReplay.Summary oneObjectPerRecord =
                ChangeReplay.replay(lines, outdir.resolve("zero"), new Buffering(0, MB));
        ChangeReplay.Summary oneByteObjects = ChangeReplay.replay(lines, outdir.resolve("tiny"), new Buffering(900, 1));
        ChangeReplay.Summary buffered = ChangeReplay.replay(lines, outdir.resolve("dev"), new Buffering(60, 64 * MB));

        // 26 converted lines and 1 refused one: an object each when nothing is buffered, except two pairs read in
        // the same millisecond.
        assertThat(oneObjectPerRecord.files()).isEqualTo(25);
        assertThat(oneByteObjects.files()).isEqualTo(27);
        assertThat(buffered.files()).isEqualTo(22);
    }

    /**
     * While Firehose catches up after an outage, one object can hold hours of changes, here from 22:30 to 00:20 the
     * next day, filed under 22:00: outside the window that holds while the alarms are quiet, inside a window widened
     * by the outage's length.
     */
    @Test
    void anObjectWrittenWhileCatchingUpNeedsAWindowAsWideAsTheOutage() throws Exception {
        ChangeReplay.replay(
                Files.readAllLines(TestApps.resource("replay/catch-up.jsonl")),
                outdir,
                SavedQueriesProofTest.BUFFERING);
        List<String> day = List.of("2026-11-28", "2026-11-28", "2026-11-28", "2026-11-28");

        assertThat(objects("changes/")).containsExactly("changes/year=2026/month=11/day=27/hour=22/ 2");
        assertThat(LocalAthena.query(outdir, NamedQuery.CHANGES_PER_DAY.template(), day, new QueryWindow(1, 8)))
                .hasSize(1);
        assertThat(LocalAthena.query(outdir, NamedQuery.CHANGES_PER_DAY.template(), day, new QueryWindow(3, 8)))
                .containsExactly(List.of("event_day", "event_name", "changes"), List.of("2026-11-28", "INSERT", "1"));
    }

    @Test
    void anEnvelopeFieldItDoesNotKnowIsRefusedWithTheOnesItDoes() {
        String batch = "{\"arrival\":\"2026-11-26T00:01:00Z\",\"batch\":3,\"record\":{}}";

        assertThatThrownBy(() -> ChangeReplay.replay(List.of(batch), outdir, SavedQueriesProofTest.BUFFERING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1: field \"batch\" is not allowed; allowed: arrival, read, sequence, record");
    }

    @Test
    void aReadBeforeTheArrivalIsRefused() {
        String early = "{\"arrival\":\"2026-11-26T00:01:00Z\",\"read\":\"2026-11-26T00:00:59Z\",\"record\":{}}";

        assertThatThrownBy(() -> ChangeReplay.replay(List.of(early), outdir, SavedQueriesProofTest.BUFFERING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1: read = \"2026-11-26T00:00:59Z\" is not allowed; allowed: an instant at or after "
                        + "arrival (2026-11-26T00:01:00Z)");
    }

    @Test
    void aRecordReadBeforeOneThatReachedTheStreamEarlierIsRefused() {
        String first = "{\"arrival\":\"2026-11-26T00:01:00Z\",\"read\":\"2026-11-26T00:05:00Z\",\"record\":{}}";
        String second = "{\"arrival\":\"2026-11-26T00:02:00Z\",\"read\":\"2026-11-26T00:03:00Z\",\"record\":{}}";

        assertThatThrownBy(() -> ChangeReplay.replay(List.of(first, second), outdir, SavedQueriesProofTest.BUFFERING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("line 1 reached the stream before line 2 but is read after it; allowed: reads in the "
                        + "order of arrival, as Firehose reads a shard");
    }

    @Test
    void anEnvelopeWithoutItsArrivalIsRefused() {
        assertThatThrownBy(() -> ChangeReplay.replay(
                        List.of("{\"sequence\":\"1\",\"record\":{}}"), outdir, SavedQueriesProofTest.BUFFERING))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "line 1: arrival is missing; allowed: an ISO-8601 UTC instant such as 2026-11-26T00:01:00Z");
    }

    @Test
    void aBufferOutsideFirehosesRangeIsRefused() {
        assertThatThrownBy(() -> new Buffering(901, MB))
                .hasMessage("intervalSeconds = 901; allowed: a whole number of seconds from 0 to 900");
        assertThatThrownBy(() -> new Buffering(60, 0)).hasMessage("sizeBytes = 0; allowed: at least 1");
    }

    /** Each object's hour folder and how many lines it holds. */
    private List<String> objects(String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(outdir.resolve(prefix))) {
            return files.filter(Files::isRegularFile)
                    .map(file -> outdir.relativize(file.getParent()) + "/ " + lines(file))
                    .sorted()
                    .toList();
        }
    }

    private static long lines(Path gzip) {
        try (var in = new GZIPInputStream(Files.newInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
