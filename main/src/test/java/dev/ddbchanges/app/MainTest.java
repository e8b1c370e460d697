package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.AppConfig;
import dev.ddbchanges.app.cli.CdktfInvocation;
import dev.ddbchanges.app.config.InvalidSettingsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MainTest {
    private final Path outdir = TestApps.tempDir("main-test-").resolve("cdktf.out");
    private final AppConfig config =
            AppConfig.builder().outdir(outdir.toString()).build();

    @Test
    void anInvalidEnvironmentWritesNothing() {
        assertThatThrownBy(() -> Main.run(
                        TestApps.resource("settings/invalid-values.json"),
                        List.of(),
                        Map.of(),
                        TestApps.converterJar().toString(),
                        config))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("2 problems in main/src/test/resources/settings/invalid-values.json; nothing was "
                        + "synthesized:\n"
                        + "  - environment 'dev': keyDeletionWindowDays = 3 is not allowed; allowed: a whole number "
                        + "of days from 7 to 30\n"
                        + "  - environment 'prod': production is true but stateBucket is not set; a production "
                        + "environment keeps its state in S3, not in a local file");

        assertThat(outdir).doesNotExist();
    }

    @Test
    void anInvalidEphemeralEnvironmentWritesNothing() {
        assertThatThrownBy(() -> Main.run(
                        TestApps.CDKTF_JSON,
                        List.of("--environment=prod"),
                        Map.of(),
                        TestApps.converterJar().toString(),
                        config))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("ephemeral environment 'prod' is already declared");

        assertThat(outdir).doesNotExist();
    }

    @Test
    void aMissingConverterJarWritesNothing() {
        assertThatThrownBy(() -> Main.run(TestApps.CDKTF_JSON, List.of(), Map.of(), "no/such.jar", config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("converter.jar = no/such.jar: no such file (")
                .hasMessageEndingWith("); ./ddb-changes synth builds it");
        assertThatThrownBy(() -> Main.run(TestApps.CDKTF_JSON, List.of(), Map.of(), null, config))
                .hasMessageStartingWith("system property converter.jar is not set");

        assertThat(outdir).doesNotExist();
    }

    @Test
    void theShippedSettingsSynthesizeEachEnvironmentTheEphemeralOneAStateBootstrapAndACiAccessPerAccount()
            throws Exception {
        Main.run(
                TestApps.CDKTF_JSON,
                List.of(),
                Map.of("DDB_CHANGES_ENVIRONMENT", "pr-5"),
                TestApps.converterJar().toString(),
                config);

        JsonNode manifest =
                new ObjectMapper().readTree(outdir.resolve("manifest.json").toFile());
        assertThat(manifest.path("stacks").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly(
                        "dev",
                        "prod",
                        "pr-5",
                        "state-bootstrap-111111111111",
                        "state-bootstrap-222222222222",
                        "ci-access-111111111111",
                        "ci-access-222222222222");
        assertThat(Files.isRegularFile(outdir.resolve("stacks/pr-5/cdk.tf.json")))
                .isTrue();
    }

    @Test
    void aCdktfCommandOnAStackTheAppDoesNotMakeGetsTheEphemeralVariableAsHint() {
        List<String> stacks = List.of("dev", "prod", "state-bootstrap-111111111111");

        assertThat(Main.missingStackHint(new CdktfInvocation("destroy", List.of("pr-123")), stacks))
                .contains("cdktf destroy pr-123: this app has no stack 'pr-123' (its stacks: dev, prod, "
                        + "state-bootstrap-111111111111); a typo, or a short-lived environment, which is one only while "
                        + "DDB_CHANGES_ENVIRONMENT names it: DDB_CHANGES_ENVIRONMENT=pr-123 cdktf destroy pr-123");
        assertThat(Main.missingStackHint(new CdktfInvocation("deploy", List.of("dev", "prod")), stacks))
                .isEmpty();
        assertThat(Main.missingStackHint(new CdktfInvocation("diff", List.of()), stacks))
                .isEmpty();
    }
}
