package dev.ddbchanges.app.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The boundary must let the pipeline's own roles do everything they are granted, or the converter, Firehose and the
 * crawler would fail once the boundary is attached: every action of every inline policy of every environment's stack.
 */
class BoundaryCoversPipelineTest {
    @Test
    void everyActionGrantedToAPipelineRoleIsAllowedByTheBoundary() throws IOException {
        List<JsonNode> boundary =
                Iam.statements(CiPoliciesTest.expected("ddb-changes-pipeline-boundary.json"), "Allow");
        ShippedStacks.forEachResource(ShippedStacks.all(), "aws_iam_role_policy", (stack, policy) -> {
            for (JsonNode statement : Iam.statements(Synthesized.policy(policy), "Allow")) {
                for (String action : Iam.values(statement.path("Action"))) {
                    assertThat(boundary)
                            .as("a boundary statement allowing %s", action)
                            .anyMatch(allowed -> Iam.actionMatches(allowed, action));
                }
            }
        });
    }

    @Test
    void theBoundaryAllowsNoIamStsOrOrganizationsAction() throws IOException {
        JsonNode boundary = CiPoliciesTest.expected("ddb-changes-pipeline-boundary.json");
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
