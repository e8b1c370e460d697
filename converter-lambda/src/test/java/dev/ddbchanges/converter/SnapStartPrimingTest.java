package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.converter.firehose.FirehoseBatchTransformer;
import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SnapStartPrimingTest {

    @Test
    void onlyASnapStartInitializationPrimes() {
        assertThat(SnapStartPriming.requested("snap-start")).isTrue();
        assertThat(SnapStartPriming.requested("on-demand")).isFalse();
        assertThat(SnapStartPriming.requested("provisioned-concurrency")).isFalse();
        assertThat(SnapStartPriming.requested(null)).isFalse();
        int[] batches = {0};
        SnapStartPriming.prime((request, response) -> {
            batches[0]++;
            new FirehoseBatchTransformer().transform(request, response);
        });
        assertThat(batches[0]).isEqualTo(SnapStartPriming.ROUNDS);
        assertThatCode(() -> new FirehoseTransformationHandler(null, "snap-start", SnapStartPriming::prime))
                .doesNotThrowAnyException();
    }

    @Test
    void theHandlerPrimesItsOwnTransformerOnceUnderSnapStart() throws IOException {
        List<SnapStartPriming.Batch> primed = new ArrayList<>();

        new FirehoseTransformationHandler(null, "snap-start", primed::add);

        assertThat(primed).hasSize(1);
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        primed.get(0).convert(new ByteArrayInputStream(TestEvents.event("insert-modify-remove")), response);
        TestEvents.assertResponseMatchesExpected("insert-modify-remove", response.toByteArray());
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"on-demand", "provisioned-concurrency", ""})
    void theHandlerDoesNotPrimeOtherwise(String initializationType) {
        List<SnapStartPriming.Batch> primed = new ArrayList<>();

        new FirehoseTransformationHandler(null, initializationType, primed::add);

        assertThat(primed).isEmpty();
    }

    @Test
    void aPrimingFailureFailsTheInitialization() {
        assertThatThrownBy(() -> new FirehoseTransformationHandler(null, "snap-start", batch -> {
                    throw new IllegalStateException("the sample batch did not convert");
                }))
                .hasMessage("the sample batch did not convert");
    }
}
