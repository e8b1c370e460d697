package dev.ddbchanges.app.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.config.CiNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each role admits exactly the OIDC subjects of ci/subjects.tsv, with GitHub's token for STS, and nobody else. */
class TrustPoliciesTest {
    @Test
    void eachRoleAdmitsOnlyItsSubjects() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String line : Iam.lines("subjects.tsv")) {
            String[] fields = line.split("\t");
            expected.computeIfAbsent(fields[0], role -> new ArrayList<>()).add(fields[1]);
        }
        Map<String, JsonNode> trust = CiStacks.trustByRole();
        assertThat(trust.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        trust.forEach((role, policy) -> {
            assertThat(policy.path("Statement")).as(role).hasSize(1);
            JsonNode statement = policy.path("Statement").get(0);
            assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
            assertThat(Iam.values(statement.path("Action"))).containsExactly("sts:AssumeRoleWithWebIdentity");
            assertThat(statement.path("Principal").path("Federated").asText())
                    .startsWith("${aws_iam_openid_connect_provider.");
            JsonNode condition = statement.path("Condition");
            assertThat(condition.propertyStream().map(Map.Entry::getKey))
                    .as(role)
                    .containsExactly("StringEquals");
            JsonNode equals = condition.path("StringEquals");
            assertThat(equals.path("token.actions.githubusercontent.com:aud").asText())
                    .isEqualTo("sts.amazonaws.com");
            assertThat(equals.size()).as("keys of %s", role).isEqualTo(2);
            assertThat(Iam.values(equals.path("token.actions.githubusercontent.com:sub")))
                    .as(role)
                    .containsExactlyInAnyOrderElementsOf(expected.get(role));
        });
    }

    @Test
    void noPullRequestReachesProductionOrAnyDeployRole() {
        List<String> nonProductionPlans = CiStacks.environments().stream()
                .filter(environment -> !environment.production())
                .map(environment -> CiNames.planRole(environment.project(), environment.name()))
                .toList();
        assertThat(nonProductionPlans).containsExactly("ddb-changes-ci-plan-dev");
        CiStacks.trustByRole().forEach((role, policy) -> {
            if (!nonProductionPlans.contains(role)) {
                assertThat(policy.toString()).as(role).doesNotContain(":pull_request");
            }
        });
    }
}
