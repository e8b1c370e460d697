package dev.ddbchanges.app.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each CI role's policy and trust exactly as ci/roles/<role>.{policy,trust}.json write them. */
class CiPoliciesTest {
    private static final List<String> ROLES = List.of(
            "ddb-changes-ci-plan-dev",
            "ddb-changes-ci-deploy-dev",
            "ddb-changes-ci-plan-prod",
            "ddb-changes-ci-deploy-prod",
            "ddb-changes-ci-preview");

    @Test
    void theShippedAccountHasExactlyTheseRoles() {
        assertThat(CiStacks.trustByRole().keySet()).containsExactlyInAnyOrderElementsOf(ROLES);
        assertThat(CiStacks.policyByRole().keySet()).containsExactlyInAnyOrderElementsOf(ROLES);
    }

    @Test
    void everyPolicyIsTheExpectedOne() throws IOException {
        for (String role : ROLES) {
            assertThat(CiStacks.policyByRole().get(role)).as(role).isEqualTo(expected(role + ".policy.json"));
        }
    }

    @Test
    void everyTrustPolicyIsTheExpectedOne() throws IOException {
        for (String role : ROLES) {
            assertThat(CiStacks.trustByRole().get(role)).as(role).isEqualTo(expected(role + ".trust.json"));
        }
    }

    @Test
    void eachEnvironmentAndThePreviewsHaveTheirExpectedBoundary() throws IOException {
        List<JsonNode> policies = CiStacks.shipped().resources("aws_iam_policy");
        assertThat(policies.stream().map(policy -> policy.path("name").asText()))
                .containsExactlyInAnyOrder(
                        "ddb-changes-dev-boundary", "ddb-changes-prod-boundary", "ddb-changes-pr-boundary");
        for (JsonNode policy : policies) {
            String name = policy.path("name").asText();
            assertThat(Synthesized.policy(policy)).as(name).isEqualTo(expected(name + ".json"));
        }
    }

    @Test
    void theOidcProviderIsGithubsWithTheStsAudience() {
        JsonNode provider = CiStacks.shipped().resource("aws_iam_openid_connect_provider");
        assertThat(provider.path("url").asText()).isEqualTo("https://token.actions.githubusercontent.com");
        assertThat(Synthesized.texts(provider.path("client_id_list"))).containsExactly("sts.amazonaws.com");
        assertThat(Synthesized.texts(provider.path("thumbprint_list")))
                .containsExactly(
                        "6938fd4d98bab03faadb97b34396831e3780aea1", "1c58a3a8518e8759bf075b76b750d4f2df264fcd");
    }

    @Test
    void eachRoleArnIsAnOutputNamedLikeItsWorkflowVariable() {
        assertThat(CiStacks.shipped().json().path("output").propertyStream().map(e -> e.getKey()))
                .containsExactlyInAnyOrder(
                        "AWS_PLAN_ROLE_ARN_DEV",
                        "AWS_ROLE_ARN_DEV",
                        "AWS_PLAN_ROLE_ARN_PROD",
                        "AWS_ROLE_ARN_PROD",
                        "AWS_PREVIEW_ROLE_ARN");
    }

    static JsonNode expected(String file) throws IOException {
        return Synthesized.parse(Files.readString(TestApps.resource("ci/roles/" + file)));
    }
}
