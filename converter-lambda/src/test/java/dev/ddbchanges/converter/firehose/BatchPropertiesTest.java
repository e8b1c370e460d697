package dev.ddbchanges.converter.firehose;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.contract.Columns;
import dev.ddbchanges.converter.record.FailureReason;
import dev.ddbchanges.converter.testing.RandomChangeRecords;
import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties over generated batches (seeded, so a failure names the seed that reproduces it): every recordId is
 * answered in order, every Ok line is one JSON object ending in one newline with the item's exact plain JSON, and the
 * response never exceeds its limit, whatever the limit.
 */
class BatchPropertiesTest {

    /** Parses numbers exactly, so 38-digit values compare digit for digit. */
    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .build();

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyBatchIsAnsweredCompletelyInOrderAndWithinTheLimit(long seed) throws IOException {
        checkBatch(seed);
    }

    /** Guards the generator: the properties above mean little unless the batches reach every path. */
    @Test
    void theGeneratedBatchesReachEveryPath() throws IOException {
        Stats total = new Stats();
        for (long seed : seeds().toArray()) {
            Stats stats = checkBatch(seed);
            total.ok += stats.ok;
            total.invalid += stats.invalid;
            total.sizeLimited += stats.sizeLimited;
        }
        assertThat(total.ok).isGreaterThan(2_000);
        assertThat(total.invalid).isGreaterThan(1_000);
        assertThat(total.sizeLimited).isGreaterThan(500);
    }

    private static final class Stats {
        int ok;
        int invalid;
        int sizeLimited;
    }

    private static Stats checkBatch(long seed) throws IOException {
        Random random = new Random(seed);
        RandomChangeRecords generator = new RandomChangeRecords(seed);
        List<RandomChangeRecords.Generated> generated = new ArrayList<>();
        ObjectNode event = EXACT.createObjectNode().put("invocationId", "inv-" + seed);
        ArrayNode records = event.putArray("records");
        List<String> ids = new ArrayList<>();
        int size = random.nextInt(40);
        for (int i = 0; i < size; i++) {
            RandomChangeRecords.Generated g = generator.next();
            generated.add(g);
            String id = generator.recordId() + "-" + i;
            ids.add(id);
            ObjectNode record = records.addObject()
                    .put("recordId", id)
                    .put("approximateArrivalTimestamp", 1_764_107_911_000L)
                    .put("data", Base64.getEncoder().encodeToString(g.data()));
            if (random.nextBoolean()) {
                record.putObject("kinesisRecordMetadata")
                        .put("shardId", "shardId-" + i)
                        .put("sequenceNumber", "4965743211290871143526349761052145345209361827562341" + i);
            }
        }
        byte[] request = EXACT.writeValueAsBytes(event);
        long unconstrained = transform(request, FirehoseResponse.MAX_RESPONSE_BYTES).response.length;
        long minimal = minimalResponseBytes(ids);
        long limit = random.nextInt(3) == 0
                ? FirehoseResponse.MAX_RESPONSE_BYTES
                : minimal + (long) (random.nextDouble() * (unconstrained - minimal + 1));

        Outcome outcome = transform(request, limit);
        Outcome nothingFits = transform(request, minimal);
        assertThat(nothingFits.report.ok()).isZero();
        assertThat(nothingFits.report.slowPath())
                .as("no line fits, so none counts as slow path")
                .isZero();

        JsonNode answer = EXACT.readTree(outcome.response);
        assertThat(TestEvents.recordIds(answer)).containsExactlyElementsOf(ids);
        assertThat((long) outcome.response.length).isLessThanOrEqualTo(limit).isEqualTo(outcome.report.responseBytes());
        assertThat(outcome.report.slowPath())
                .as("RecordsSlowPath counts only records answered Ok")
                .isLessThanOrEqualTo(outcome.report.ok());
        Stats stats = new Stats();
        for (int i = 0; i < size; i++) {
            JsonNode record = answer.get("records").get(i);
            RandomChangeRecords.Generated g = generated.get(i);
            if (record.get("result").asText().equals("Ok")) {
                assertThat(g.valid())
                        .as("record %d converted but was generated invalid", i)
                        .isTrue();
                assertOkLine(
                        Base64.getDecoder().decode(record.get("data").asText()),
                        g,
                        records.get(i)
                                .path("kinesisRecordMetadata")
                                .path("shardId")
                                .asText(null));
                stats.ok++;
            } else {
                assertThat(record.get("result").asText()).isEqualTo("ProcessingFailed");
                if (g.valid()) {
                    stats.sizeLimited++;
                } else {
                    stats.invalid++;
                }
            }
        }
        assertThat(outcome.report.failuresByReason().getOrDefault(FailureReason.RESPONSE_SIZE_LIMIT, 0))
                .isEqualTo(stats.sizeLimited);
        if (limit == FirehoseResponse.MAX_RESPONSE_BYTES) {
            assertThat(stats.sizeLimited).isZero();
        }
        return stats;
    }

    private static void assertOkLine(byte[] line, RandomChangeRecords.Generated g, String shardId) throws IOException {
        String text = TestEvents.strictUtf8(line);
        assertThat(text).endsWith("\n");
        assertThat(text.indexOf('\n')).isEqualTo(text.length() - 1);
        JsonNode parsed = EXACT.readTree(line);
        assertThat(parsed.fieldNames()).toIterable().containsExactlyElementsOf(Columns.ALL);
        assertThat(parsed.get("pk").asText()).isEqualTo(g.pk());
        assertThat(parsed.get("event_name").asText()).isEqualTo(g.eventName());
        assertThat(parsed.get("event_time_us").asLong()).isEqualTo(g.eventTimeMicros());
        assertThat(parsed.get("new_image")).isEqualTo(expectedImage(g.expectedNewImage()));
        assertThat(parsed.get("old_image")).isEqualTo(expectedImage(g.expectedOldImage()));
        assertThat(
                        parsed.get("kinesis_shard_id").isNull()
                                ? null
                                : parsed.get("kinesis_shard_id").asText())
                .isEqualTo(shardId);
    }

    private static JsonNode expectedImage(String plainJson) throws IOException {
        return plainJson == null ? EXACT.nullNode() : EXACT.readTree(plainJson);
    }

    /** Computed here, independently of FirehoseResponse: every record failed with no data. */
    private static long minimalResponseBytes(List<String> ids) throws IOException {
        long bytes = "{\"records\":[]}".length() + Math.max(0, ids.size() - 1);
        for (String id : ids) {
            bytes += ("{\"recordId\":,\"result\":\"ProcessingFailed\",\"data\":\"\"}").length()
                    + EXACT.writeValueAsBytes(id).length;
        }
        return bytes;
    }

    private record Outcome(byte[] response, BatchReport report) {}

    private static Outcome transform(byte[] request, long limit) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        BatchReport report = Transformers.withLimit(limit).transform(new ByteArrayInputStream(request), response);
        return new Outcome(response.toByteArray(), report);
    }
}
