package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

/** The event files through the handler, as the Lambda runtime calls a stream handler: raw bytes in and out. */
class FirehoseTransformationHandlerTest {

    static final java.util.List<String> EVENTS = TestEvents.ALL;

    @ParameterizedTest(name = "{0}")
    @FieldSource("EVENTS")
    void answersEveryRecordAsExpected(String name) throws IOException {
        FakeLambdaContext fake = new FakeLambdaContext(getClass().getClassLoader());

        byte[] response = invoke(new FirehoseTransformationHandler("Test/Converter"), TestEvents.event(name), fake);

        TestEvents.assertResponseMatchesExpected(name, response);
        assertThat(fake.logLines).hasSize(1);
        JsonNode log = TestEvents.json(fake.logLines.get(0).getBytes(StandardCharsets.UTF_8));
        long failures = TestEvents.expectedFailureCounts(name).values().stream().mapToLong(Long::longValue).sum();
        assertThat(log.get("Records").asLong()).isEqualTo(TestEvents.expected(name).size());
        assertThat(log.get("RecordsProcessingFailed").asLong()).isEqualTo(failures);
        assertThat(log.get("RecordsOk").asLong()).isEqualTo(TestEvents.expected(name).size() - failures);
        assertThat(log.get("ResponseBytes").asLong()).isEqualTo(response.length);
        assertThat(log.get("FunctionName").asText()).isEqualTo(FakeLambdaContext.FUNCTION_NAME);
        assertThat(log.at("/_aws/CloudWatchMetrics/0/Namespace").asText()).isEqualTo("Test/Converter");
        Map<String, Long> countedReasons = new TreeMap<>();
        log.fieldNames().forEachRemaining(field -> {
            if (field.startsWith("RecordsProcessingFailed_")) {
                countedReasons.put(field.substring("RecordsProcessingFailed_".length()), log.get(field).asLong());
            }
        });
        assertThat(countedReasons).isEqualTo(TestEvents.expectedFailureCounts(name));
    }

    @Test
    void emptyBatchGetsAnEmptyResponse() throws IOException {
        FakeLambdaContext fake = new FakeLambdaContext(getClass().getClassLoader());

        byte[] response = invoke(new FirehoseTransformationHandler(null), TestEvents.event("empty-batch"), fake);

        assertThat(new String(response, StandardCharsets.UTF_8)).isEqualTo("{\"records\":[]}");
    }

    @Test
    void metricsNamespaceDefaultsAndIsValidated() {
        assertThat(FirehoseTransformationHandler.validNamespace(null))
                .isEqualTo(FirehoseTransformationHandler.DEFAULT_METRICS_NAMESPACE);
        assertThat(FirehoseTransformationHandler.validNamespace(" "))
                .isEqualTo(FirehoseTransformationHandler.DEFAULT_METRICS_NAMESPACE);
        assertThatThrownBy(() -> FirehoseTransformationHandler.validNamespace("AWS/Lambda"))
                .hasMessageContaining("METRICS_NAMESPACE").hasMessageContaining("AWS/Lambda");
        assertThatThrownBy(() -> FirehoseTransformationHandler.validNamespace("x".repeat(256)))
                .hasMessageContaining("at most 255");
    }

    @Test
    void aRequestThatIsNotAFirehoseEventFailsTheInvocationWithoutEchoingIt() {
        FirehoseTransformationHandler handler = new FirehoseTransformationHandler(null);
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

    private static byte[] invoke(FirehoseTransformationHandler handler, byte[] request, FakeLambdaContext fake)
            throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(request), response, (Context) fake.context);
        return response.toByteArray();
    }
}
