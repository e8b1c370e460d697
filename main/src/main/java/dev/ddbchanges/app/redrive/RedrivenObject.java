package dev.ddbchanges.app.redrive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.contract.Columns;
import dev.ddbchanges.contract.HourPartitions;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The object under {@code changes/} that holds what one error object re-drove into one hour: its key depends only on
 * the error object's key and the hour, so every run finds what the runs before it wrote. It holds at most one line per
 * change, known by its {@code event_id} (what the saved queries dedupe by): a converter that writes the same change
 * differently later adds nothing, and a line once re-driven stays as it was written, even if its record now fails.
 */
final class RedrivenObject {
    private static final JsonFactory JSON = new JsonFactory();

    private final String key;
    /** Each line, newline excluded, by its change's event_id (by its own text when it has none). */
    private final Map<String, String> lines = new LinkedHashMap<>();

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

    /** Reads the gzipped JSON lines a run before wrote; the first line of an event_id wins. */
    void addStored(InputStream gzip) throws IOException {
        try (BufferedReader stored = Gzip.linesOfGzip(gzip)) {
            for (String line = stored.readLine(); line != null; line = stored.readLine()) {
                if (!line.isBlank()) {
                    lines.putIfAbsent(identity(line), line);
                }
            }
        }
    }

    /** @return false when a line of the same change is already here: that line is kept as it is */
    boolean add(byte[] line) {
        String text = new String(line, StandardCharsets.UTF_8);
        text = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return lines.putIfAbsent(identity(text), text) == null;
    }

    byte[] gzip() {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        lines.values().forEach(line -> plain.writeBytes((line + "\n").getBytes(StandardCharsets.UTF_8)));
        return Gzip.compress(plain.toByteArray());
    }

    /** The change's event_id; a line without one (not the converter's) is only ever the same as its own text. */
    private static String identity(String line) {
        return eventId(line).map(id -> "event_id " + id).orElse("line " + line);
    }

    /** The top-level {@code event_id} of a JSON line, if it is one and has it as text. */
    static Optional<String> eventId(String line) {
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals(Columns.EVENT_ID)) {
                    return value == JsonToken.VALUE_STRING ? Optional.of(parser.getText()) : Optional.empty();
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException notJson) {
            return Optional.empty();
        }
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
