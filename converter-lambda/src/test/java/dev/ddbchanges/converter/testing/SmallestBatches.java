package dev.ddbchanges.converter.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Firehose requests of the smallest change records DynamoDB writes for a table, as many as a processor buffer of a
 * given size holds: the worst case for the request's size, because the per-record envelope and base64 weigh most
 * against the fewest record bytes. The records and their envelopes come from {@code limits/smallest-records.json}.
 */
public final class SmallestBatches {
    private static final long MEGABYTE = 1 << 20;
    /** Firehose's recordId of a Kinesis source: the sequence number, then the record's index in six digits. */
    private static final int RECORD_INDEX_DIGITS = 6;

    private SmallestBatches() {}

    /**
     * @param request  the request as Firehose sends it (compact JSON)
     * @param records  how many records it carries
     * @param dataBytes the record bytes Firehose's buffer counted
     */
    public record Batch(byte[] request, int records, long dataBytes) {}

    /** The records a buffer of {@code bufferMb} MB holds, without going over it. */
    public static Batch of(BigDecimal bufferMb) {
        long capacity = bufferMb.multiply(BigDecimal.valueOf(MEGABYTE))
                .setScale(0, RoundingMode.FLOOR)
                .longValueExact();
        ObjectNode template = (ObjectNode) TestEvents.json(TestEvents.resource("/limits/smallest-records.json"));
        List<JsonNode> kinds = new ArrayList<>();
        template.withArray("records").forEach(kinds::add);
        ArrayNode records = template.putArray("records");
        long data = 0;
        for (int i = 0; ; i++) {
            ObjectNode record = (ObjectNode) kinds.get(i % kinds.size()).deepCopy();
            long bytes = Base64.getDecoder().decode(record.get("data").asText()).length;
            if (data + bytes > capacity) {
                break;
            }
            String id = record.get("recordId").asText();
            record.put(
                    "recordId",
                    id.substring(0, id.length() - RECORD_INDEX_DIGITS)
                            + String.format("%0" + RECORD_INDEX_DIGITS + "d", i));
            records.add(record);
            data += bytes;
        }
        try {
            return new Batch(TestEvents.MAPPER.writeValueAsBytes(template), records.size(), data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
