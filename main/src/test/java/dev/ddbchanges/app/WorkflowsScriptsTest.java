package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The workflows' scripts that decide which environment, role and plan file a run uses, run here with bash and jq
 * over the test cdktf.json (dev, staging-eu, production prod and prod-us, a declared pr-7 and an invalid name).
 */
class WorkflowsScriptsTest {
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
