package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.ddbchanges.app.TestApps;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SettingsLoaderTest {

    @Test
    void aMissingSettingTakesItsDocumentedDefault() {
        EnvironmentSettings sandbox =
                only(SettingsLoader.load(TestApps.resource("settings/minimal.json"), EphemeralRequest.NONE));

        assertThat(sandbox)
                .isEqualTo(EnvironmentSettings.builder()
                        .name("sandbox")
                        .project("ddb-changes")
                        .region("eu-central-1")
                        .production(false)
                        .sharedAccount(false)
                        .stateRegion("eu-central-1")
                        .keyDeletionWindowDays(7)
                        .forceDestroy(true)
                        .noncurrentVersionExpirationDays(7)
                        .deletionProtection(false)
                        .accessLogging(false)
                        .automation(false)
                        .logRetentionDays(14)
                        .streamMode("PROVISIONED")
                        .streamShardCount(OptionalInt.of(1))
                        .streamRetentionHours(24)
                        .converterMemoryMb(512)
                        .converterTimeoutSeconds(60)
                        .converterSnapStart(false)
                        .bufferingIntervalSeconds(60)
                        .bufferingSizeMb(64)
                        .processorBufferSizeMb(new BigDecimal("1"))
                        .processorBufferIntervalSeconds(60)
                        .processorRetries(3)
                        .crawlerSchedule(Optional.of("cron(30 0 * * ? *)"))
                        .adoptCrawlerTable(false)
                        .queryScanLimitMb(1024)
                        .queryResultsExpirationDays(30)
                        .currentStateTable(true)
                        .currentStateRefreshMinutes(60)
                        .alarmFreshnessMultiple(3)
                        .alarmIteratorAgeSeconds(600)
                        .alarmFailedRecordsThreshold(0)
                        .alarmReplicationAgeSeconds(300)
                        .build());
    }

    @Test
    void nullMeansTheDefaultForEverySetting() {
        assertThat(SettingsLoader.load(TestApps.resource("settings/all-null.json"), EphemeralRequest.NONE))
                .isEqualTo(SettingsLoader.load(TestApps.resource("settings/minimal.json"), EphemeralRequest.NONE));
    }

    @Test
    void aWholeNumberWrittenWithAFractionOrAnExponentIsThatNumber() {
        EnvironmentSettings dev = only(SettingsLoader.load(
                TestApps.resource("settings/whole-numbers-with-fractions.json"), EphemeralRequest.NONE));

        assertThat(dev.keyDeletionWindowDays()).isEqualTo(14);
        assertThat(dev.converter().memoryMb()).isEqualTo(1024);
    }

    @Test
    void everySettingIsReadWhenGiven() {
        EnvironmentSettings staging =
                only(SettingsLoader.load(TestApps.resource("settings/every-setting.json"), EphemeralRequest.NONE));

        assertThat(staging)
                .isEqualTo(EnvironmentSettings.builder()
                        .name("staging")
                        .project("orders-audit")
                        .region("us-west-2")
                        .accountId(Optional.of("210987654321"))
                        .production(false)
                        .sharedAccount(false)
                        .stateBucket(Optional.of("orders-audit-terraform-state"))
                        .stateRegion("us-east-1")
                        .nameSuffix(Optional.of("team7"))
                        .keyDeletionWindowDays(14)
                        .forceDestroy(false)
                        .noncurrentVersionExpirationDays(30)
                        .dataExpirationDays(OptionalInt.of(365))
                        .deletionProtection(true)
                        .accessLogging(true)
                        .automation(false)
                        .logRetentionDays(30)
                        .streamMode("PROVISIONED")
                        .streamShardCount(OptionalInt.of(4))
                        .streamRetentionHours(72)
                        .converterMemoryMb(1024)
                        .converterTimeoutSeconds(120)
                        .converterReservedConcurrency(OptionalInt.of(20))
                        .converterSnapStart(true)
                        .bufferingIntervalSeconds(300)
                        .bufferingSizeMb(128)
                        .processorBufferSizeMb(new BigDecimal("0.5"))
                        .processorBufferIntervalSeconds(120)
                        .processorRetries(5)
                        .crawlerSchedule(Optional.of("cron(15 3 * * ? *)"))
                        .adoptCrawlerTable(false)
                        .queryScanLimitMb(2048)
                        .queryResultsExpirationDays(7)
                        .currentStateTable(false)
                        .currentStateRefreshMinutes(30)
                        .alarmEmail(Optional.of("data-team@example.com"))
                        .alarmFreshnessMultiple(5)
                        .alarmIteratorAgeSeconds(300)
                        .alarmFailedRecordsThreshold(10)
                        .alarmReplicationAgeSeconds(900)
                        .build());
        assertThat(staging.stateKey()).isEqualTo("orders-audit/staging/terraform.tfstate");
    }

    /** An environment upgraded from the crawler-made table: it adopts it, and crawls only when started. */
    @Test
    void manualRunsTheCrawlerOnlyWhenStartedAndAdoptionIsReadWhenGiven() {
        EnvironmentSettings legacy = only(
                SettingsLoader.load(TestApps.resource("settings/upgrading-environment.json"), EphemeralRequest.NONE));

        assertThat(legacy.query().crawlerSchedule()).isEmpty();
        assertThat(legacy.query().adoptCrawlerTable()).isTrue();
    }

    @Test
    void theBuilderRefusesAValueLeftOutByName() {
        assertThatThrownBy(() -> EnvironmentSettings.builder().name("dev").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("project was not given to the settings builder");
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
        assertThat(prod.converter().snapStart()).isTrue();
        assertThat(dev.converter().snapStart()).isFalse();
    }

    @Test
    void productionSharesANonProductionAccountOnlyWhenItSaysSo() {
        List<EnvironmentSettings> environments = SettingsLoader.load(
                TestApps.resource("settings/shared-account.json"), EphemeralRequest.of("pr-1", "dev"));

        assertThat(environments).extracting(EnvironmentSettings::name).containsExactly("dev", "prod", "pr-1");
        assertThat(environments).extracting(EnvironmentSettings::accountId).containsOnly(Optional.of("123456789012"));
        assertThat(find(environments, "prod").sharedAccount()).isTrue();
        assertThat(find(environments, "dev").sharedAccount()).isFalse();
        assertThat(StateBootstrap.of(environments))
                .extracting(StateBootstrap::stackName, StateBootstrap::buckets)
                .containsExactly(
                        tuple("state-bootstrap-123456789012", List.of("ddb-changes-terraform-state-123456789012")));
    }

    @Test
    void theShippedSettingsKeepProductionInAnAccountOfItsOwn() {
        List<EnvironmentSettings> environments = SettingsLoader.load(TestApps.CDKTF_JSON, EphemeralRequest.NONE);

        assertThat(environments)
                .extracting(
                        EnvironmentSettings::name, EnvironmentSettings::accountId, EnvironmentSettings::sharedAccount)
                .containsExactly(
                        tuple("dev", Optional.of("111111111111"), false),
                        tuple("prod", Optional.of("222222222222"), false));
    }

    @Test
    void anEphemeralEnvironmentInheritsItsBaseUnderItsOwnName() {
        List<EnvironmentSettings> environments =
                SettingsLoader.load(TestApps.CDKTF_JSON, EphemeralRequest.of("pr-123", "dev"));
        EnvironmentSettings dev = find(environments, "dev");
        EnvironmentSettings pr = find(environments, "pr-123");

        assertThat(environments).extracting(EnvironmentSettings::name).containsExactly("dev", "prod", "pr-123");
        assertThat(pr.baseEnvironment()).contains("dev");
        assertThat(pr)
                .usingRecursiveComparison()
                .ignoringFields("name", "baseEnvironment")
                .isEqualTo(dev);
        assertThat(pr.stateKey()).isNotEqualTo(dev.stateKey());
        assertThat(StateFiles.localPath(pr.name())).isNotEqualTo(StateFiles.localPath(dev.name()));
    }

    @Test
    void aProvisionedStreamWithoutAShardCountGetsOneShardAndAnOnDemandStreamNone() {
        EnvironmentSettings provisioned =
                only(SettingsLoader.load(TestApps.resource("settings/provisioned-stream.json"), EphemeralRequest.NONE));

        assertThat(provisioned.stream()).isEqualTo(new StreamSettings("PROVISIONED", OptionalInt.of(1), 24));
        assertThat(only(SettingsLoader.load(TestApps.resource("settings/on-demand-stream.json"), EphemeralRequest.NONE))
                        .stream())
                .isEqualTo(new StreamSettings("ON_DEMAND", OptionalInt.empty(), 24));
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
        assertThat(pr)
                .usingRecursiveComparison()
                .ignoringFields("name", "baseEnvironment", "forceDestroy", "deletionProtection")
                .isEqualTo(staging);
    }

    private static EnvironmentSettings only(List<EnvironmentSettings> environments) {
        assertThat(environments).hasSize(1);
        return environments.get(0);
    }

    private static EnvironmentSettings find(List<EnvironmentSettings> environments, String name) {
        return environments.stream()
                .filter(e -> e.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
