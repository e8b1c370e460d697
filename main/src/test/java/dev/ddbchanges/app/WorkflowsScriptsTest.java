package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The workflows' scripts that decide which environment, role and plan file a run uses, run here with bash and jq
 * over the test cdktf.json (dev, staging-eu, production prod and prod-us, a declared pr-7 and an invalid name).
 */
class WorkflowsScriptsTest {
    /** sha256sum of the test plan.tfplan. */
    private static final String PLAN_SHA256 = "a2971e595bbbe05073646f7f94b73bafa062933451eefdc24361bd03f71f2785";

    private final Map<String, JsonNode> workflows = Workflows.read();

    @Test
    void pullRequestsPlanOnlyTheDeclaredNonProductionEnvironments() throws Exception {
        JsonNode list = Workflows.step(job("pull-request.yml", "environments"), "list");

        Workflows.Run run = Workflows.run(list, Map.of());

        assertThat(run.status()).as(run.log()).isZero();
        assertThat(run.outputs())
                .containsExactly(Map.entry(
                        "matrix",
                        "[{\"environment\":\"dev\",\"role\":\"AWS_PLAN_ROLE_ARN_DEV\"},"
                                + "{\"environment\":\"staging-eu\",\"role\":\"AWS_PLAN_ROLE_ARN_STAGING_EU\"}]"));
    }

    @Test
    void aDeployNamesTheEnvironmentsPlanAndDeployRoles() throws Exception {
        Workflows.Run run = deployCheck("staging-eu");

        assertThat(run.status()).as(run.log()).isZero();
        assertThat(run.outputs())
                .containsExactly(
                        Map.entry("environment", "staging-eu"),
                        Map.entry("plan-role", "AWS_PLAN_ROLE_ARN_STAGING_EU"),
                        Map.entry("deploy-role", "AWS_ROLE_ARN_STAGING_EU"));
        assertThat(deployCheck("prod").outputs()).containsEntry("deploy-role", "AWS_ROLE_ARN_PROD");
    }

    @Test
    void aDeployRefusesPreviewsUndeclaredAndMalformedNames() throws Exception {
        assertThat(deployCheck("pr-7").log()).contains("environment \"pr-7\" is not allowed");
        assertThat(deployCheck("qa").log()).contains("environment \"qa\" is not declared in cdktf.json");
        assertThat(deployCheck("Bad Name").log()).contains("environment \"Bad Name\" is not allowed");
        assertThat(deployCheck("dev\"; exit 0; \"").status()).isEqualTo(1);
    }

    @Test
    void aDestroyRefusesProductionAndMalformedNamesBeforeAnyJobUsesThem() throws Exception {
        assertThat(destroyCheck("prod").log()).contains("prod is a production environment");
        assertThat(destroyCheck("prod-us").log()).contains("prod-us is a production environment");
        assertThat(destroyCheck("qa").log()).contains("qa is neither declared in cdktf.json nor an ephemeral");
        assertThat(destroyCheck("dev; rm -rf ~").log()).contains("environment \"dev; rm -rf ~\" is not allowed");
        assertThat(destroyCheck("pr-").status()).isEqualTo(1);
        for (String refused : new String[] {"prod", "prod-us", "qa", "dev; rm -rf ~", "pr-"}) {
            assertThat(destroyCheck(refused).outputs()).as(refused).isEmpty();
        }
    }

    @Test
    void aDestroyUsesThePreviewRoleForPreviewsAndTheDeployRoleOtherwise() throws Exception {
        assertThat(destroyCheck("pr-12").outputs())
                .containsExactly(
                        Map.entry("environment", "pr-12"),
                        Map.entry("github-environment", "preview"),
                        Map.entry("role", "AWS_PREVIEW_ROLE_ARN"));
        assertThat(destroyCheck("staging-eu").outputs())
                .containsExactly(
                        Map.entry("environment", "staging-eu"),
                        Map.entry("github-environment", "staging-eu"),
                        Map.entry("role", "AWS_ROLE_ARN_STAGING_EU"));
    }

    @Test
    void thePlanFileGoesBesideTheStateTheSynthesizedBackendNames() throws Exception {
        JsonNode backend = Workflows.step(job("deploy.yml", "plan"), "backend");

        Workflows.Run run = Workflows.run(
                backend,
                Map.of("ENVIRONMENT", "staging-eu", "GITHUB_SHA", "0a1b2c3d"),
                Map.of(
                        "cdktf.out/stacks/staging-eu/cdk.tf.json",
                        Workflows.TEST_CDKTF_JSON.resolveSibling("backend.tf.json")));

        assertThat(run.status()).as(run.log()).isZero();
        assertThat(run.outputs())
                .containsExactly(
                        Map.entry("bucket", "example-state-bucket"),
                        Map.entry("plan-key", "example-project/staging-eu/plans/0a1b2c3d.tfplan"));
    }

    @Test
    void thePlanJobsDigestsAreTheFilesOwn() throws Exception {
        Workflows.Run run = Workflows.run(
                Workflows.step(job("deploy.yml", "plan"), "digests"),
                Map.of(),
                planned("plan.tfplan", "converter.jar"));

        assertThat(run.status()).as(run.log()).isZero();
        assertThat(run.outputs())
                .containsExactly(
                        Map.entry("plan-sha256", PLAN_SHA256),
                        Map.entry("assets-sha256", "e689c9a1caa2c135013c438b5722d7212a69d45aa1218f278fb9de0d8f1cee44"));
    }

    @Test
    void theApplyJobAppliesOnlyThePlannedFileWithThePlannedJar() throws Exception {
        assertThat(verify("plan.tfplan", "converter.jar").status()).isZero();

        Workflows.Run swapped = verify("tampered.tfplan", "converter.jar");
        assertThat(swapped.status()).isNotZero();
        assertThat(swapped.log()).contains("the plan file in the bucket is not the one the plan job saved");

        Workflows.Run rebuilt = verify("plan.tfplan", "rebuilt.jar");
        assertThat(rebuilt.status()).isNotZero();
        assertThat(rebuilt.log()).contains("the rebuilt assets (the converter jar) differ from the planned ones");
    }

    private Workflows.Run verify(String plan, String jar) throws Exception {
        return Workflows.run(
                Workflows.step(job("deploy.yml", "apply"), "verify"),
                Map.of(
                        "PLAN_SHA256",
                        PLAN_SHA256,
                        "ASSETS_SHA256",
                        "e689c9a1caa2c135013c438b5722d7212a69d45aa1218f278fb9de0d8f1cee44"),
                planned(plan, jar));
    }

    /** The stack directory's plan file and converter asset, from the test files of these names. */
    private static Map<String, Path> planned(String plan, String jar) {
        return Map.of(
                "plan.tfplan",
                Workflows.TEST_CDKTF_JSON.resolveSibling(plan),
                "assets/converter/converter.jar",
                Workflows.TEST_CDKTF_JSON.resolveSibling(jar));
    }

    private Workflows.Run deployCheck(String requested) throws Exception {
        return Workflows.run(Workflows.step(job("deploy.yml", "validate"), "check"), Map.of("REQUESTED", requested));
    }

    private Workflows.Run destroyCheck(String requested) throws Exception {
        return Workflows.run(Workflows.step(job("destroy.yml", "validate"), "check"), Map.of("REQUESTED", requested));
    }

    private JsonNode job(String workflow, String job) {
        return workflows.get(workflow).path("jobs").path(job);
    }
}
