package dev.ddbchanges.app.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each environment's boundary must let its pipeline's own roles do everything they are granted, or the converter,
 * Firehose and the crawler would fail once the boundary is attached: every action of every inline policy of every
 * stack that has a boundary, on each resource the policy names by ARN (references to the stack's own resources are
 * held to their names by the role tests).
 */
class BoundaryCoversPipelineTest {
    /** The stacks with a boundary, and the boundary each has (the shipped files are one account's, same patterns). */
    private static final Map<String, String> BOUNDARIES = Map.of(
            "dev",
            "ddb-changes-dev-boundary.json",
            "prod",
            "ddb-changes-prod-boundary.json",
            ShippedStacks.EPHEMERAL,
            "ddb-changes-pr-boundary.json");

    @Test
    void everyGrantToAPipelineRoleIsInsideItsEnvironmentsBoundary() throws IOException {
        for (Map.Entry<String, String> entry : BOUNDARIES.entrySet()) {
            List<JsonNode> boundary = Iam.statements(CiPoliciesTest.expected(entry.getValue()), "Allow");
            Map<String, Synthesized> stack = Map.of(entry.getKey(), ShippedStacks.get(entry.getKey()));
            ShippedStacks.forEachResource(stack, "aws_iam_role_policy", (synthesized, policy) -> {
                for (JsonNode statement : Iam.statements(Synthesized.policy(policy), "Allow")) {
                    for (String action : Iam.values(statement.path("Action"))) {
                        for (String resource : Iam.values(statement.path("Resource"))) {
                            assertThat(boundary)
                                    .as("%s: a boundary statement allowing %s on %s", entry.getKey(), action, resource)
                                    .anyMatch(allowed -> Iam.actionMatches(allowed, action)
                                            && (resource.contains("${") || Iam.resourceMatches(allowed, resource)));
                        }
                    }
                }
            });
        }
    }

    @Test
    void noBoundaryAllowsAnIamStsOrOrganizationsAction() throws IOException {
        for (String file : BOUNDARIES.values()) {
            theBoundaryAllowsNoIamStsOrOrganizationsAction(CiPoliciesTest.expected(file));
        }
    }

    private static void theBoundaryAllowsNoIamStsOrOrganizationsAction(JsonNode boundary) {
        for (String action : List.of(
                "iam:CreateRole",
                "iam:PassRole",
                "sts:AssumeRole",
                "organizations:LeaveOrganization",
                "kms:PutKeyPolicy",
                "s3:DeleteBucket",
                "dynamodb:Scan")) {
            assertThat(Iam.statements(boundary, "Allow"))
                    .as(action)
                    .noneMatch(statement -> Iam.actionMatches(statement, action));
        }
    }
}
