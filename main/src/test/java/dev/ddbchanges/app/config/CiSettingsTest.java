package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** context.ci as the app reads it; its refusals are cases of settings/invalid-settings.json. */
class CiSettingsTest {
    @Test
    void theShippedSettingsNameThePlaceholderRepository() {
        assertThat(load(TestApps.CDKTF_JSON)).contains(new CiSettings("example-org/ddb-changes", "main"));
    }

    /** Nothing is deployed by CI there, so there are no CI roles to define: no CI-access stack either. */
    @Test
    void settingsWithoutAutomationNeedNoCiSettings() {
        assertThat(load(TestApps.resource("settings/minimal.json"))).isEmpty();
    }

    @Test
    void onlyAutomatedDeclaredEnvironmentsGetRolesInTheirAccount() {
        List<EnvironmentSettings> environments =
                SettingsLoader.load(TestApps.CDKTF_JSON, EphemeralRequest.of("pr-9", "dev"));
        List<CiAccount> accounts = CiAccount.of(load(TestApps.CDKTF_JSON).orElseThrow(), environments);

        assertThat(accounts).hasSize(1);
        CiAccount account = accounts.get(0);
        assertThat(account.accountId()).isEqualTo("123456789012");
        assertThat(account.environments()).extracting(EnvironmentSettings::name).containsExactly("dev", "prod");
        assertThat(account.previewBase()).map(EnvironmentSettings::name).contains("dev");
    }

    private static Optional<CiSettings> load(Path file) {
        return SettingsLoader.loadCi(file, SettingsLoader.load(file, EphemeralRequest.NONE));
    }
}
