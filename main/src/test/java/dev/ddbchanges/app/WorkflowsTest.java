package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.config.EphemeralRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The GitHub Actions workflows cannot run here; what can be checked is: each parses, passes action-validator's
 * schema check, pins its actions, assumes roles by OIDC only, and names only commands, stacks and variables this
 * repository has.
 */
class WorkflowsTest {
    private static final String ACTION_VALIDATOR = "@action-validator/cli@0.6.0";
    /** Previews are stacks named at run time: pr-<number>, or pr-$variable holding the number. */
    private static final Pattern PREVIEW = Pattern.compile("pr-(\\d+|\\$\\w+)");

    private static final Pattern CDKTF = Pattern.compile("cdktf (\\w+)(?: \"?([$\\w.-]+)\"?)?");
    private static final Pattern VARIABLE = Pattern.compile("vars\\.([A-Z_]+)");
    private static final Set<String> CDKTF_COMMANDS = Set.of("synth", "deploy", "destroy", "diff");

    private final Map<String, JsonNode> workflows = Workflows.read();

    @Test
    void thereIsAWorkflowForPullRequestsDeploymentsDestroyPreviewsAndTheirCleanup() {
        assertThat(workflows.keySet())
                .containsExactlyInAnyOrder(
                        "pull-request.yml", "deploy.yml", "destroy.yml", "preview.yml", "preview-cleanup.yml");
        workflows.forEach(
                (name, workflow) -> assertThat(workflow.has("jobs")).as(name).isTrue());
    }

    @Test
    void everyWorkflowPassesTheSchemaCheck() throws Exception {
        Path validator = installValidator();
        for (String name : workflows.keySet()) {
            Process process = new ProcessBuilder(
                            validator.toString(),
                            Workflows.DIRECTORY.resolve(name).toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(name + ": " + output).isZero();
        }
    }

    @Test
    void awsIsReachedByOidcOnlyWithTheTokenPermission() {
        workflows.forEach((name, workflow) -> workflow.path("jobs").properties().forEach(job -> {
            boolean assumesRole = false;
            for (JsonNode step : job.getValue().path("steps")) {
                if (step.path("uses").asText().startsWith("aws-actions/configure-aws-credentials@")) {
                    assumesRole = true;
                    assertThat(step.path("with").has("role-to-assume")).as(name).isTrue();
                    assertThat(step.path("with").has("aws-access-key-id"))
                            .as(name)
                            .isFalse();
                }
            }
            if (assumesRole) {
                String permission = job.getValue()
                        .path("permissions")
                        .path("id-token")
                        .asText(workflow.path("permissions").path("id-token").asText());
                assertThat(permission).as(name + " " + job.getKey()).isEqualTo("write");
            }
        }));
    }

    @Test
    void theCommandsAreTheOnesThisRepositoryHas() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String testCommand = readme.lines()
                .filter(line -> line.startsWith("| every test |"))
                .findFirst()
                .orElseThrow()
                .split("`")[1];
        Set<String> stacks = Set.copyOf(new ObjectMapper()
                .readTree(TestApps.CDKTF_JSON.toFile())
                .path("context")
                .path("environments")
                .propertyStream()
                .map(Map.Entry::getKey)
                .toList());
        forEachStep((name, step) -> {
            String run = step.path("run").asText("");
            run.lines()
                    .map(String::strip)
                    .filter(line -> line.startsWith("mvn "))
                    .forEach(mvn -> assertThat(mvn).as(name).isEqualTo(testCommand));
            run.lines()
                    .map(String::strip)
                    .filter(line -> line.startsWith("npm install -g cdktf-cli@"))
                    .forEach(npm -> assertThat(readme).as(name).contains(npm.substring("npm install -g ".length())));
            Matcher cdktf = CDKTF.matcher(run);
            while (cdktf.find()) {
                if (cdktf.group(0).startsWith("cdktf-cli")) {
                    continue;
                }
                assertThat(cdktf.group(1)).as(name).isIn(CDKTF_COMMANDS);
                String stack = cdktf.group(2);
                if (stack != null && !stack.startsWith("-")) {
                    assertThat(stack.startsWith("$")
                                    || stacks.contains(stack)
                                    || PREVIEW.matcher(stack).matches())
                            .as(name + ": " + stack)
                            .isTrue();
                }
            }
        });
    }

