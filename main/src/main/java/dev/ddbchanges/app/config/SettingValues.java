package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Typed reads of one environment's JSON object. A value that is absent or null reads as empty (the default applies);
 * a value of the wrong type or out of range is reported, remembered as rejected, and also reads as empty.
 */
final class SettingValues {
    private final String environment;
    private final JsonNode node;
    private final Problems problems;
    private final Set<Setting> rejected = EnumSet.noneOf(Setting.class);
    private boolean clean = true;

    SettingValues(String environment, JsonNode node, Problems problems) {
        this.environment = environment;
        this.node = node;
        this.problems = problems;
    }

    /** Whether nothing has been reported for this environment. */
    boolean clean() {
        return clean;
    }

    boolean isSet(Setting setting) {
        return node.hasNonNull(setting.key());
    }

    boolean anyRejected(Collection<Setting> settings) {
        return settings.stream().anyMatch(rejected::contains);
    }

    void report(String problem) {
        problems.add("environment '" + environment + "': " + problem);
        clean = false;
    }

    void reportUnknownKeys() {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!Setting.keys().contains(property.getKey())) {
                report("unknown setting '" + property.getKey() + "'; known settings: "
                        + String.join(", ", Setting.keys()));
            }
        }
    }

    Optional<String> text(Setting setting, Predicate<String> rule) {
        return accepted(setting, value -> value.isTextual() && rule.test(value.textValue())).map(JsonNode::textValue);
    }

    Optional<Boolean> bool(Setting setting) {
        return accepted(setting, JsonNode::isBoolean).map(JsonNode::booleanValue);
    }

    OptionalInt integer(Setting setting, int min, int max) {
        return whole(setting, value -> value >= min && value <= max);
    }

    OptionalInt oneOf(Setting setting, List<Integer> allowed) {
        return whole(setting, allowed::contains);
    }

    /** A JSON number, kept exactly as written (no binary fraction on the way). */
    Optional<BigDecimal> decimal(Setting setting, BigDecimal min, BigDecimal max, int decimals) {
        return accepted(setting, value -> value.isNumber() && value.decimalValue().compareTo(min) >= 0
                && value.decimalValue().compareTo(max) <= 0
                && value.decimalValue().stripTrailingZeros().scale() <= decimals)
                .map(value -> value.decimalValue().stripTrailingZeros());
    }

    private OptionalInt whole(Setting setting, Predicate<Integer> rule) {
        return accepted(setting, value -> value.isIntegralNumber() && value.canConvertToInt()
                && rule.test(value.intValue()))
                .map(value -> OptionalInt.of(value.intValue()))
                .orElse(OptionalInt.empty());
    }

    private Optional<JsonNode> accepted(Setting setting, Predicate<JsonNode> rule) {
        JsonNode value = node.get(setting.key());
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (rule.test(value)) {
            return Optional.of(value);
        }
        rejected.add(setting);
        report(setting.key() + " = " + value + " is not allowed; allowed: " + setting.allowed());
        return Optional.empty();
    }
}
