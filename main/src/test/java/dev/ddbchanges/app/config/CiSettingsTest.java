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

        // dev and prod ship in accounts of their own: one CI-access stack each, the previews with dev's.
        assertThat(accounts).extracting(CiAccount::accountId).containsExactly("111111111111", "222222222222");
        assertThat(accounts.get(0).environments())
                .extracting(EnvironmentSettings::name)
                .containsExactly("dev");
        assertThat(accounts.get(0).previewBase()).map(EnvironmentSettings::name).contains("dev");
        assertThat(accounts.get(1).environments())
                .extracting(EnvironmentSettings::name)
                .containsExactly("prod");
        assertThat(accounts.get(1).previewBase()).isEmpty();
    }

    private static Optional<CiSettings> load(Path file) {
        return SettingsLoader.loadCi(file, SettingsLoader.load(file, EphemeralRequest.NONE));
    }
}