    @Test
    void previewsAreTheAppsEphemeralEnvironmentsAndEveryVariableIsDocumented() throws IOException {
        String readme = Files.readString(Path.of("docs", "ci-cd.md"));
        String preview = Files.readString(Workflows.DIRECTORY.resolve("preview.yml"));

        assertThat(preview).contains(EphemeralRequest.NAME_VARIABLE + ": pr-${{ github.event.pull_request.number }}");
        for (String workflow : workflows.keySet()) {
            Matcher variable = VARIABLE.matcher(Files.readString(Workflows.DIRECTORY.resolve(workflow)));
            while (variable.find()) {
                assertThat(readme).as(workflow).contains("| `" + variable.group(1) + "` |");
            }
        }
        assertThat(readme)
                .contains("| `AWS_ROLE_ARN_<ENVIRONMENT>` |")
                .contains("| `AWS_PLAN_ROLE_ARN_<ENVIRONMENT>` |");
        assertThat(Files.readString(Workflows.DIRECTORY.resolve("pull-request.yml")))
                .contains("\"AWS_PLAN_ROLE_ARN_\"");
    }

    /** A pull request runs its own code: it may plan with a read-only role, never deploy with a deploy role. */
    @Test
    void pullRequestsPlanWithReadOnlyRolesAndForksAreNotGivenAws() throws IOException {
        String pullRequest = Files.readString(Workflows.DIRECTORY.resolve("pull-request.yml"));
        JsonNode plan = workflows.get("pull-request.yml").path("jobs").path("plan");

        assertThat(pullRequest).doesNotContain("AWS_ROLE_ARN_").doesNotContain("pull_request_target");
        assertThat(plan.path("if").asText())
                .contains("github.event.pull_request.head.repo.full_name == github.repository");
        assertThat(workflows
                        .get("preview.yml")
                        .path("jobs")
                        .path("preview")
                        .path("environment")
                        .asText())
                .isEqualTo("preview");
        assertThat(workflows
                        .get("deploy.yml")
                        .path("jobs")
                        .path("validate")
                        .path("if")
                        .asText())
                .isEqualTo("github.ref == 'refs/heads/main'");
        assertThat(workflows
                        .get("destroy.yml")
                        .path("jobs")
                        .path("validate")
                        .path("if")
                        .asText())
                .isEqualTo("github.ref == 'refs/heads/main'");
        plan.path("steps").forEach(step -> {
            if (step.path("uses").asText().startsWith("actions/upload-artifact@")) {
                assertThat(step.path("with").path("path").asText())
                        .endsWith("plan.txt")
                        .doesNotContain(".tfplan");
            }
        });
    }

    /**
     * Checkov cannot run here: what is checked is that the pull request runs the pinned version over every synthesized
     * stack, as terraform_json, with the repository's skips, on copies without the key Checkov 3.3.x fails on.
     */
    @Test
    void pullRequestsRunThePinnedCheckovOverEveryStackWithTheRepositorysSkips() {
        JsonNode checkov = workflows.get("pull-request.yml").path("jobs").path("checkov");
        List<String> runs = new ArrayList<>();
        checkov.path("steps").forEach(step -> runs.add(step.path("run").asText("")));
        String scan = runs.stream()
                .filter(run -> run.contains("checkov --"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step runs checkov"));

        assertThat(runs).anySatisfy(run -> assertThat(run).contains("cdktf synth"));
        assertThat(scan)
                .contains("pip install checkov==3.3.13")
                .contains("for stack in cdktf.out/stacks/*/; do")
                .contains("jq 'del(.terraform.required_version)' \"$stack/cdk.tf.json\"")
                .contains("--framework terraform_json")
                .contains("--config-file .checkov.yaml")
                .contains("exit $status");
        assertThat(Path.of(".checkov.yaml")).exists();
    }

    private interface StepCheck {
        void check(String workflow, JsonNode step);
    }

    private void forEachStep(StepCheck check) {
        workflows.forEach((name, workflow) ->
                workflow.path("jobs").forEach(job -> job.path("steps").forEach(step -> check.check(name, step))));
    }

    /** npm installs the validator into target/ once per build; without npm the test is skipped, except on CI. */
    private static Path installValidator() throws Exception {
        Path prefix = Path.of("main", "target", "action-validator").toAbsolutePath();
        Path validator = prefix.resolve("node_modules/.bin/action-validator");
        if (Files.isExecutable(validator)) {
            return validator;
        }
        List<String> command = new ArrayList<>(
                List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", prefix.toString(), ACTION_VALIDATOR));
        Process npm;
        try {
            npm = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException noNpm) {
            TestApps.unavailable("npm is not on PATH: the workflow schema check cannot run");
            throw noNpm;
        }
        String output = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(npm.waitFor())
                .as("npm install " + ACTION_VALIDATOR + ": " + output)
                .isZero();
        return validator;
    }
}
