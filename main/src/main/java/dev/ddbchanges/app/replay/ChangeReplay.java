package dev.ddbchanges.app.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.contract.HourPartitions;
import dev.ddbchanges.converter.record.ChangeRecordConverter;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;

/**
 * Replays DynamoDB change records through the real converter into the data bucket's layout on disk: converted lines
 * under {@code changes/year=/month=/day=/hour=/}, failures under {@code errors/processing-failed/...}, gzipped, as
 * Firehose writes them.
 *
 * <p>Each input line is either a change record exactly as Kinesis carries it (arrival = the change's own time, one
 * batch), or an envelope that fixes how Firehose received it:
 * {@code {"arrival": "2026-11-26T00:01:00Z", "sequence": "42", "batch": 3, "record": {...}}}.
 */
public final class ChangeReplay {
    static final String SHARD = "shardId-000000000000";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChangeReplay() {}

    /** What a replay wrote. */
    public record Summary(int converted, int failed, int files) {}

    public static Summary replay(List<String> lines, Path outdir) throws IOException {
        ChangeRecordConverter converter = new ChangeRecordConverter();
        Map<Path, ByteArrayOutputStream> files = new TreeMap<>();
        int converted = 0;
        int failed = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            Delivery delivery = Delivery.of(line, i + 1);
            ConversionResult result = converter.convert(
                    delivery.data(), new KinesisMetadata(SHARD, delivery.sequence(), delivery.arrivalMillis()));
            if (result instanceof ConversionResult.Converted ok) {
                files.computeIfAbsent(
                                delivery.file(outdir, DeliveryLayout.DATA_PREFIX), f -> new ByteArrayOutputStream())
                        .write(ok.line());
                converted++;
            } else if (result instanceof ConversionResult.Failed failure) {
                ObjectNode error = JSON.createObjectNode()
                        .put("errorCode", "Lambda.ProcessingFailed")
                        .put("errorMessage", failure.reason().label() + ": " + failure.detail())
                        .put("approximateArrivalTimestamp", delivery.arrivalMillis())
                        .put("rawData", Base64.getEncoder().encodeToString(delivery.data()));
                ByteArrayOutputStream out = files.computeIfAbsent(
                        delivery.file(outdir, DeliveryLayout.ERROR_PREFIX + "processing-failed/"),
                        f -> new ByteArrayOutputStream());
                out.write(JSON.writeValueAsBytes(error));
                out.write('\n');
                failed++;
            }
        }
        for (Map.Entry<Path, ByteArrayOutputStream> file : files.entrySet()) {
            Files.createDirectories(file.getKey().getParent());
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file.getKey()))) {
                file.getValue().writeTo(gzip);
            }
        }
        return new Summary(converted, failed, files.size());
    }

    /** How Firehose received one record. */
    private record Delivery(byte[] data, long arrivalMillis, String sequence, int batch) {

        static Delivery of(String line, int lineNumber) throws IOException {
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (IOException notJson) {
                // The converter decides what is wrong with it; it arrives now, in batch 0.
                return new Delivery(
                        line.getBytes(StandardCharsets.UTF_8),
                        System.currentTimeMillis(),
                        String.valueOf(lineNumber),
                        0);
            }
            if (node != null && node.has("record")) {
                return new Delivery(
                        JSON.writeValueAsBytes(node.get("record")),
                        arrival(node, lineNumber),
                        node.path("sequence").asText(String.valueOf(lineNumber)),
                        node.path("batch").asInt(0));
            }
            long created = node == null
                    ? 0
                    : node.path("dynamodb").path("ApproximateCreationDateTime").asLong(0);
            // Microseconds when the stream asks for that precision (see the converter's EventTimes).
            long arrival = created >= 100_000_000_000_000L ? created / 1000 : created;
            return new Delivery(line.getBytes(StandardCharsets.UTF_8), arrival, String.valueOf(lineNumber), 0);
        }

        private static long arrival(JsonNode envelope, int lineNumber) {
            String arrival = envelope.path("arrival").asText();
            try {
                return Instant.parse(arrival).toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("line " + lineNumber + ": arrival = \"" + arrival + "\" is not "
                        + "allowed; allowed: an ISO-8601 UTC instant such as 2026-11-26T00:01:00Z");
            }
        }

        Path file(Path outdir, String prefix) {
            return outdir.resolve(prefix + HourPartitions.path(Instant.ofEpochMilli(arrivalMillis)))
                    .resolve("batch-" + batch + ".gz");
        }
    }
}
