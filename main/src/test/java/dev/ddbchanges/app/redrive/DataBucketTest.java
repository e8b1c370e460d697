package dev.ddbchanges.app.redrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.config.EphemeralRequest;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DataBucketTest {
    private static final Path CDKTF_JSON = Path.of("cdktf.json");

    @Test
    void anEnvironmentsBucketIsTheStacksDataBucketInItsRegion() {
        assertThat(DataBucket.of(CDKTF_JSON, "prod", EphemeralRequest.NONE, Optional.empty()))
                .isEqualTo(new DataBucket("ddb-changes-prod-data-222222222222", "eu-central-1"));
    }

    @Test
    void aGivenBucketWinsAndKeepsTheEnvironmentsRegion() {
        assertThat(DataBucket.of(CDKTF_JSON, "dev", EphemeralRequest.NONE, Optional.of("my-copy")))
                .isEqualTo(new DataBucket("my-copy", "eu-central-1"));
    }

    @Test
    void anEnvironmentWithoutAccountOrSuffixNeedsTheBucketGiven() {
        Path minimal = Path.of("main/src/test/resources/settings/minimal.json");

        assertThatThrownBy(() -> DataBucket.of(minimal, "sandbox", EphemeralRequest.NONE, Optional.empty()))
                .hasMessage("environment sandbox sets neither nameSuffix nor accountId, so its bucket's name ends "
                        + "with the id of the account it was deployed to; give --bucket <name>");
    }
}
