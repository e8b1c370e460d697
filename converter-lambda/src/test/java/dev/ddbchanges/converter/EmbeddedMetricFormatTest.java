package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.converter.firehose.BatchReport;
import dev.ddbchanges.converter.record.FailureReason;
import dev.ddbchanges.converter.testing.TestEvents;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EmbeddedMetricFormatTest {

    private static BatchReport report(Map<FailureReason, Integer> failures, int ok) {
        int failed = failures.values().stream().mapToInt(Integer::intValue).sum();
        return new BatchReport(
                "inv-1",
                "arn:aws:firehose:eu-west-1:123456789012:deliverystream/d",
                ok + failed,
                ok,
                failed,
                4,
                failures,
                1234,
                2345,
                3456,
                List.of(new BatchReport.FailureSample("rec-9", FailureReason.INVALID_JSON, "record is empty")),
                null);
    }

    @Test
    void everyDeclaredMetricHasANumericValueAndTheDimensionHasAValue() {
        String line = EmbeddedMetricFormat.render(
                report(Map.of(FailureReason.INVALID_JSON, 2, FailureReason.MISSING_FIELD, 1), 7),
                "Test/Converter",
                "fn-dev",
                1_764_107_911_000L);

        assertThat(line).doesNotContain("\n");
        JsonNode log = TestEvents.json(line.getBytes(StandardCharsets.UTF_8));
        JsonNode directive = log.at("/_aws/CloudWatchMetrics/0");
        assertThat(log.at("/_aws/Timestamp").asLong()).isEqualTo(1_764_107_911_000L);
        assertThat(directive.get("Namespace").asText()).isEqualTo("Test/Converter");
        assertThat(directive.at("/Dimensions/0/0").asText()).isEqualTo("FunctionName");
        assertThat(log.get("FunctionName").asText()).isEqualTo("fn-dev");
        Set<String> declared = new HashSet<>();
        for (JsonNode metric : directive.get("Metrics")) {
            declared.add(metric.get("Name").asText());
            assertThat(metric.get("Unit").asText()).isIn("Count", "Bytes");
            assertThat(log.get(metric.get("Name").asText()).isNumber())
                    .as(metric.toString())
                    .isTrue();
        }
        assertThat(declared)
                .containsExactlyInAnyOrder(
                        "Records",
                        "RecordsOk",
                        "RecordsProcessingFailed",
                        "RecordsSlowPath",
                        "RecordsProcessingFailed_invalid_json",
                        "RecordsProcessingFailed_missing_field",
                        "BytesIn",
                        "BytesOut",
                        "ResponseBytes");
        assertThat(log.get("Records").asInt()).isEqualTo(10);
        assertThat(log.get("RecordsProcessingFailed").asInt()).isEqualTo(3);
        assertThat(log.get("RecordsProcessingFailed_invalid_json").asInt()).isEqualTo(2);
        assertThat(log.get("RecordsSlowPath").asInt()).isEqualTo(4);
        assertThat(log.at("/failures/0/recordId").asText()).isEqualTo("rec-9");
        assertThat(log.at("/failures/0/reason").asText()).isEqualTo("invalid_json");
    }

    @Test
    void anEnvelopeFallbackIsCountedAndNamedOnlyWhenOneHappened() {
        BatchReport clean = report(Map.of(), 5);
        BatchReport fallback = new BatchReport(
                clean.invocationId(),
                clean.deliveryStreamArn(),
                clean.records(),
                clean.ok(),
                clean.processingFailed(),
                clean.slowPath(),
                clean.failuresByReason(),
                clean.bytesIn(),
                clean.bytesOut(),
                clean.responseBytes(),
                clean.failureSamples(),
                "java.lang.ArrayIndexOutOfBoundsException at JsonCursor.string(JsonCursor.java:1)");

        JsonNode log = TestEvents.json(
                EmbeddedMetricFormat.render(fallback, "N", "fn", 0L).getBytes(StandardCharsets.UTF_8));
        JsonNode none = TestEvents.json(
                EmbeddedMetricFormat.render(clean, "N", "fn", 0L).getBytes(StandardCharsets.UTF_8));

        assertThat(log.at("/_aws/CloudWatchMetrics/0/Metrics").findValuesAsText("Name"))
                .contains("EnvelopeFallbacks");
        assertThat(log.get("EnvelopeFallbacks").asInt()).isEqualTo(1);
        assertThat(log.get("envelopeFallback").asText())
                .isEqualTo("java.lang.ArrayIndexOutOfBoundsException at JsonCursor.string(JsonCursor.java:1)");
        assertThat(none.at("/_aws/CloudWatchMetrics/0/Metrics").findValuesAsText("Name"))
                .doesNotContain("EnvelopeFallbacks");
        assertThat(none.has("EnvelopeFallbacks")).isFalse();
        assertThat(none.has("envelopeFallback")).isFalse();
    }

    @Test
    void aCleanBatchStillEmitsTheFailedCountSoTheAlarmSeesZeroNotMissingData() {
        JsonNode log = TestEvents.json(
                EmbeddedMetricFormat.render(report(Map.of(), 5), "N", "fn", 0L).getBytes(StandardCharsets.UTF_8));

        assertThat(log.get("RecordsProcessingFailed").asInt()).isZero();
        assertThat(log.at("/_aws/CloudWatchMetrics/0/Metrics").findValuesAsText("Name"))
                .noneMatch(name -> name.startsWith("RecordsProcessingFailed_"));
    }
}
