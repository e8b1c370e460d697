package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

    @Test
    void aMissingSettingTakesItsDocumentedDefault() {
        EnvironmentSettings sandbox = only(SettingsLoader.load(TestApps.resource("settings/minimal.json"),
                EphemeralRequest.NONE));

        assertThat(sandbox).isEqualTo(new EnvironmentSettings("sandbox", Optional.empty(), Defaults.PROJECT,
                Defaults.REGION, Optional.empty(), false, Optional.empty(), Defaults.REGION, Optional.empty(),
                Defaults.KEY_DELETION_WINDOW_DAYS, true, Defaults.NONCURRENT_VERSION_EXPIRATION_DAYS,
                OptionalInt.empty()));
    }

    @Test
    void everySettingIsReadWhenGiven() {
        EnvironmentSettings staging = only(SettingsLoader.load(TestApps.resource("settings/every-setting.json"),
                EphemeralRequest.NONE));

        assertThat(staging).isEqualTo(new EnvironmentSettings("staging", Optional.empty(), "orders-audit",
                "us-west-2", Optional.of("210987654321"), false, Optional.of("orders-audit-terraform-state"),
                "us-east-1", Optional.of("team7"), 14, false, 30, OptionalInt.of(365)));
        assertThat(staging.stateKey()).isEqualTo("orders-audit/staging/terraform.tfstate");
    }

    @Test
    void productionTakesTheSaferDefaults() {
        List<EnvironmentSettings> shipped = SettingsLoader.load(TestApps.CDKTF_JSON, EphemeralRequest.NONE);
        EnvironmentSettings dev = find(shipped, "dev");
        EnvironmentSettings prod = find(shipped, "prod");

        assertThat(dev.production()).isFalse();
        assertThat(dev.keyDeletionWindowDays()).isEqualTo(7);
        assertThat(dev.forceDestroy()).isTrue();
        assertThat(dev.noncurrentVersionExpirationDays()).isEqualTo(7);
        assertThat(dev.stateBucket()).isEmpty();

        assertThat(prod.production()).isTrue();
        assertThat(prod.keyDeletionWindowDays()).isEqualTo(30);
        assertThat(prod.forceDestroy()).isFalse();
        assertThat(prod.noncurrentVersionExpirationDays()).isEqualTo(90);
        assertThat(prod.stateBucket()).isPresent();
        assertThat(prod.accountId()).isPresent();
    }

    @Test
    void anEphemeralEnvironmentInheritsItsBaseUnderItsOwnName() {
        List<EnvironmentSettings> environments = SettingsLoader.load(TestApps.CDKTF_JSON,
                EphemeralRequest.of("pr-123", "dev"));
        EnvironmentSettings dev = find(environments, "dev");
        EnvironmentSettings pr = find(environments, "pr-123");

        assertThat(environments).extracting(EnvironmentSettings::name).containsExactly("dev", "prod", "pr-123");
        assertThat(pr.baseEnvironment()).contains("dev");
        assertThat(pr).usingRecursiveComparison().ignoringFields("name", "baseEnvironment").isEqualTo(dev);
        assertThat(pr.stateKey()).isNotEqualTo(dev.stateKey());
        assertThat(StateFiles.localPath(pr.name())).isNotEqualTo(StateFiles.localPath(dev.name()));
    }

    @Test
    void anEphemeralEnvironmentIsAlwaysDestroyableEvenWhenItsBaseKeepsBuckets() {
        List<EnvironmentSettings> environments = SettingsLoader.load(
                TestApps.resource("settings/every-setting.json"), EphemeralRequest.of("pr-1", "staging"));

        assertThat(find(environments, "staging").forceDestroy()).isFalse();
        assertThat(find(environments, "pr-1").forceDestroy()).isTrue();
    }

    private static EnvironmentSettings only(List<EnvironmentSettings> environments) {
        assertThat(environments).hasSize(1);
        return environments.get(0);
    }

    private static EnvironmentSettings find(List<EnvironmentSettings> environments, String name) {
        return environments.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
