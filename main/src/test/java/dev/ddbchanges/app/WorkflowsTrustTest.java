package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Which code meets which credentials: pull requests, the reviewed-plan deploy and the preview cleanup. */
class WorkflowsTrustTest {
    private static final String CREDENTIALS = "aws-actions/configure-aws-credentials@";
    private static final Path FAKE_BIN = Workflows.TEST_CDKTF_JSON.resolveSibling("fake-bin");

    private final Map<String, JsonNode> workflows = Workflows.read();

    @Test
    void aPullRequestSynthesizesItsCodeBeforeItHasCredentialsAndOnlyItsPlanJobMayGetThem() {
        JsonNode jobs = workflows.get("pull-request.yml").path("jobs");
        List<String> plan = steps(jobs.path("plan"));

        assertThat(plan.indexOf("cdktf synth")).isNotNegative().isLessThan(plan.indexOf(CREDENTIALS));
        assertThat(plan.indexOf(CREDENTIALS)).isLessThan(plan.indexOf("terraform plan"));
        // No GitHub environment: its OIDC subject is pull_request, which only non-production plan roles trust.
        assertThat(jobs.path("plan").has("environment")).isFalse();
        jobs.properties()
                .forEach(job -> assertThat(job.getValue().path("permissions").has("id-token"))
                        .as(job.getKey())
                        .isEqualTo(job.getKey().equals("plan")));
    }

    @Test
    void theDeployPlansInThePlanEnvironmentAndAppliesThatPlanFileBehindTheEnvironmentsReviewers() {
        JsonNode jobs = workflows.get("deploy.yml").path("jobs");
        String plan = jobs.path("plan").toString();
        String apply = jobs.path("apply").toString();

        assertThat(jobs.path("plan").path("environment").asText())
                .isEqualTo("${{ needs.validate.outputs.environment }}-plan");
        assertThat(plan)
                .contains("vars[needs.validate.outputs.plan-role]")
                .contains("terraform plan -input=false -no-color -detailed-exitcode -out=plan.tfplan")
                .contains("terraform show -no-color plan.tfplan > plan.txt")
                .contains("aws s3api put-object --bucket \\\"$BUCKET\\\" --key \\\"$PLAN_KEY\\\" --body plan.tfplan"
                        + " --tagging kind=plan");
        assertThat(jobs.path("apply").path("environment").asText())
                .isEqualTo("${{ needs.validate.outputs.environment }}");
        assertThat(jobs.path("apply").path("needs").toString()).isEqualTo("[\"validate\",\"plan\"]");
        assertThat(jobs.path("apply").path("env").path("PLAN_KEY").asText())
                .isEqualTo("${{ needs.plan.outputs.plan-key }}");
        assertThat(apply)
                .contains("vars[needs.validate.outputs.deploy-role]")
                .contains("aws s3 cp --no-progress \\\"s3://$BUCKET/$PLAN_KEY\\\" plan.tfplan")
                .contains("terraform apply -input=false -no-color plan.tfplan")
                .doesNotContain("terraform plan")
                .doesNotContain("auto-approve")
                .doesNotContain("cdktf deploy");
        JsonNode steps = jobs.path("apply").path("steps");
        List<String> names = StreamSupport.stream(steps.spliterator(), false)
                .map(step -> step.path("name").asText())
                .toList();
        assertThat(names)
                .containsSubsequence(
                        "Fetch the reviewed plan",
                        "The plan file and the assets are the ones planned",
                        "Apply the reviewed plan");
        assertThat(names.indexOf("Apply the reviewed plan") - names.indexOf("Fetch the reviewed plan"))
                .isEqualTo(2);
        assertThat(steps.get(steps.size() - 1).path("id").asText()).isEqualTo("delete");
        assertThat(steps.get(steps.size() - 1).path("if").asText()).isEqualTo("always()");
        // The plan file holds every value unredacted: it never becomes a workflow artifact.
        assertThat(workflows.get("deploy.yml").toString()).doesNotContain("upload-artifact");
    }

