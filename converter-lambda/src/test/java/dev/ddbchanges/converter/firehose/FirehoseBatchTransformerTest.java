package dev.ddbchanges.converter.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.converter.record.FailureReason;
import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirehoseBatchTransformerTest {

    @Test
    void anUnexpectedFailureCostsOneRecordNotTheBatch() throws IOException {
        Outcome outcome = insertModifyRemove(
                Transformers.failingWith(new IllegalStateException("bug with item data: customer#1001")));

        assertThat(outcome.report.failuresByReason()).containsOnly(Map.entry(FailureReason.INTERNAL_ERROR, 4));
        assertThat(outcome.report.failureSamples().get(0).detail())
                .isEqualTo("converter failed unexpectedly: java.lang.IllegalStateException");
        assertThat(TestEvents.recordIds(TestEvents.json(outcome.response)))
                .containsExactlyElementsOf(
                        TestEvents.recordIds(TestEvents.json(TestEvents.event("insert-modify-remove"))));
    }

    /** DirectEnvelope only declines; if it throws, the Jackson reader answers as it would have, and it is reported. */
    @Test
    void aBugInTheDirectEnvelopeReaderCostsNoRecordAndIsReported() throws IOException {
        Outcome outcome = insertModifyRemove(
                Transformers.envelopeFailingWith(new IllegalStateException("bug quoting the request: c2VjcmV0")));

        TestEvents.assertResponseMatchesExpected("insert-modify-remove", outcome.response);
        assertThat(outcome.report.envelopeFallback())
                .startsWith("java.lang.IllegalStateException at " + getClass().getName() + ".")
                .doesNotContain("c2VjcmV0");
    }

    @Test
    void aRequestTheDirectEnvelopeReaderReadsOrDeclinesIsNoFallback() throws IOException {
        byte[] declined = "{\"invocationId\":\"caf\\u00e9\",\"records\":[]}".getBytes(StandardCharsets.UTF_8);
        for (byte[] request : List.of(TestEvents.event("insert-modify-remove"), declined)) {
            BatchReport report = transform(new FirehoseBatchTransformer(), request, new ByteArrayOutputStream());

            assertThat(report.envelopeFallback()).isNull();
        }
    }

    /** A record the direct transcoder declines (a binary attribute), which the Jackson path converts. */
    private static final String SLOW_PATH_RECORD = """
            {"awsRegion":"eu-west-1","eventID":"e1","eventName":"INSERT","userIdentity":null,\
            "tableName":"items","dynamodb":{"ApproximateCreationDateTime":1764107910123,\
            "Keys":{"pk":{"S":"k1"}},"NewImage":{"pk":{"S":"k1"},"b":{"B":"AQ=="}},"SizeBytes":10}}""";

    private static final String NOTHING_FITS =
            "{\"records\":[{\"recordId\":\"r1\",\"result\":\"ProcessingFailed\",\"data\":\"\"}]}";

    @Test
    void aSlowPathLineTheResponseHasNoRoomForIsNotCountedAsSlowPath() throws IOException {
        String data = Base64.getEncoder().encodeToString(SLOW_PATH_RECORD.getBytes(StandardCharsets.UTF_8));
        byte[] request =
                ("{\"records\":[{\"recordId\":\"r1\",\"data\":\"" + data + "\"}]}").getBytes(StandardCharsets.UTF_8);

        BatchReport roomy = transform(
                Transformers.withLimit(FirehoseResponse.MAX_RESPONSE_BYTES), request, new ByteArrayOutputStream());
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        BatchReport full = transform(Transformers.withLimit(NOTHING_FITS.length()), request, response);

        assertThat(roomy.ok()).isEqualTo(1);
        assertThat(roomy.slowPath()).as("converted Ok by the Jackson path").isEqualTo(1);
        assertThat(response.toString(StandardCharsets.UTF_8)).isEqualTo(NOTHING_FITS);
        assertThat(full.failuresByReason()).containsOnly(Map.entry(FailureReason.RESPONSE_SIZE_LIMIT, 1));
        assertThat(full.slowPath())
                .as("answered ProcessingFailed, so not slow path")
                .isZero();
    }

    @Test
    void theTransformerRefusesALimitAboveFirehoses() {
        assertThatThrownBy(() -> Transformers.withLimit(FirehoseResponse.MAX_RESPONSE_BYTES + 1))
                .hasMessageContaining("responseLimitBytes")
                .hasMessageContaining("6291457");
    }

    private record Outcome(BatchReport report, byte[] response) {}

    private static Outcome insertModifyRemove(FirehoseBatchTransformer transformer) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        BatchReport report = transform(transformer, TestEvents.event("insert-modify-remove"), response);
        return new Outcome(report, response.toByteArray());
    }

    private static BatchReport transform(
            FirehoseBatchTransformer transformer, byte[] request, ByteArrayOutputStream response) throws IOException {
        return transformer.transform(new ByteArrayInputStream(request), response);
    }
}
