package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class FirehoseResponseTest {

    private static final byte[] LINE = ("{\"x\":\"" + "a".repeat(290) + "\"}\n").getBytes(StandardCharsets.UTF_8);

    private static FirehoseRecord record(String id, byte[] data) {
        return new FirehoseRecord(id, data, KinesisMetadata.NONE);
    }

    private static ConversionResult ok() {
        return new ConversionResult.Converted(LINE);
    }

    private static ConversionResult failed() {
        return new ConversionResult.Failed(FailureReason.INVALID_JSON, "record is not valid JSON");
    }

    private static JsonNode written(FirehoseResponse.Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long bytes = FirehoseResponse.write(plan, out);
        assertThat(bytes).isEqualTo(out.size()).isEqualTo(plan.bytes());
        return TestEvents.json(out.toByteArray());
    }

    @Test
    void linesThatDoNotFitFailWithTheirOwnReasonAndKeepTheirPlace() throws IOException {
        List<FirehoseRecord> records = List.of(record("a", LINE), record("b", LINE), record("c", LINE));
        long limit = 12 + 2 + 3 * (33 + 3 + 18) + 2 + 2 * (FirehoseResponse.base64Length(LINE.length) - 14);

        FirehoseResponse.Plan plan = FirehoseResponse.plan(records, List.of(ok(), ok(), ok()), limit);

        assertThat(plan.bytes()).isEqualTo(limit);
        assertThat(plan.entries()).extracting(ResponseEntry::ok).containsExactly(true, true, false);
        assertThat(plan.entries().get(2).reason()).isEqualTo(FailureReason.RESPONSE_SIZE_LIMIT);
        assertThat(plan.entries().get(2).data()).isEmpty();
        assertThat(TestEvents.recordIds(written(plan))).containsExactly("a", "b", "c");
    }

    @Test
    void convertedLinesHavePriorityOverTheOriginalBytesOfFailedRecords() throws IOException {
        byte[] bigOriginal = new byte[3_000];
        List<FirehoseRecord> records = List.of(record("bad", bigOriginal), record("good", LINE));
        long limit = 2_000;

        FirehoseResponse.Plan plan = FirehoseResponse.plan(records, List.of(failed(), ok()), limit);

        assertThat(plan.entries()).extracting(ResponseEntry::ok).containsExactly(false, true);
        assertThat(plan.entries().get(0).data()).isEmpty();
        assertThat(plan.bytes()).isLessThanOrEqualTo(limit);
        written(plan);
    }

    @Test
    void failedRecordsReturnTheirOriginalBytesWhenThereIsRoom() throws IOException {
        byte[] original = "not json".getBytes(StandardCharsets.UTF_8);

        FirehoseResponse.Plan plan = FirehoseResponse.plan(List.of(record("bad", original)), List.of(failed()),
                FirehoseResponse.MAX_RESPONSE_BYTES);

        JsonNode entry = written(plan).get("records").get(0);
        assertThat(entry.get("result").asText()).isEqualTo("ProcessingFailed");
        assertThat(entry.get("data").binaryValue()).isEqualTo(original);
    }

    @Test
    void escapedRecordIdsAreMeasuredExactly() throws IOException {
        List<FirehoseRecord> records = List.of(record("q\"uote\\", LINE), record("ctl\u0001\n", LINE),
                record("ü東🚀", LINE));

        FirehoseResponse.Plan plan = FirehoseResponse.plan(records, List.of(ok(), ok(), ok()),
                FirehoseResponse.MAX_RESPONSE_BYTES);

        assertThat(TestEvents.recordIds(written(plan))).containsExactly("q\"uote\\", "ctl\u0001\n", "ü東🚀");
    }

    @Test
    void aLimitBelowEvenTheEmptyAnswersFailsTheInvocation() {
        assertThatThrownBy(() -> FirehoseResponse.plan(List.of(record("a", LINE)), List.of(ok()), 40))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 records").hasMessageContaining("limit of 40");
    }

    @Test
    void theTransformerRefusesALimitAboveFirehoses() {
        assertThatThrownBy(() -> new FirehoseBatchTransformer(FirehoseResponse.MAX_RESPONSE_BYTES + 1))
                .hasMessageContaining("responseLimitBytes").hasMessageContaining("6291457");
    }
}
