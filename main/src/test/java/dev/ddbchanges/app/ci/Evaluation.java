package dev.ddbchanges.app.ci;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * IAM's decision for one request against one policy, for the operators these policies use: allowed when an Allow
 * matches and no Deny does. A missing condition key fails StringEquals and StringLike and passes their negations, as
 * in IAM; an operator it does not know fails the test rather than being guessed.
 */
final class Evaluation {
    private Evaluation() {}

    /** @param context condition keys with their values, such as {@code aws:ResourceTag/environment=dev} */
    static boolean allows(JsonNode policy, String action, String resource, Map<String, String> context) {
        return Iam.statements(policy, "Allow").stream().anyMatch(s -> applies(s, action, resource, context))
                && Iam.statements(policy, "Deny").stream().noneMatch(s -> applies(s, action, resource, context));
    }

    static boolean applies(JsonNode statement, String action, String resource, Map<String, String> context) {
        if (!Iam.actionMatches(statement, action) || !Iam.resourceMatches(statement, resource)) {
            return false;
        }
        return statement
                .path("Condition")
                .propertyStream()
                .allMatch(operator -> operator.getValue()
                        .propertyStream()
                        .allMatch(key ->
                                holds(operator.getKey(), context.get(key.getKey()), Iam.values(key.getValue()))));
    }

    private static boolean holds(String operator, String value, List<String> expected) {
        return switch (operator) {
            case "StringEquals" -> value != null && expected.contains(value);
            case "StringNotEquals" -> value == null || !expected.contains(value);
            case "StringLike" -> value != null && expected.stream().anyMatch(p -> Iam.matches(p, value, false));
            case "StringNotLike" -> value == null || expected.stream().noneMatch(p -> Iam.matches(p, value, false));
            case "Null" -> expected.contains(String.valueOf(value == null));
            default -> throw new IllegalArgumentException("no evaluation of condition operator " + operator);
        };
    }
}
