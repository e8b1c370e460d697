package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import org.junit.jupiter.api.Test;

class NamesTest {
    private final EnvironmentSettings dev =
            SettingsLoader.load(TestApps.CDKTF_JSON, EphemeralRequest.NONE).get(0);
    private final EnvironmentSettings staging = SettingsLoader.load(
                    TestApps.resource("settings/every-setting.json"), EphemeralRequest.NONE)
            .get(0);

    @Test
    void everyNameHoldsProjectAndEnvironment() {
        Names names = new Names(dev, "123456789012");

        assertThat(names.prefix()).isEqualTo("ddb-changes-dev");
        assertThat(names.all())
                .extracting(Names.BuiltName::value)
                .allSatisfy(name -> assertThat(name.replace('_', '-'))
                        .contains("ddb-changes-dev")
                        .doesNotContain("--"));
    }

    @Test
    void bucketNamesEndWithTheAccountIdForGlobalUniqueness() {
        Names names = new Names(dev, "123456789012");

        assertThat(names.dataBucket()).isEqualTo("ddb-changes-dev-data-123456789012");
        assertThat(names.queryResultsBucket()).isEqualTo("ddb-changes-dev-query-results-123456789012");
    }

    @Test
    void aNameSuffixReplacesTheAccountIdInBucketNames() {
        Names names = new Names(staging, "210987654321");

        assertThat(names.dataBucket()).isEqualTo("orders-audit-staging-data-team7");
    }

    @Test
    void glueNamesUseUnderscoresSoSqlNeedsNoQuoting() {
        assertThat(new Names(dev, "123456789012").glueDatabase()).isEqualTo("ddb_changes_dev");
    }

    @Test
    void theKeyMayOnlyEncryptThisEnvironmentsOwnLogGroups() {
        Names names = new Names(dev, "123456789012");

        assertThat(names.logGroups())
                .containsExactly(
                        "/aws/lambda/ddb-changes-dev-converter",
                        "/aws/kinesisfirehose/ddb-changes-dev-delivery",
                        "/aws-glue/crawlers-role/ddb-changes-dev-crawler-role-ddb-changes-dev-glue-security");
    }

    @Test
    void theStateKeysAliasNamesTheProjectAndIsOneKmsAccepts() {
        assertThat(Names.stateKeyAlias("orders-audit")).isEqualTo("alias/orders-audit-terraform-state");
        assertThat(NameKind.KMS_ALIAS.allows(Names.stateKeyAlias("orders-audit")))
                .isTrue();
    }

    @Test
    void theShippedEnvironmentsBuildOnlyNamesTheirServicesAccept() {
        for (EnvironmentSettings environment :
                SettingsLoader.load(TestApps.CDKTF_JSON, EphemeralRequest.of("pr-12345", "dev"))) {
            assertThat(new Names(environment, environment.accountId().orElseThrow()).all())
                    .allSatisfy(name -> assertThat(name.kind().allows(name.value()))
                            .as("%s %s", name.purpose(), name.value())
                            .isTrue());
        }
    }
}
