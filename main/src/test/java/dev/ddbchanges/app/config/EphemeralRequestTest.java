package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EphemeralRequestTest {

    @Test
    void nothingAskedMeansNoEphemeralEnvironment() {
        EphemeralRequest request = EphemeralRequest.from(List.of(), Map.of());

        assertThat(request.name()).isEmpty();
    }

    @Test
    void theVariablesNameItAndItsBase() {
        EphemeralRequest request =
                EphemeralRequest.from(List.of(), Map.of("DDB_CHANGES_ENVIRONMENT", "pr-9", "DDB_CHANGES_BASE", "qa"));

        assertThat(request).isEqualTo(EphemeralRequest.of("pr-9", "qa"));
    }

    @Test
    void theBaseDefaultsToDev() {
        assertThat(EphemeralRequest.from(List.of(), Map.of("DDB_CHANGES_ENVIRONMENT", "pr-9"))
                        .base())
                .isEqualTo(EphemeralRequest.DEFAULT_BASE)
                .isEqualTo("dev");
    }

    @Test
    void argumentsWinOverVariables() {
        EphemeralRequest request = EphemeralRequest.from(
                List.of("--environment=pr-10", "--base=qa"),
                Map.of("DDB_CHANGES_ENVIRONMENT", "pr-9", "DDB_CHANGES_BASE", "dev"));

        assertThat(request).isEqualTo(EphemeralRequest.of("pr-10", "qa"));
    }

    @Test
    void anUnknownArgumentIsRefusedWithTheOnesThatExist() {
        assertThatThrownBy(() -> EphemeralRequest.from(List.of("--env=pr-1"), Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown argument '--env=pr-1'; allowed: --environment=<name> and "
                        + "--base=<declared environment>");
    }
}
