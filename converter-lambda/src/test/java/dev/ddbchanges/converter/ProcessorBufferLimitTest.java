package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.contract.ProcessorBatches;
import dev.ddbchanges.converter.testing.SmallestBatches;
import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The largest processor buffer validation allows is the largest whose batches of the smallest change records Lambda
 * accepts: its request and its response fit in 6 MB, and a tenth of a MB more would not.
 */
class ProcessorBufferLimitTest {
    private static final long LAMBDA_PAYLOAD_LIMIT = 6_291_456;

    @Test
    void aFullBufferOfTheSmallestRecordsFitsInBothDirections() throws IOException {
        SmallestBatches.Batch batch = SmallestBatches.of(ProcessorBatches.MAX_BUFFER_MB);
        ByteArrayOutputStream response = new ByteArrayOutputStream();

        new FirehoseTransformationHandler().handleRequest(new ByteArrayInputStream(batch.request()), response, (Context)
                new FakeLambdaContext(getClass().getClassLoader()).context);

        assertThat(batch.dataBytes()).isGreaterThan(2_300_000L);
        assertThat((long) batch.request().length).isLessThanOrEqualTo(LAMBDA_PAYLOAD_LIMIT);
        assertThat((long) response.size()).isLessThanOrEqualTo(LAMBDA_PAYLOAD_LIMIT);
        JsonNode records = TestEvents.json(response.toByteArray()).get("records");
        assertThat(records).hasSize(batch.records());
        records.forEach(record -> assertThat(record.get("result").asText()).isEqualTo("Ok"));
    }

    @Test
    void aTenthOfAMegabyteMoreWouldMakeARequestLambdaRefuses() {
        SmallestBatches.Batch batch = SmallestBatches.of(ProcessorBatches.MAX_BUFFER_MB.add(new BigDecimal("0.1")));

        assertThat((long) batch.request().length).isGreaterThan(LAMBDA_PAYLOAD_LIMIT);
    }
}
