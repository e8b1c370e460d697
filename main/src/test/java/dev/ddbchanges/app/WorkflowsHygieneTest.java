package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each hygiene rule holds for every workflow of the repository, and finds its breach in unsafe.yml, a test workflow
 * that breaks each rule once.
 */
class WorkflowsHygieneTest {
    private final Map<String, JsonNode> workflows = Workflows.read();
    private final Map<String, JsonNode> unsafe =
            Map.of("unsafe.yml", yaml(Workflows.TEST_CDKTF_JSON.resolveSibling("unsafe.yml")));

    @Test
    void everyActionIsPinnedToAnExactVersion() {
        assertRule(WorkflowRules::unpinnedActions, List.of("unsafe.yml build: actions/checkout@v4"));
    }

    @Test
    void permissionsAreNoneForTheWorkflowAndMinimalPerJob() {
        assertRule(
                WorkflowRules::broadPermissions,
                List.of("unsafe.yml: top-level permissions \"write-all\"", "unsafe.yml build: contents: write"));
    }

    @Test
    void onlyJobsThatAssumeARoleMayAskForAnOidcToken() {
        assertThat(WorkflowRules.broadPermissions(unsafe))
                .contains("unsafe.yml build: id-token without a role to assume");
    }

    @Test
    void noScriptHasAnExpressionInIt() {
        assertRule(
                WorkflowRules::expressionsInScripts,
                List.of(
                        "unsafe.yml build: echo \"${{ github.event.pull_request.title }} ${{ inputs.name }}\"",
                        "unsafe.yml build: console.log(\"${{ github.head_ref }}\")"));
    }

    @Test
    void pullRequestTargetNeverChecksOutThePullRequest() {
        assertRule(
                WorkflowRules::pullRequestCheckouts,
                List.of("unsafe.yml: checks out ${{ github.event.pull_request.head.sha }}"));
    }

    @Test
    void noCheckoutLeavesTheTokenForLaterSteps() {
        assertRule(WorkflowRules::persistedTokens, List.of("unsafe.yml build: checkout keeps the token"));
    }

    @Test
    void dispatchedInputsAreValidatedInAJobOfTheirOwnBeforeAnyJobUsesThem() {
        assertRule(
                WorkflowRules::unvalidatedInputs,
                List.of(
                        "unsafe.yml: concurrency reads the inputs themselves",
                        "unsafe.yml: no validate job without credentials",
                        "unsafe.yml build: does not need validate",
                        "unsafe.yml build: reads the inputs themselves"));
        assertThat(workflows.keySet().stream()
                        .filter(name -> WorkflowRules.triggers(workflows.get(name))
                                .path("workflow_dispatch")
                                .has("inputs")))
                .containsExactlyInAnyOrder("deploy.yml", "destroy.yml");
    }

    @Test
    void everyScriptRunsWithPipefail() {
        assertRule(
                WorkflowRules::scriptsWithoutPipefail,
                List.of("unsafe.yml: no defaults.run.shell bash", "unsafe.yml build: shell sh"));
    }

    @Test
    void dependabotKeepsTheActionsCurrentEveryWeek() {
        JsonNode dependabot = yaml(Path.of(".github", "dependabot.yml"));

        assertThat(dependabot.path("version").asInt()).isEqualTo(2);
        assertThat(dependabot.path("updates")).anySatisfy(update -> {
            assertThat(update.path("package-ecosystem").asText()).isEqualTo("github-actions");
            assertThat(update.path("directory").asText()).isEqualTo("/");
            assertThat(update.path("schedule").path("interval").asText()).isEqualTo("weekly");
        });
    }

    private void assertRule(Function<Map<String, JsonNode>, List<String>> rule, List<String> breaches) {
        assertThat(rule.apply(workflows)).isEmpty();
        assertThat(rule.apply(unsafe)).containsAll(breaches);
    }

    private static JsonNode yaml(Path file) {
        try {
            return new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
