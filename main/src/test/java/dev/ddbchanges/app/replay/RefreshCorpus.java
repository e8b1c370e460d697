package dev.ddbchanges.app.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.queries.RefreshWindow;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The change stream of the refresh proof, in test resources under {@code refresh/}: {@code stream.jsonl} (envelopes,
 * see {@link ChangeReplay}) over eight refresh windows of twelve hours from 2026-11-30T00:00Z, when streaming started,
 * and {@code backfill.jsonl}, the lines a backfill of the export of 01:00 wrote at 02:10 (converted lines, origin
 * export, no sequence number), as one gzipped object in that hour's folder.
 */
final class RefreshCorpus {
    static final Instant STREAMING_ON = Instant.parse("2026-11-30T00:00:00Z");
    static final Duration INTERVAL = Duration.ofHours(12);
    static final int WINDOWS = 8;
    static final Instant BACKFILL_WRITTEN = Instant.parse("2026-11-30T02:10:00Z");
    static final String BACKFILL_OBJECT =
            "changes/year=2026/month=11/day=30/hour=02/backfill-01764464400000-a1b2c3d4-0.json.gz";

    /** The corpus's own assumptions: a day of stream retention, two 60 s buffers, a refresh every 12 hours. */
    static final int RETENTION_HOURS = 24;

    static final int BUFFER_ROUND_SECONDS = 120;
    static final int REFRESH_MINUTES = 720;
    static final RefreshWindow WINDOW = RefreshWindow.of(RETENTION_HOURS, BUFFER_ROUND_SECONDS, REFRESH_MINUTES);
    /** Dev's Firehose buffering (60 s, 64 MB). */
    static final Buffering BUFFERING = new Buffering(60, 64L * 1024 * 1024);

    private static final ObjectMapper JSON = new ObjectMapper();

    private RefreshCorpus() {}

    /** When window {@code k} (from 1) ends: the refresh time of the refresh after it. */
    static Instant end(int window) {
        return STREAMING_ON.plus(INTERVAL.multipliedBy(window));
    }

    /**
     * Writes into {@code outdir} what the bucket holds at {@code time}: every record Firehose read by then, buffered
     * as it buffers them, and the backfill's object once written.
     */
    static void replayUpTo(Instant time, Path outdir) throws IOException {
        List<String> read = new ArrayList<>();
        for (String line : Files.readAllLines(TestApps.resource("refresh/stream.jsonl"))) {
            JsonNode envelope = JSON.readTree(line);
            String when = envelope.path("read").asText(envelope.path("arrival").asText());
            if (!Instant.parse(when).isAfter(time)) {
                read.add(line);
            }
        }
        ChangeReplay.replay(read, outdir, BUFFERING);
        if (!BACKFILL_WRITTEN.isAfter(time)) {
            Path object = outdir.resolve(BACKFILL_OBJECT);
            Files.createDirectories(object.getParent());
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(object))) {
                gzip.write(Files.readAllBytes(TestApps.resource("refresh/backfill.jsonl")));
            }
        }
    }
}
