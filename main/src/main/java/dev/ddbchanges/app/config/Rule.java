package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values a setting accepts: how its JSON value is read, the words that say what is allowed, in README's table and
 * in every refusal, and the JSON Schema editors check cdktf.json with. All three come from the same arguments, so a
 * range cannot be checked one way and described or offered to an editor another.
 *
 * @param reader  the value read from JSON, or empty when it is of the wrong type or not allowed
 * @param allowed what is allowed, as README and the refusal say it
 * @param schema  the same values as a JSON Schema (draft-07); its patterns are valid in Java and in ECMAScript alike
 */
record Rule<T>(Function<JsonNode, Optional<T>> reader, String allowed, ObjectNode schema) {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String LOWERCASE_NAME = "[a-z](?:-?[a-z0-9])*";

    Optional<T> read(JsonNode value) {
        return reader.apply(value);
    }

    @Override
    public ObjectNode schema() {
        return schema.deepCopy();
    }

    /** The same values, with something more said about them (such as {@code ", or null"}). */
    Rule<T> said(String more) {
        return new Rule<>(reader, allowed + more, schema);
    }

    /** Says null is allowed, where null is a value people write on purpose ("no expiration"). */
    Rule<T> orNull() {
        return said(", or null");
    }

    /** The schema with null allowed too: in a setting, null means the default. */
    ObjectNode schemaOrNull() {
        ObjectNode nullable = schema();
        nullable.putArray("type").add(schema.path("type").asText()).add("null");
        if (nullable.has("enum")) {
            ((ArrayNode) nullable.get("enum")).addNull();
        }
        return nullable;
    }

    static Rule<Boolean> trueOrFalse() {
        return new Rule<>(
                value -> value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty(),
                "true or false",
                typed("boolean"));
    }

    /** @param pattern what the whole value must match, in the syntax Java and ECMAScript (editors) share */
    static Rule<String> matching(String pattern, String allowed) {
        ObjectNode schema = typed("string").put("pattern", "^(?:" + pattern + ")$");
        return text(Pattern.compile(pattern).asMatchPredicate(), allowed, schema);
    }

    /** Names that go into every built name: lowercase, so they are valid in every service, even S3. */
    static Rule<String> lowercaseName(int minLength, int maxLength) {
        return bounded(
                minLength,
                maxLength,
                LOWERCASE_NAME,
                minLength + "-" + maxLength
                        + " characters: lowercase letters, digits and single hyphens, starting with a letter");
    }

    /** A value of {@code minLength} to {@code maxLength} characters that matches {@code pattern} as a whole. */
    static Rule<String> bounded(int minLength, int maxLength, String pattern, String allowed) {
        Predicate<String> matches = Pattern.compile(pattern).asMatchPredicate();
        ObjectNode schema = typed("string")
                .put("minLength", minLength)
                .put("maxLength", maxLength)
                .put("pattern", "^(?:" + pattern + ")$");
        return text(
                value -> value.length() >= minLength && value.length() <= maxLength && matches.test(value),
                allowed,
                schema);
    }

    static Rule<String> oneOf(List<String> values) {
        ObjectNode schema = typed("string");
        values.forEach(schema.putArray("enum")::add);
        return text(
                values::contains,
                values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(" or ")),
                schema);
    }

    static Rule<Integer> wholeNumber(int min, int max) {
        return whole(min, max, "a whole number from " + min + " to " + max);
    }

    static Rule<Integer> wholeNumberOf(String unit, int min, int max) {
        return whole(min, max, "a whole number of " + unit + " from " + min + " to " + max);
    }

    /** @param listName what the list is, such as "CloudWatch Logs' periods" */
    static Rule<Integer> oneOfNumbers(String listName, List<Integer> values) {
        ObjectNode schema = typed("integer");
        values.forEach(schema.putArray("enum")::add);
        return whole(
                values::contains,
                "one of " + listName + ": "
                        + values.stream().map(String::valueOf).collect(Collectors.joining(", ")),
                schema);
    }

    /** A JSON number, kept exactly as written (no binary fraction on the way), without trailing zeros. */
    static Rule<BigDecimal> number(String unit, BigDecimal min, BigDecimal max, int decimals) {
        ObjectNode schema = typed("number")
                .put("minimum", min)
                .put("maximum", max)
                .put("multipleOf", BigDecimal.ONE.movePointLeft(decimals));
        return new Rule<>(
                value -> Optional.of(value)
                        .filter(JsonNode::isNumber)
                        .map(number -> number.decimalValue().stripTrailingZeros())
                        .filter(number ->
                                number.compareTo(min) >= 0 && number.compareTo(max) <= 0 && number.scale() <= decimals),
                "a number of " + unit + " from " + min + " to " + max + ", at most "
                        + (decimals == 1 ? "one decimal" : decimals + " decimals"),
                schema);
    }

    private static Rule<String> text(Predicate<String> test, String allowed, ObjectNode schema) {
        return new Rule<>(
                value -> value.isTextual() && test.test(value.textValue())
                        ? Optional.of(value.textValue())
                        : Optional.empty(),
                allowed,
                schema);
    }

    private static Rule<Integer> whole(int min, int max, String allowed) {
        return whole(
                value -> value >= min && value <= max,
                allowed,
                typed("integer").put("minimum", min).put("maximum", max));
    }

    private static Rule<Integer> whole(Predicate<Integer> test, String allowed, ObjectNode schema) {
        return new Rule<>(value -> wholeValue(value).filter(test), allowed, schema);
    }

    /** 14.0 is the whole number 14, as JSON Schema and so every editor counts it. */
    private static Optional<Integer> wholeValue(JsonNode value) {
        if (!value.isNumber()) {
            return Optional.empty();
        }
        BigDecimal number = value.decimalValue().stripTrailingZeros();
        // More than ten digits is beyond an int; checked first, so an exponent such as 1e999999 is never expanded.
        if (number.scale() > 0 || number.precision() - number.scale() > 10) {
            return Optional.empty();
        }
        long whole = number.longValueExact();
        return whole >= Integer.MIN_VALUE && whole <= Integer.MAX_VALUE ? Optional.of((int) whole) : Optional.empty();
    }

    private static ObjectNode typed(String type) {
        return NODES.objectNode().put("type", type);
    }
}
