package dev.ddbchanges.app.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan role runs unreviewed code: every read of data is denied by name (ci/denied-data-reads.txt). */
class PlanRolesReadNoDataTest {
    private static final List<String> DENIED = Iam.lines("denied-data-reads.txt");

    @Test
    void everyDataReadIsDeniedInEveryPlanRole() {
        assertThat(planRoles()).containsOnlyKeys("ddb-changes-ci-plan-dev", "ddb-changes-ci-plan-prod");
        planRoles().forEach((role, policy) -> {
            for (String action : DENIED) {
                assertThat(Iam.statements(policy, "Deny"))
                        .as("%s denies %s", role, action)
                        .anyMatch(statement -> Iam.actionMatches(statement, action)
                                && statement.path("Condition").isMissingNode());
            }
        });
    }

    @Test
    void objectsOfTheDataResultsAndLogBucketsAndTheSavedPlansAreDenied() {
        Map<String, JsonNode> roles = planRoles();
        for (String environment : List.of("dev", "prod")) {
            JsonNode policy = roles.get("ddb-changes-ci-plan-" + environment);
            for (String object : List.of(
                    "arn:aws:s3:::ddb-changes-" + environment + "-data-123456789012/changes/part.gz",
                    "arn:aws:s3:::ddb-changes-" + environment + "-query-results-123456789012/q.csv",
                    "arn:aws:s3:::ddb-changes-" + environment + "-access-logs-123456789012/log",
                    "arn:aws:s3:::ddb-changes-terraform-state-123456789012/ddb-changes/" + environment
                            + "/plans/abc.tfplan")) {
                for (String action : List.of("s3:GetObject", "s3:GetObjectVersion", "s3:GetObjectAttributes")) {
                    assertThat(Iam.statements(policy, "Deny"))
                            .as("%s denies %s on %s", environment, action, object)
                            .anyMatch(statement -> Iam.actionMatches(statement, action)
                                    && Iam.values(statement.path("Resource")).stream()
                                            .anyMatch(pattern -> Iam.matches(pattern, object, false)));
                }
            }
        }
    }

    @Test
    void decryptOutsideS3LambdaStepFunctionsAndSchedulerIsDenied() {
        planRoles()
                .forEach((role, policy) -> assertThat(Iam.statements(policy, "Deny"))
                        .as(role)
                        .anyMatch(statement -> Iam.actionMatches(statement, "kms:Decrypt")
                                && Iam.values(statement
                                                .path("Condition")
                                                .path("StringNotEquals")
                                                .path("kms:ViaService"))
                                        .equals(List.of(
                                                "s3.eu-central-1.amazonaws.com",
                                                "lambda.eu-central-1.amazonaws.com",
                                                "states.eu-central-1.amazonaws.com",
                                                "scheduler.eu-central-1.amazonaws.com"))));
    }

    /**
     * Step Functions and Scheduler decrypt the refresh machine's definition and its schedule's target with the
     * caller's kms:Decrypt: a plan role may, for its own environment's two only, and a Deny keeps every other resource
     * of those services closed whatever is attached later (ci/plan-decrypts.tsv).
     */
    @Test
    void decryptsThroughStepFunctionsAndSchedulerReachOnlyTheEnvironmentsMachineAndSchedule() {
        for (String line : Iam.lines("plan-decrypts.tsv")) {
            String[] fields = line.split("\t");
            JsonNode policy = planRoles().get("ddb-changes-ci-plan-" + fields[0]);
            Map<String, String> context = Iam.context("", fields[2]);
            String key = "arn:aws:kms:eu-central-1:123456789012:key/k";
            boolean allowed = Evaluation.allows(policy, "kms:Decrypt", key, context);
            boolean denied = Iam.statements(policy, "Deny").stream()
                    .anyMatch(statement -> Evaluation.applies(statement, "kms:Decrypt", key, context));
            assertThat(allowed ? "allow" : denied ? "denied" : "refused")
                    .as(line)
                    .isEqualTo(fields[1]);
        }
    }

    /** The one object read a plan role is allowed: its state, and the lock file that says who holds it. */
    @Test
    void noAllowOfAPlanRoleGrantsADeniedActionButTheStateRead() {
        planRoles().forEach((role, policy) -> {
            for (String action : DENIED) {
                Iam.statements(policy, "Allow").stream()
                        .filter(statement -> Iam.actionMatches(statement, action))
                        .forEach(statement -> assertThat(Iam.values(statement.path("Resource")))
                                .as("%s allows %s on", role, action)
                                .allMatch(resource ->
                                        resource.startsWith("arn:aws:s3:::ddb-changes-terraform-state-123456789012/")
                                                && (resource.endsWith("/terraform.tfstate")
                                                        || resource.endsWith("/terraform.tfstate.tflock"))));
            }
        });
    }

    private static Map<String, JsonNode> planRoles() {
        Map<String, JsonNode> plan = new LinkedHashMap<>(CiStacks.policyByRole());
        plan.keySet().removeIf(role -> !role.contains("-ci-plan-"));
        return plan;
    }
}
