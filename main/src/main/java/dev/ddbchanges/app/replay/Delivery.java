package dev.ddbchanges.app.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Set;

/**
 * How Firehose received one record: when it reached the stream ({@code arrival}, which files its object) and when
 * it entered Firehose's S3 buffer ({@code read}: once the converter's batch holding it came back; later than arrival
 * by more than a buffer round only while Firehose catches up).
 */
record Delivery(int line, byte[] data, long arrivalMillis, long readMillis, String sequence) {
    static final Set<String> ENVELOPE_FIELDS = Set.of("arrival", "read", "sequence", "record");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Microseconds when the stream asks for that precision (see the converter's EventTimes). */
    private static final long MICROSECONDS_FROM = 100_000_000_000_000L;

    static Delivery of(String text, int line, long now) {
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (IOException notJson) {
            // The converter decides what is wrong with it; it arrives now.
            return new Delivery(line, text.getBytes(StandardCharsets.UTF_8), now, now, String.valueOf(line));
        }
        if (node != null && node.has("record")) {
            return envelope(node, line);
        }
        long created = node == null
                ? 0
                : node.path("dynamodb").path("ApproximateCreationDateTime").asLong(0);
        long arrival = created >= MICROSECONDS_FROM ? created / 1000 : created;
        return new Delivery(line, text.getBytes(StandardCharsets.UTF_8), arrival, arrival, String.valueOf(line));
    }

    private static Delivery envelope(JsonNode node, int line) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!ENVELOPE_FIELDS.contains(name)) {
                throw new IllegalArgumentException("line " + line + ": field \"" + name + "\" is not allowed; "
                        + "allowed: arrival, read, sequence, record");
            }
        }
        long arrival = instant(node, "arrival", line);
        long read = node.has("read") ? instant(node, "read", line) : arrival;
        if (read < arrival) {
            throw new IllegalArgumentException("line " + line + ": read = \""
                    + node.get("read").asText() + "\" is " + "not allowed; allowed: an instant at or after arrival ("
                    + node.get("arrival").asText() + ")");
        }
        try {
            return new Delivery(
                    line,
                    JSON.writeValueAsBytes(node.get("record")),
                    arrival,
                    read,
                    node.path("sequence").asText(String.valueOf(line)));
        } catch (IOException e) {
            throw new IllegalStateException("a parsed record cannot be written back", e);
        }
    }

    private static long instant(JsonNode envelope, String field, int line) {
        if (!envelope.hasNonNull(field)) {
            throw new IllegalArgumentException("line " + line + ": " + field + " is missing; allowed: an ISO-8601 UTC "
                    + "instant such as 2026-11-26T00:01:00Z");
        }
        String value = envelope.path(field).asText();
        try {
            return Instant.parse(value).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("line " + line + ": " + field + " = \"" + value + "\" is not "
                    + "allowed; allowed: an ISO-8601 UTC instant such as 2026-11-26T00:01:00Z");
        }
    }
}
