package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.cli.Cli;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The offline dry run refuses, before it synthesizes anything, what it cannot plan without AWS. */
class PlanTargetTest {
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Stacks.Stack> stacks = stacksOf(TestApps.resource("plan/sandbox-without-account.json"));

    @Test
    void theStacksOfTheSettingsAreKnownBeforeSynthesisWithTheirAccounts() {
        assertThat(stacks)
                .containsExactly(
                        new Stacks.Stack("dev", Optional.of("111111111111")),
                        new Stacks.Stack("sandbox", Optional.empty()),
                        new Stacks.Stack("state-bootstrap", Optional.empty()),
                        new Stacks.Stack("state-bootstrap-111111111111", Optional.of("111111111111")));
    }

    @Test
    void anEnvironmentWithoutAccountIsRefusedWithTheReasonAndTheFix() {
        assertThat(status("sandbox")).isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: 'sandbox' cannot be planned offline: it names no AWS account, so Terraform would "
                        + "ask AWS (STS) whose credentials it has, and the offline plan has none; set \"accountId\" "
                        + "of 'sandbox' in cdktf.json, or plan another stack: dev, state-bootstrap-111111111111\n");
    }

    @Test
    void theStateBootstrapWithoutAccountIsRefusedNamingWhoseAccountIsMissing() {
        assertThat(status("state-bootstrap")).isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: 'state-bootstrap' cannot be planned offline: it names no AWS account, so "
                        + "Terraform would ask AWS (STS) whose credentials it has, and the offline plan has none; set "
                        + "\"accountId\" of the environments that keep their state in S3 in cdktf.json, or plan "
                        + "another stack: dev, state-bootstrap-111111111111\n");
    }

    @Test
    void aStackWithAnAccountPasses() {
        assertThat(status("state-bootstrap-111111111111")).isZero();
        assertThat(err()).isEmpty();
    }

    /** Through the main job itself, on the shipped cdktf.json: refused before the build's output is touched. */
    @Test
    void anUnknownStackIsRefusedWithEveryStackTheShippedSettingsMake() {
        int status = Cli.status(
                () -> MainJob.run(List.of("qa"), Map.of(), "no/such.jar"),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());

        assertThat(status).isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: no stack 'qa' to plan; allowed: dev, prod, state-bootstrap-111111111111, "
                        + "state-bootstrap-222222222222, ci-access-111111111111, ci-access-222222222222 (the "
                        + "environments in cdktf.json, state-bootstrap-<account>, ci-access-<account>)\n");
    }

    private int status(String stack) {
        return Cli.status(
                () -> {
                    PlanTarget.check(stack, stacks);
                    return Cli.OK;
                },
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<Stacks.Stack> stacksOf(Path cdktfJson) {
        List<EnvironmentSettings> environments = SettingsLoader.load(cdktfJson, EphemeralRequest.NONE);
        return Stacks.of(environments, SettingsLoader.loadCi(cdktfJson, environments));
    }
}
