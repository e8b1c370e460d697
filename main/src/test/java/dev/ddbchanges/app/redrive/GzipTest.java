package dev.ddbchanges.app.redrive;

import static dev.ddbchanges.app.redrive.RedriveS3MockTest.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;

/** Error objects are read line by line, gzipped as Firehose writes them or, from the first two bytes, as plain text. */
class GzipTest {
    private static final byte[] PLAIN = resource("failed-batch.jsonl").getBytes(StandardCharsets.UTF_8);
    private static final List<String> LINES =
            resource("failed-batch.jsonl").lines().toList();

    @Test
    void gzippedAndPlainTextGiveTheSameLines() throws IOException {
        assertThat(lines(Gzip.compress(PLAIN))).isEqualTo(LINES).hasSize(3);
        assertThat(lines(PLAIN)).isEqualTo(LINES);
    }

    @Test
    void aCutGzipStreamIsAnErrorNotFewerLines() {
        byte[] gzip = Gzip.compress(PLAIN);
        byte[] cut = Arrays.copyOf(gzip, gzip.length / 2);

        assertThatThrownBy(() -> lines(cut))
                .isInstanceOf(EOFException.class)
                .hasMessage("Unexpected end of ZLIB input stream");
    }

    @Test
    void anEmptyObjectHasNoLines() throws IOException {
        assertThat(lines(new byte[0])).isEmpty();
    }

    @Test
    void aStoredObjectMustBeGzip() {
        assertThatThrownBy(() -> Gzip.linesOfGzip(new ByteArrayInputStream(PLAIN)))
                .isInstanceOf(ZipException.class)
                .hasMessage("Not in GZIP format");
    }

    private static List<String> lines(byte[] body) throws IOException {
        try (BufferedReader reader = Gzip.linesOfGzipOrPlain(new ByteArrayInputStream(body))) {
            List<String> lines = new ArrayList<>();
            // readLine, as the re-drive reads: lines() would wrap the IOException of a cut stream.
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        }
    }
}
