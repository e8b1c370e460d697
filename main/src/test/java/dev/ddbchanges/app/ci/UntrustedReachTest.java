package dev.ddbchanges.app.ci;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Any pull request can use the preview role, and create roles with the preview boundary and whatever inline policy it
 * likes: what those two policies allow is an untrusted principal's reach. Evaluated request by request, as IAM would.
 */
class UntrustedReachTest {
    private static final String KEYS = "arn:aws:kms:eu-central-1:123456789012:key/";

    @Test
    void anUntrustedPrincipalsReach() {
        JsonNode boundary = boundary("ddb-changes-pr-boundary");
        JsonNode role = CiStacks.policyByRole().get("ddb-changes-ci-preview");
        for (String line : Iam.lines("untrusted-reach.tsv")) {
            String[] fields = line.split("\t", -1);
            Map<String, String> context = Iam.context("aws:ResourceTag/", fields.length > 2 ? fields[2] : "");
            Map<String, JsonNode> whom = new LinkedHashMap<>();
            whom.put("the preview boundary", boundary);
            if (fields[0].equals("both")) {
                whom.put("the preview role", role);
            }
            String service = fields[1].split(":")[2];
            for (String action : scopedActions(service, boundary, role)) {
                whom.forEach((name, policy) -> assertThat(Evaluation.allows(policy, action, fields[1], context))
                        .as("%s allows %s on %s %s", name, action, fields[1], context)
                        .isFalse());
            }
        }
    }

    @Test
    void noDeployOrPreviewRoleTagsAnotherEnvironmentsKeyOrTheStateKey() {
        for (String line : Iam.lines("key-tagging.tsv")) {
            String[] fields = line.split("\t", -1);
            Map<String, String> context = Iam.context("aws:ResourceTag/", fields[4]);
            context.putAll(Iam.context("aws:RequestTag/", fields.length > 5 ? fields[5] : ""));
            String key = fields[3].equals("*") ? "*" : KEYS + fields[3];
            JsonNode policy = CiStacks.policyByRole().get("ddb-changes-ci-" + fields[0]);
            assertThat(Evaluation.allows(policy, fields[2], key, context))
                    .as(line)
                    .isEqualTo(fields[1].equals("allow"));
        }
    }

    /** The actions of the service that name a resource: an Allow on "*" without a condition lists none (those are
     * the ones ci/star-resources.tsv gives a reason for). */
    private static Set<String> scopedActions(String service, JsonNode... policies) {
        Set<String> actions = new LinkedHashSet<>();
        for (JsonNode policy : policies) {
            for (JsonNode statement : Iam.statements(policy, "Allow")) {
                boolean everyResource = Iam.values(statement.path("Resource")).equals(List.of("*"));
                if (everyResource && statement.path("Condition").isMissingNode()) {
                    continue;
                }
                Iam.values(statement.path("Action")).stream()
                        .filter(action -> action.startsWith(service + ":"))
                        .forEach(actions::add);
            }
        }
        assertThat(actions).as("actions of %s", service).isNotEmpty();
        return actions;
    }

    private static JsonNode boundary(String name) {
        return CiStacks.shipped().resources("aws_iam_policy").stream()
                .filter(policy -> policy.path("name").asText().equals(name))
                .map(Synthesized::policy)
                .findFirst()
                .orElseThrow();
    }
}
