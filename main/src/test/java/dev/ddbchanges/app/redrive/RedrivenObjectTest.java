package dev.ddbchanges.app.redrive;

import static dev.ddbchanges.app.redrive.RedriveS3MockTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** A re-driven object holds one line per event_id, the first one written. */
class RedrivenObjectTest {
    private final RedrivenObject object =
            RedrivenObject.empty(RedriveS3MockTest.REFUSED_KEY, Instant.parse("2026-12-01T08:00:00Z"));

    @Test
    void twoStoredLinesOfOneChangeBecomeTheFirstOfThem() throws IOException {
        object.addStored(gzip(resource("expected/earlier-run.jsonl") + resource("expected/hour-08.jsonl")));

        assertThat(plain(object.gzip())).isEqualTo(resource("expected/earlier-run.jsonl"));
    }

    @Test
    void aLineOfAChangeAlreadyThereIsNotAddedAndANewOneIs() throws IOException {
        object.addStored(gzip(resource("expected/earlier-run.jsonl")));

        assertThat(object.add(bytes(resource("expected/hour-08.jsonl")))).isFalse();
        assertThat(object.add(bytes(resource("expected/hour-09-ev-301.jsonl")))).isTrue();
        assertThat(plain(object.gzip()))
                .isEqualTo(resource("expected/earlier-run.jsonl") + resource("expected/hour-09-ev-301.jsonl"));
    }

    @Test
    void aLineWithoutAnEventIdIsKeptAndOnlyItsOwnTextIsTheSame() throws IOException {
        object.addStored(gzip("{\"note\":1}\n{\"note\":2}\n{\"note\":1}\n"));

        assertThat(plain(object.gzip())).isEqualTo("{\"note\":1}\n{\"note\":2}\n");
    }

    @Test
    void theEventIdIsTheTopLevelOneOnly() {
        assertThat(RedrivenObject.eventId("{\"keys\":{\"event_id\":\"nested\"},\"event_id\":\"ev-1\"}"))
                .contains("ev-1");
        assertThat(RedrivenObject.eventId("{\"event_id\":null}")).isEmpty();
        assertThat(RedrivenObject.eventId("[\"event_id\"]")).isEmpty();
        assertThat(RedrivenObject.eventId("{\"event_id\":\"cut")).isEmpty();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static InputStream gzip(String text) {
        return new ByteArrayInputStream(Gzip.compress(bytes(text)));
    }

    private static String plain(byte[] gzip) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
