package dev.ddbchanges.converter.firehose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.converter.record.FailureReason;
import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FirehoseBatchTransformerTest {

    @Test
    void anUnexpectedFailureCostsOneRecordNotTheBatch() throws IOException {
        FirehoseBatchTransformer transformer =
                Transformers.failingWith(new IllegalStateException("bug with item data: customer#1001"));
        ByteArrayOutputStream response = new ByteArrayOutputStream();

        BatchReport report =
                transformer.transform(new ByteArrayInputStream(TestEvents.event("insert-modify-remove")), response);

        assertThat(report.failuresByReason()).containsOnly(Map.entry(FailureReason.INTERNAL_ERROR, 4));
        assertThat(report.failureSamples().get(0).detail())
                .isEqualTo("converter failed unexpectedly: java.lang.IllegalStateException");
        assertThat(TestEvents.recordIds(TestEvents.json(response.toByteArray())))
                .containsExactlyElementsOf(
                        TestEvents.recordIds(TestEvents.json(TestEvents.event("insert-modify-remove"))));
    }

    @Test
    void theTransformerRefusesALimitAboveFirehoses() {
        assertThatThrownBy(() -> Transformers.withLimit(FirehoseResponse.MAX_RESPONSE_BYTES + 1))
                .hasMessageContaining("responseLimitBytes")
                .hasMessageContaining("6291457");
    }
}
