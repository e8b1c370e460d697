package dev.ddbchanges.app.redrive;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Objects as Firehose writes them with GZIP compression. Error objects can be tens of MB, so they are read as a stream
 * of lines, never whole; an I/O error while reading one is a stream that is not whole gzip.
 */
public final class Gzip {
    private static final int MAGIC_1 = 0x1f;
    private static final int MAGIC_2 = 0x8b;

    private Gzip() {}

    /** The lines of gzipped text, or of plain text (an object written without compression) as it is. */
    static BufferedReader linesOfGzipOrPlain(InputStream in) throws IOException {
        BufferedInputStream peek = new BufferedInputStream(in);
        peek.mark(2);
        boolean gzip = peek.read() == MAGIC_1 && peek.read() == MAGIC_2;
        peek.reset();
        return new BufferedReader(
                new InputStreamReader(gzip ? new GZIPInputStream(peek) : peek, StandardCharsets.UTF_8));
    }

    /** @throws IOException when the stream is not gzip */
    static BufferedReader linesOfGzip(InputStream in) throws IOException {
        return new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
    }

    public static byte[] compress(byte[] plain) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(plain);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toByteArray();
    }
}
