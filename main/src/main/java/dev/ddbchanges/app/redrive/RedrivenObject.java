package dev.ddbchanges.app.redrive;

import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.contract.HourPartitions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The object under {@code changes/} that holds what one error object re-drove into one hour: its key depends only on
 * the error object's key and the hour, so every run finds what the runs before it wrote. Its lines only grow: a line
 * once re-driven stays, even if a later converter refuses its record, and a line already there is not added twice.
 */
final class RedrivenObject {
    private final String key;
    private final Set<String> lines = new LinkedHashSet<>();

    private RedrivenObject(String key) {
        this.key = key;
    }

    /** {@code changes/year=/month=/day=/hour=/redriven-<16 hex of the SHA-256 of the error object's key>.gz} */
    static RedrivenObject empty(String errorObjectKey, Instant arrival) {
        return new RedrivenObject(DeliveryLayout.DATA_PREFIX + HourPartitions.path(arrival) + "redriven-"
                + sha256Hex(errorObjectKey).substring(0, 16) + ".gz");
    }

    String key() {
        return key;
    }

    int size() {
        return lines.size();
    }

    /** Reads the lines a run before wrote: gzipped JSON lines, each ending with its newline. */
    void addStored(byte[] gzip) throws IOException {
        String text = new String(Gzip.decompress(gzip), StandardCharsets.UTF_8);
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
    }

    /** @return false when the exact line is already here */
    boolean add(byte[] line) {
        return lines.add(new String(line, StandardCharsets.UTF_8));
    }

    byte[] gzip() {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        lines.forEach(line -> plain.writeBytes(line.getBytes(StandardCharsets.UTF_8)));
        return Gzip.compress(plain.toByteArray());
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }
}
