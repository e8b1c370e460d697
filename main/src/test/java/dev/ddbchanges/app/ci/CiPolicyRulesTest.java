package dev.ddbchanges.app.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The CI roles' policies, statement by statement, held to the rules the pipeline's roles are (CKV_AWS_62/63/355
 * style): no action "*" or "*:*", and an Allow on Resource "*" only where IAM offers no narrower resource, each such
 * statement listed with its reason in ci/star-resources.tsv.
 */
class CiPolicyRulesTest {
    /** IAM's quota for the inline policies of one role, counted without whitespace. */
    private static final int INLINE_POLICY_QUOTA = 10_240;

    @Test
    void noStatementAllowsEveryAction() {
        CiStacks.policyByRole()
                .forEach((role, policy) -> policy.path("Statement").forEach(statement -> {
                    for (String action : Iam.values(statement.path("Action"))) {
                        assertThat(action)
                                .as("%s %s", role, statement.path("Sid"))
                                .isNotIn("*", "*:*");
                    }
                }));
    }

    @Test
    void onlyTheListedAllowsNameEveryResource() {
        Map<String, String> expected = new TreeMap<>();
        Iam.lines("star-resources.tsv").forEach(line -> expected.put(line.split("\t")[0], line.split("\t")[1]));
        Map<String, String> found = new TreeMap<>();
        CiStacks.policyByRole().forEach((role, policy) -> {
            for (JsonNode statement : Iam.statements(policy, "Allow")) {
                if (Iam.values(statement.path("Resource")).contains("*")) {
                    String key = role + " " + statement.path("Sid").asText();
                    found.put(key, expected.getOrDefault(key, "(not listed)"));
                }
            }
        });
        assertThat(found).isEqualTo(expected);
    }

    @Test
    void everyRolesPolicyFitsIamsInlineQuota() {
        CiStacks.policyByRole()
                .forEach((role, policy) ->
                        assertThat(policy.toString().length()).as(role).isLessThan(INLINE_POLICY_QUOTA));
    }
}
