package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.InvalidSettingsException;
import dev.ddbchanges.app.config.SettingsLoader;
import org.junit.jupiter.api.Test;

/** The settings page shows what the app prints for a broken cdktf.json: that exact text, for that exact file. */
public class SettingsPageExampleTest {
    @Test
    void theSettingsPagesSampleErrorIsWhatTheAppPrintsForTheExampleFile() {
        String page = Docs.between(Docs.read("docs/settings.md"), "example-error");
        String shown = page.substring(page.indexOf("```\n") + 4, page.lastIndexOf("\n```"));

        InvalidSettingsException refused = null;
        try {
            SettingsLoader.load(TestApps.resource("docs/settings-example.json"), EphemeralRequest.NONE);
        } catch (InvalidSettingsException e) {
            refused = e;
        }

        assertThat(refused).as("the example file is refused").isNotNull();
        assertThat(shown)
                .isEqualTo("error: "
                        + refused.getMessage()
                                .replace(
                                        TestApps.resource("docs/settings-example.json")
                                                .toString(),
                                        "cdktf.json"));
    }
}