    @Test
    void theAppliedPlanFileIsDeletedInEveryVersionTheVersionedStateBucketKept() throws Exception {
        JsonNode delete =
                Workflows.step(workflows.get("deploy.yml").path("jobs").path("apply"), "delete");
        Path log = Files.createTempFile("fake-tools", ".log");

        Workflows.Run run =
                Workflows.run(delete, fakeTools(log, Map.of("BUCKET", "b", "PLAN_KEY", "p/dev/plans/abc.tfplan")));

        assertThat(run.status()).as(run.log()).isZero();
        assertThat(Files.readAllLines(log))
                .containsExactly(
                        "aws s3api list-object-versions --bucket b --prefix p/dev/plans/abc.tfplan --output json",
                        "aws s3api delete-object --bucket b --key p/dev/plans/abc.tfplan --version-id v1",
                        "aws s3api delete-object --bucket b --key p/dev/plans/abc.tfplan --version-id v2",
                        "aws s3api delete-object --bucket b --key p/dev/plans/abc.tfplan --version-id m1");
    }

    @Test
    void theCleanupRunsTheDefaultBranchsCodeOnSchedule() {
        JsonNode cleanup = workflows.get("preview-cleanup.yml");
        JsonNode job = cleanup.path("jobs").path("cleanup");

        assertThat(WorkflowRules.triggers(cleanup).propertyStream().map(Map.Entry::getKey))
                .containsExactlyInAnyOrder("schedule", "workflow_dispatch");
        assertThat(job.path("if").asText()).isEqualTo("github.ref == 'refs/heads/main'");
        assertThat(job.path("environment").asText()).isEqualTo("preview");
        assertThat(job.path("permissions").path("pull-requests").asText()).isEqualTo("read");
        assertThat(job.path("env").path("GH_TOKEN").asText()).isEqualTo("${{ github.token }}");
        job.path("steps")
                .forEach(step -> assertThat(step.path("with").has("ref")).isFalse());
    }

    @Test
    void theCleanupDestroysThePreviewsOfClosedPullRequestsAndFailsNamingTheOnesItCouldNot() throws Exception {
        JsonNode destroy =
                Workflows.step(workflows.get("preview-cleanup.yml").path("jobs").path("cleanup"), "destroy");
        Path log = Files.createTempFile("fake-tools", ".log");

        Workflows.Run run = Workflows.run(
                destroy,
                fakeTools(
                        log,
                        Map.of(
                                "BUCKET",
                                "state-bucket",
                                "PREFIX",
                                "ddb-changes",
                                "GITHUB_REPOSITORY",
                                "example-org/ddb-changes")));

        assertThat(run.status()).as(run.log()).isEqualTo(1);
        assertThat(Files.readAllLines(log))
                .filteredOn(line -> !line.startsWith("gh "))
                .containsExactly(
                        "aws s3api list-objects-v2 --bucket state-bucket --prefix ddb-changes/pr-"
                                + " --query Contents[].Key --output json",
                        "cdktf destroy pr-2 --auto-approve DDB_CHANGES_ENVIRONMENT=pr-2",
                        "aws s3api list-object-versions --bucket state-bucket --prefix ddb-changes/pr-2/terraform.tfstate"
                                + " --output json",
                        "aws s3api delete-object --bucket state-bucket --key ddb-changes/pr-2/terraform.tfstate"
                                + " --version-id v1",
                        "aws s3api delete-object --bucket state-bucket --key ddb-changes/pr-2/terraform.tfstate"
                                + " --version-id v2",
                        "aws s3api delete-object --bucket state-bucket --key ddb-changes/pr-2/terraform.tfstate"
                                + " --version-id m1",
                        "cdktf destroy pr-3 --auto-approve DDB_CHANGES_ENVIRONMENT=pr-3",
                        "aws s3api list-object-versions --bucket state-bucket --prefix ddb-changes/pr-3/terraform.tfstate"
                                + " --output json",
                        "aws s3api delete-object --bucket state-bucket --key ddb-changes/pr-3/terraform.tfstate"
                                + " --version-id v1",
                        "aws s3api delete-object --bucket state-bucket --key ddb-changes/pr-3/terraform.tfstate"
                                + " --version-id v2",
                        "aws s3api delete-object --bucket state-bucket --key ddb-changes/pr-3/terraform.tfstate"
                                + " --version-id m1",
                        "cdktf destroy pr-4 --auto-approve DDB_CHANGES_ENVIRONMENT=pr-4");
        assertThat(Files.readAllLines(log))
                .filteredOn(line -> line.startsWith("gh "))
                .contains("gh pr view 1 --repo example-org/ddb-changes --json state --jq .state");
        assertThat(run.summary())
                .contains("Destroyed: pr-2 pr-3")
                .contains("- NOT destroyed: pr-4 (pull request CLOSED; destroy failed)")
                .contains("- NOT destroyed: pr-5 (its pull request could not be read)");
        assertThat(run.log()).contains("::error::2 preview(s) not destroyed");
    }

