package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.contract.ConverterMetrics;
import dev.ddbchanges.converter.firehose.BatchReport;
import dev.ddbchanges.converter.firehose.FirehoseBatchTransformer;
import dev.ddbchanges.converter.firehose.MalformedFirehoseEventException;
import dev.ddbchanges.converter.record.FailureReason;
import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** The event files through the handler, as the Lambda runtime calls a stream handler: raw bytes in and out. */
class FirehoseTransformationHandlerTest {

    static final List<String> EVENTS = TestEvents.ALL;
    /** Records of each event that convert, but not on the direct path (binary, escapes, non-ASCII, ...). */
    private static final Map<String, Long> SLOW_PATH = Map.of(
            "insert-modify-remove",
            0L,
            "ttl-delete-microseconds",
            0L,
            "all-attribute-types",
            2L,
            "bad-records",
            0L,
            "empty-batch",
            0L);

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    void answersEveryRecordAsExpected(String name) throws IOException {
        FakeLambdaContext fake = new FakeLambdaContext(getClass().getClassLoader());

        byte[] response = invoke(handler("Test/Converter"), TestEvents.event(name), fake);

        TestEvents.assertResponseMatchesExpected(name, response);
        assertThat(fake.logLines).hasSize(1);
        JsonNode log = TestEvents.json(fake.logLines.get(0).getBytes(StandardCharsets.UTF_8));
        long failures = TestEvents.expectedFailureCounts(name).values().stream()
                .mapToLong(Long::longValue)
                .sum();
        assertThat(log.get("Records").asLong())
                .isEqualTo(TestEvents.expected(name).size());
        assertThat(log.get("RecordsProcessingFailed").asLong()).isEqualTo(failures);
        assertThat(log.get("RecordsOk").asLong())
                .isEqualTo(TestEvents.expected(name).size() - failures);
        assertThat(log.get("RecordsSlowPath").asLong()).as("RecordsSlowPath").isEqualTo(SLOW_PATH.get(name));
        assertThat(log.get("ResponseBytes").asLong()).isEqualTo(response.length);
        assertThat(log.get("BytesIn").asLong()).isEqualTo(decodedBytes(TestEvents.json(TestEvents.event(name)), false));
        assertThat(log.get("BytesOut").asLong()).isEqualTo(decodedBytes(TestEvents.json(response), true));
        assertThat(log.get("failures")).hasSize((int) Math.min(failures, 10));
        assertThat(log.get("FunctionName").asText()).isEqualTo(FakeLambdaContext.FUNCTION_NAME);
        assertThat(log.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("Test/Converter");
        Map<String, Long> countedReasons = new TreeMap<>();
        log.fieldNames().forEachRemaining(field -> {
            if (field.startsWith("RecordsProcessingFailed_")) {
                countedReasons.put(
                        field.substring("RecordsProcessingFailed_".length()),
                        log.get(field).asLong());
            }
        });
        assertThat(countedReasons).isEqualTo(TestEvents.expectedFailureCounts(name));
    }

    /** One handler, as Lambda keeps it warm: each line counts its own batch, not every batch so far. */
    @Test
    void recordsSlowPathIsCountedPerBatchByAHandlerThatIsReused() throws IOException {
        FirehoseTransformationHandler handler = handler("Test/Converter");
        FakeLambdaContext fake = new FakeLambdaContext(getClass().getClassLoader());

        for (String name : List.of("all-attribute-types", "all-attribute-types", "insert-modify-remove")) {
            invoke(handler, TestEvents.event(name), fake);
        }

        assertThat(fake.logLines).hasSize(3);
        assertThat(fake.logLines.stream()
                        .map(line -> TestEvents.json(line.getBytes(StandardCharsets.UTF_8)))
                        .map(log -> log.get("RecordsSlowPath").asLong()))
                .containsExactly(2L, 2L, 0L);
    }

    @Test
    void emptyBatchGetsAnEmptyResponse() throws IOException {
        FakeLambdaContext fake = new FakeLambdaContext(getClass().getClassLoader());

        byte[] response = invoke(handler(null), TestEvents.event("empty-batch"), fake);

        assertThat(new String(response, StandardCharsets.UTF_8)).isEqualTo("{\"records\":[]}");
    }

    @Test
    void metricsNamespaceDefaultsAndIsValidated() {
        assertThat(FirehoseTransformationHandler.validNamespace(null)).isEqualTo(ConverterMetrics.DEFAULT_NAMESPACE);
        assertThat(FirehoseTransformationHandler.validNamespace(" ")).isEqualTo(ConverterMetrics.DEFAULT_NAMESPACE);
        assertThatThrownBy(() -> FirehoseTransformationHandler.validNamespace("AWS/Lambda"))
                .hasMessageContaining("METRICS_NAMESPACE")
                .hasMessageContaining("AWS/Lambda");
        assertThatThrownBy(() -> FirehoseTransformationHandler.validNamespace("x".repeat(256)))
                .hasMessageContaining("1 to 255 characters");
        assertThatThrownBy(() -> FirehoseTransformationHandler.validNamespace("Team/Convérter"))
                .hasMessageContaining("Team/Convérter");
        assertThatThrownBy(() -> FirehoseTransformationHandler.validNamespace(":Team"))
                .hasMessageContaining("\":\"");
        assertThat(FirehoseTransformationHandler.validNamespace("Team-A/ddb_changes #1:dev"))
                .isEqualTo("Team-A/ddb_changes #1:dev");
    }

    @Test
    void aRequestThatIsNotAFirehoseEventFailsTheInvocationWithoutEchoingIt() {
        FirehoseTransformationHandler handler = handler(null);
        FakeLambdaContext fake = new FakeLambdaContext(getClass().getClassLoader());
        byte[] secret = "{\"records\":[{\"data\":\"c2VjcmV0\"}], \"x\": secret-value}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> invoke(handler, secret, fake))
                .isInstanceOf(MalformedFirehoseEventException.class)
                .hasMessageContaining("records[0]")
                .hasMessageNotContaining("c2VjcmV0");
        assertThatThrownBy(() -> invoke(handler, "{\"x\": secret-value}".getBytes(StandardCharsets.UTF_8), fake))
                .isInstanceOf(MalformedFirehoseEventException.class)
                .hasMessageContaining("line 1")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> invoke(handler, "{\"invocationId\":\"x\"}".getBytes(StandardCharsets.UTF_8), fake))
                .isInstanceOf(MalformedFirehoseEventException.class)
                .hasMessageContaining("no \"records\" array");
        assertThat(fake.logLines).isEmpty();
    }

