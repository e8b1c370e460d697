package dev.ddbchanges.converter.json;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A reusable byte buffer a generator writes into and the converter reads in place: unlike ByteArrayOutputStream it
 * neither locks on every write nor copies to be read.
 */
public final class ByteSink extends OutputStream {

    // Private: arrays are mutable, and these go into every line.
    private static final byte[] TRUE = "true".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] FALSE = "false".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NULL = "null".getBytes(StandardCharsets.US_ASCII);

    private byte[] bytes = new byte[8 * 1024];
    private int size;

    @Override
    public void write(int b) {
        ensure(1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
        ensure(len);
        System.arraycopy(b, off, bytes, size, len);
        size += len;
    }

    @Override
    public void write(byte[] b) {
        write(b, 0, b.length);
    }

    /** Characters known to be ASCII, one byte each. */
    public void writeAscii(char[] chars, int length) {
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size + i] = (byte) chars[i];
        }
        size += length;
    }

    /** JSON's {@code true} or {@code false}. */
    public void writeBoolean(boolean value) {
        write(value ? TRUE : FALSE);
    }

    /** JSON's {@code null}. */
    public void writeNull() {
        write(NULL);
    }

    /** A copy of what was written, followed by the {@code \n} that ends a converted line. */
    public byte[] toLine() {
        byte[] line = Arrays.copyOf(bytes, size + 1);
        line[size] = '\n';
        return line;
    }

    public void reset() {
        size = 0;
    }

    public int size() {
        return size;
    }

    /** The buffer itself; valid up to {@link #size()} until the next write or reset. */
    public byte[] array() {
        return bytes;
    }

    private void ensure(int more) {
        if (bytes.length - size < more) {
            bytes = Arrays.copyOf(bytes, Math.max(size + more, bytes.length * 2));
        }
    }
}
