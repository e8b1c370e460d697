package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import java.math.BigDecimal;
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
                OptionalInt.empty(), false, Defaults.LOG_RETENTION_DAYS,
                new StreamSettings("PROVISIONED", OptionalInt.of(1), Defaults.STREAM_RETENTION_HOURS),
                new ConverterSettings(Defaults.CONVERTER_MEMORY_MB, Defaults.CONVERTER_TIMEOUT_SECONDS,
                        OptionalInt.empty(), false),
                new DeliverySettings(Defaults.BUFFERING_INTERVAL_SECONDS, Defaults.BUFFERING_SIZE_MB,
                        Defaults.PROCESSOR_BUFFER_SIZE_MB, Defaults.PROCESSOR_BUFFER_INTERVAL_SECONDS,
                        Defaults.PROCESSOR_RETRIES),
                new QuerySettings(Optional.empty(), Defaults.QUERY_SCAN_LIMIT_MB,
                        Defaults.QUERY_RESULTS_EXPIRATION_DAYS),
                new MonitoringSettings(Optional.empty(), Defaults.ALARM_FRESHNESS_MULTIPLE,
                        Defaults.ALARM_ITERATOR_AGE_SECONDS, Defaults.ALARM_FAILED_RECORDS_THRESHOLD)));
    }

    @Test
    void everySettingIsReadWhenGiven() {
        EnvironmentSettings staging = only(SettingsLoader.load(TestApps.resource("settings/every-setting.json"),
                EphemeralRequest.NONE));

        assertThat(staging).isEqualTo(new EnvironmentSettings("staging", Optional.empty(), "orders-audit",
                "us-west-2", Optional.of("210987654321"), false, Optional.of("orders-audit-terraform-state"),
                "us-east-1", Optional.of("team7"), 14, false, 30, OptionalInt.of(365), true, 30,
                new StreamSettings("PROVISIONED", OptionalInt.of(4), 72),
                new ConverterSettings(1024, 120, OptionalInt.of(20), true),
                new DeliverySettings(300, 128, new BigDecimal("0.5"), 120, 5),
                new QuerySettings(Optional.of("cron(15 3 * * ? *)"), 2048, 7),
                new MonitoringSettings(Optional.of("data-team@example.com"), 5, 300, 10)));
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
        assertThat(dev.stateBucket()).as("dev is deployed from automation").isPresent();
        assertThat(dev.deletionProtection()).isFalse();
        assertThat(dev.logRetentionDays()).isEqualTo(14);
        assertThat(dev.stream().retentionHours()).isEqualTo(24);
        assertThat(dev.stream().mode()).isEqualTo("PROVISIONED");
        assertThat(dev.stream().shardCount()).hasValue(1);

        assertThat(prod.production()).isTrue();
        assertThat(prod.keyDeletionWindowDays()).isEqualTo(30);
        assertThat(prod.forceDestroy()).isFalse();
        assertThat(prod.noncurrentVersionExpirationDays()).isEqualTo(90);
        assertThat(prod.stateBucket()).isPresent();
        assertThat(prod.accountId()).isPresent();
        assertThat(prod.deletionProtection()).isTrue();
        assertThat(prod.logRetentionDays()).isEqualTo(365);
        assertThat(prod.stream().retentionHours()).isEqualTo(168);
        assertThat(prod.stream().mode()).isEqualTo("ON_DEMAND");
        assertThat(prod.stream().shardCount()).isEmpty();
        assertThat(prod.query().scanLimitMb()).isEqualTo(102400);
        assertThat(dev.query().scanLimitMb()).isEqualTo(1024);
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
    void aProvisionedStreamWithoutAShardCountGetsOneShardAndAnOnDemandStreamNone() {
        EnvironmentSettings provisioned = only(SettingsLoader.load(
                TestApps.resource("settings/provisioned-stream.json"), EphemeralRequest.NONE));

        assertThat(provisioned.stream()).isEqualTo(new StreamSettings("PROVISIONED", OptionalInt.of(1), 24));
        assertThat(only(SettingsLoader.load(TestApps.resource("settings/on-demand-stream.json"),
                EphemeralRequest.NONE)).stream()).isEqualTo(new StreamSettings("ON_DEMAND", OptionalInt.empty(), 24));
    }

    @Test
    void anEphemeralEnvironmentIsAlwaysDestroyableEvenWhenItsBaseKeepsBucketsAndProtectsItsTable() {
        List<EnvironmentSettings> environments = SettingsLoader.load(
                TestApps.resource("settings/every-setting.json"), EphemeralRequest.of("pr-1", "staging"));
        EnvironmentSettings staging = find(environments, "staging");
        EnvironmentSettings pr = find(environments, "pr-1");

        assertThat(staging.forceDestroy()).isFalse();
        assertThat(staging.deletionProtection()).isTrue();
        assertThat(pr.forceDestroy()).isTrue();
        assertThat(pr.deletionProtection()).isFalse();
        assertThat(pr).usingRecursiveComparison()
                .ignoringFields("name", "baseEnvironment", "forceDestroy", "deletionProtection").isEqualTo(staging);
    }

    private static EnvironmentSettings only(List<EnvironmentSettings> environments) {
        assertThat(environments).hasSize(1);
        return environments.get(0);
    }

    private static EnvironmentSettings find(List<EnvironmentSettings> environments, String name) {
        return environments.stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
