package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One environment's JSON object, checked against every {@link Definitions definition} on construction: each unknown
 * key and each value that is not allowed is reported then, once. Afterwards a value that is absent, null or refused
 * reads as empty, so its default applies and the combination checks still run: one run reports every problem.
 */
final class SettingValues {
    private final String environment;
    private final JsonNode node;
    private final Problems problems;
    private final boolean production;
    private boolean clean = true;

    SettingValues(String environment, JsonNode node, Problems problems) {
        this.environment = environment;
        this.node = node;
        this.problems = problems;
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!Definitions.keys().contains(property.getKey())) {
                report("unknown setting '" + property.getKey() + "'; known settings: "
                        + String.join(", ", Definitions.keys()));
            }
        }
        for (Setting<?> setting : Definitions.ALL) {
            if (setting.refuses(node)) {
                report(setting.key() + " = " + node.get(setting.key()) + " is not allowed; allowed: "
                        + setting.allowed());
            }
        }
        // Whether the environment is production does not itself depend on it: its default is the same for both.
        this.production = given(EnvironmentDefinitions.PRODUCTION)
                .orElseGet(() -> EnvironmentDefinitions.PRODUCTION.defaultFor(false));
    }

    boolean production() {
        return production;
    }

    /** The value cdktf.json gives, when it is allowed. */
    <T> Optional<T> given(Setting<T> setting) {
        return setting.given(node);
    }

    OptionalInt givenInt(Setting<Integer> setting) {
        return given(setting).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The value cdktf.json gives, or the setting's default for this kind of environment. */
    <T> T resolved(Setting<T> setting) {
        return given(setting).orElseGet(() -> setting.defaultFor(production));
    }

    boolean isSet(Setting<?> setting) {
        return node.hasNonNull(setting.key());
    }

    boolean anyRefused(Collection<Setting<?>> settings) {
        return settings.stream().anyMatch(setting -> setting.refuses(node));
    }

    /** Whether nothing has been reported for this environment. */
    boolean clean() {
        return clean;
    }

    void report(String problem) {
        problems.add("environment '" + environment + "': " + problem);
        clean = false;
    }
}
