package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.ddbchanges.converter.firehose.FirehoseBatchTransformer;
import org.junit.jupiter.api.Test;

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
        assertThatCode(() -> new FirehoseTransformationHandler(null, "snap-start"))
                .doesNotThrowAnyException();
    }
}
