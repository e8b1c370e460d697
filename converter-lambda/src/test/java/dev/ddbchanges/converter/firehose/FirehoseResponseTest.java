package dev.ddbchanges.converter.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.FailureReason;
import dev.ddbchanges.converter.record.KinesisMetadata;
import dev.ddbchanges.converter.testing.TestEvents;
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
        return new ConversionResult.Converted(LINE, true);
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
        // The original would fit on its own, and comes first, but not together with the converted line.
        byte[] original = new byte[LINE.length - 30];
        List<FirehoseRecord> records = List.of(record("bad", original), record("good", LINE));
        // Envelope, two entries of 33 fixed bytes plus the quoted result and id, and the separator.
        long minimal = 14 + 2 * (33 + "\"ProcessingFailed\"".length()) + "\"bad\"".length() + "\"good\"".length() + 1;
        long limit = minimal + (FirehoseResponse.base64Length(LINE.length) - 14) + 10;

        FirehoseResponse.Plan plan = FirehoseResponse.plan(records, List.of(failed(), ok()), limit);

        assertThat(FirehoseResponse.base64Length(original.length)).isLessThan(limit - minimal);
        assertThat(plan.entries()).extracting(ResponseEntry::ok).containsExactly(false, true);
        assertThat(plan.entries().get(0).data()).isEmpty();
        assertThat(plan.bytes()).isLessThanOrEqualTo(limit);
        written(plan);
    }

    @Test
    void failedRecordsReturnTheirOriginalBytesWhenThereIsRoom() throws IOException {
        byte[] original = "not json".getBytes(StandardCharsets.UTF_8);

        FirehoseResponse.Plan plan = FirehoseResponse.plan(
                List.of(record("bad", original)), List.of(failed()), FirehoseResponse.MAX_RESPONSE_BYTES);

        JsonNode entry = written(plan).get("records").get(0);
        assertThat(entry.get("result").asText()).isEqualTo("ProcessingFailed");
        assertThat(entry.get("data").binaryValue()).isEqualTo(original);
    }

    @Test
    void escapedRecordIdsAreMeasuredExactly() throws IOException {
        List<FirehoseRecord> records =
                List.of(record("q\"uote\\", LINE), record("ctl\u0001\n", LINE), record("ü東🚀", LINE));

        FirehoseResponse.Plan plan =
                FirehoseResponse.plan(records, List.of(ok(), ok(), ok()), FirehoseResponse.MAX_RESPONSE_BYTES);

        assertThat(TestEvents.recordIds(written(plan))).containsExactly("q\"uote\\", "ctl\u0001\n", "ü東🚀");
    }

    @Test
    void aLimitBelowEvenTheEmptyAnswersFailsTheInvocation() {
        assertThatThrownBy(() -> FirehoseResponse.plan(List.of(record("a", LINE)), List.of(ok()), 40))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("1 records")
                .hasMessageContaining("limit of 40");
    }

    @Test
    void aBatchOfTinyChangesAtTheRealLimitStaysUnderIt() throws IOException {
        // Keys-only REMOVEs grow on conversion: near 6 MB of them cannot all be answered Ok.
        String change = "{\"awsRegion\":\"eu-west-1\",\"eventID\":\"%032d\",\"eventName\":\"REMOVE\","
                + "\"userIdentity\":null,\"tableName\":\"t\",\"dynamodb\":{\"ApproximateCreationDateTime\":"
                + "1764107910123456,\"Keys\":{\"pk\":{\"S\":\"k%d\"}},\"SizeBytes\":9}}";
        StringBuilder request = new StringBuilder("{\"records\":[");
        int count = 0;
        while (request.length() < FirehoseResponse.MAX_RESPONSE_BYTES - 1_000) {
            String data = java.util.Base64.getEncoder()
                    .encodeToString(String.format(change, count, count).getBytes(StandardCharsets.UTF_8));
            request.append(count == 0 ? "" : ",")
                    .append("{\"recordId\":\"r")
                    .append(count)
                    .append("\",\"approximateArrivalTimestamp\":1764107911000,\"data\":\"")
                    .append(data)
                    .append("\"}");
            count++;
        }
        request.append("]}");
        ByteArrayOutputStream response = new ByteArrayOutputStream();

        BatchReport report = new FirehoseBatchTransformer()
                .transform(
                        new java.io.ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)),
                        response);

        assertThat((long) response.size()).isLessThanOrEqualTo(FirehoseResponse.MAX_RESPONSE_BYTES);
        assertThat(report.records()).isEqualTo(count);
        assertThat(report.failuresByReason()).containsOnlyKeys(FailureReason.RESPONSE_SIZE_LIMIT);
        assertThat(report.ok()).isPositive();
        assertThat(TestEvents.json(response.toByteArray()).get("records")).hasSize(count);
    }
}