    @Test
    void aDestroyedPreviewLeavesNoStateForTheCleanupToFind() throws Exception {
        JsonNode preview = workflows.get("preview.yml").path("jobs").path("preview");
        JsonNode forget = Workflows.step(preview, "forget");
        Path log = Files.createTempFile("fake-tools", ".log");

        Workflows.Run run = Workflows.run(
                forget,
                fakeTools(log, Map.of("DDB_CHANGES_ENVIRONMENT", "staging-eu")),
                Map.of(
                        "cdktf.out/stacks/staging-eu/cdk.tf.json",
                        Workflows.TEST_CDKTF_JSON.resolveSibling("backend.tf.json")));

        assertThat(run.status()).as(run.log()).isZero();
        assertThat(Files.readAllLines(log))
                .containsExactly(
                        "aws s3api list-object-versions --bucket example-state-bucket --prefix example-project/staging-eu/terraform.tfstate"
                                + " --output json",
                        "aws s3api delete-object --bucket example-state-bucket --key example-project/staging-eu/terraform.tfstate"
                                + " --version-id v1",
                        "aws s3api delete-object --bucket example-state-bucket --key example-project/staging-eu/terraform.tfstate"
                                + " --version-id v2",
                        "aws s3api delete-object --bucket example-state-bucket --key example-project/staging-eu/terraform.tfstate"
                                + " --version-id m1");
        // After the destroy step, and only when that step runs, so never after a deploy and never after a failure.
        JsonNode steps = preview.path("steps");
        assertThat(steps.get(steps.size() - 2).path("run").asText()).startsWith("cdktf destroy");
        assertThat(forget.path("if")).isEqualTo(steps.get(steps.size() - 2).path("if"));
    }

    /** The step's environment with the fake aws, gh and cdktf first on PATH, logging to the given file. */
    private static Map<String, String> fakeTools(Path log, Map<String, String> environment) {
        Map<String, String> all = new HashMap<>(environment);
        all.put("FAKE_LOG", log.toString());
        all.put("PATH", FAKE_BIN.toAbsolutePath() + ":" + System.getenv("PATH"));
        return all;
    }

    /** Each step as the action it uses or, for a script, the first of its commands this test looks for. */
    private static List<String> steps(JsonNode job) {
        return StreamSupport.stream(job.path("steps").spliterator(), false)
                .map(step -> {
                    String run = step.path("run").asText("");
                    if (step.has("uses")) {
                        return step.path("uses").asText().replaceAll("@.*", "@");
                    }
                    return List.of("cdktf synth", "terraform plan").stream()
                            .filter(run::contains)
                            .findFirst()
                            .orElse(run);
                })
                .toList();
    }
}
