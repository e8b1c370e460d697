package dev.ddbchanges.app.redrive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.replay.Buffering;
import dev.ddbchanges.app.replay.ChangeReplay;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local replay writes refused records as Firehose's error records, which the re-drive's reader takes. */
class ErrorRecordOfReplayTest {
    @Test
    void aRecordTheReplayRefusedIsAnErrorRecordAsFirehoseWritesIt(@TempDir Path replayed) throws IOException {
        ChangeReplay.Summary summary = ChangeReplay.replay(
                List.of(RedriveS3MockTest.resource("replay-input.jsonl").strip()),
                replayed,
                new Buffering(60, 1024 * 1024));

        assertThat(summary.failed()).isEqualTo(1);
        Path object = replayed.resolve("errors/processing-failed/year=2026/month=12/day=01/hour=13/object-1.gz");
        String line;
        try (InputStream gzip = new GZIPInputStream(Files.newInputStream(object))) {
            line = new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(line).isEqualTo(RedriveS3MockTest.resource("expected/replay-error.jsonl"));
        try (Stream<Path> files = Files.walk(replayed.resolve("errors"))) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(object);
        }

        ErrorRecord record = ErrorRecord.parse(line.strip());

        assertThat(record.arrivalMillis()).isEqualTo(1796130311251L);
        assertThat(record.errorCode()).isEqualTo("Lambda.ProcessingFailed");
        assertThat(new String(record.rawData(), StandardCharsets.UTF_8))
                .isEqualTo("{\"awsRegion\":\"eu-central-1\",\"eventID\":\"ev-501\",\"eventName\":\"INSERT\","
                        + "\"eventSource\":\"aws:dynamodb\"}");
    }
}