    @Test
    void aRequestThatNamesAFieldTwiceIsNotAFirehoseEventWhereverTheNameIs() {
        FirehoseTransformationHandler handler = handler(null);
        FakeLambdaContext fake = new FakeLambdaContext(getClass().getClassLoader());
        String record = "{\"recordId\":\"1\",\"data\":\"e30=\",\"kinesisRecordMetadata\":{\"shardId\":\"s\"%s}}";
        // A field we read, one we skip inside an object we read, and one deep in a part we skip.
        for (String request : List.of(
                "{\"records\":[" + record.formatted("") + "],\"records\":[]}",
                "{\"records\":[" + record.formatted(",\"partitionKey\":\"a\",\"partitionKey\":\"b\"") + "]}",
                "{\"x\":[{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"a\":0}],"
                        + "\"records\":[]}")) {
            assertThatThrownBy(() -> invoke(handler, request.getBytes(StandardCharsets.UTF_8), fake))
                    .as(request)
                    .isInstanceOf(MalformedFirehoseEventException.class)
                    .hasMessageMatching("request is not valid JSON \\(line 1, column \\d+\\)");
        }
    }

    @Test
    void primingForASnapStartSnapshotCoversEveryOutcomeLogsNothingAndChangesNoAnswer() throws IOException {
        byte[] priming;
        try (InputStream in = getClass().getResourceAsStream(SnapStartPriming.REQUEST)) {
            priming = in.readAllBytes();
        }
        BatchReport report = new FirehoseBatchTransformer()
                .transform(new ByteArrayInputStream(priming), new ByteArrayOutputStream());
        assertThat(report.ok()).isPositive();
        assertThat(report.failuresByReason().keySet())
                .containsExactlyInAnyOrderElementsOf(EnumSet.complementOf(
                        EnumSet.of(FailureReason.RESPONSE_SIZE_LIMIT, FailureReason.INTERNAL_ERROR)));

        FirehoseTransformationHandler handler = handler("Test/Converter");
        PrintStream stdout = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            handler.prime();
        } finally {
            System.setOut(stdout);
        }
        assertThat(printed.size()).as("priming logs no metrics").isZero();
        FakeLambdaContext fake = new FakeLambdaContext(getClass().getClassLoader());
        TestEvents.assertResponseMatchesExpected(
                "insert-modify-remove", invoke(handler, TestEvents.event("insert-modify-remove"), fake));
        assertThat(fake.logLines).hasSize(1);
    }

    /** A handler as Lambda initializes it without SnapStart, which must not prime. */
    private static FirehoseTransformationHandler handler(String metricsNamespace) {
        return new FirehoseTransformationHandler(metricsNamespace, null, batch -> {
            throw new AssertionError("primed outside a SnapStart initialization");
        });
    }

    /** The decoded size of every record's data (only the Ok ones when {@code okOnly}); undecodable data counts 0. */
    private static long decodedBytes(JsonNode requestOrResponse, boolean okOnly) {
        long bytes = 0;
        for (JsonNode record : requestOrResponse.get("records")) {
            if (okOnly && !record.get("result").asText().equals("Ok")) {
                continue;
            }
            try {
                bytes += Base64.getDecoder().decode(record.path("data").asText("")).length;
            } catch (IllegalArgumentException notBase64) {
                // counts nothing, as the handler counts it
            }
        }
        return bytes;
    }

    private static byte[] invoke(FirehoseTransformationHandler handler, byte[] request, FakeLambdaContext fake)
            throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(request), response, (Context) fake.context);
        return response.toByteArray();
    }
}
