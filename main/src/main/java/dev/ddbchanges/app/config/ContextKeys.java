package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * cdktf.json's {@code context}: this project's {@code environments} and {@code ci}, and the keys cdktf itself reads
 * there. Anything else is most likely a misspelt key of this project's, which would otherwise be ignored unseen.
 */
final class ContextKeys {
    static final String ENVIRONMENTS = "environments";
    static final String CI = "ci";
    /** Context keys cdktf 0.19.2 reads itself; its list of feature flags is empty in that release. */
    static final List<String> CDKTF = List.of("@cdktf/disable_stack_trace_in_metadata", "cdktfJsonPath");

    static final List<String> KNOWN =
            Stream.concat(Stream.of(ENVIRONMENTS, CI), CDKTF.stream()).toList();

    private static final String ENVIRONMENTS_ALLOWED =
            "a JSON object with at least one environment, such as {\"dev\": {}}";

    private ContextKeys() {}

    /** @return context.environments when it holds an environment; else empty, with the reason in {@code problems} */
    static Optional<JsonNode> environments(JsonNode root, Problems problems) {
        JsonNode context = root == null ? null : root.get("context");
        if (context == null || !context.isObject()) {
            problems.add((context == null ? "context is not set" : "context = " + context + " is not allowed")
                    + "; allowed: a JSON object with an environments key, such as {\"environments\": {\"dev\": {}}}");
            return Optional.empty();
        }
        JsonNode environments = context.get(ENVIRONMENTS);
        List<String> unknown = context.propertyStream()
                .map(Map.Entry::getKey)
                .filter(key -> !KNOWN.contains(key))
                .toList();
        // Without environments, the unknown key is most likely it, misspelt.
        String guess = environments == null ? " (is it " + ENVIRONMENTS + ", which is not set?)" : "";
        unknown.forEach(key -> problems.add(
                "context: unknown key '" + key + "'" + guess + "; known keys: " + String.join(", ", KNOWN)));
        if (environments == null) {
            if (unknown.isEmpty()) {
                problems.add("context.environments is not set; allowed: " + ENVIRONMENTS_ALLOWED);
            }
            return Optional.empty();
        }
        if (!environments.isObject() || environments.isEmpty()) {
            problems.add(
                    "context.environments = " + environments + " is not allowed; allowed: " + ENVIRONMENTS_ALLOWED);
            return Optional.empty();
        }
        return Optional.of(environments);
    }
}
