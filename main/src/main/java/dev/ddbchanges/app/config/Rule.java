package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The values a setting accepts: how its JSON value is read, and the words that say what is allowed, in README's table
 * and in every refusal. Both come from the same arguments, so a range cannot be checked one way and described another.
 *
 * @param reader  the value read from JSON, or empty when it is of the wrong type or not allowed
 * @param allowed what is allowed, as README and the refusal say it
 */
record Rule<T>(Function<JsonNode, Optional<T>> reader, String allowed) {
    private static final Pattern LOWERCASE_NAME = Pattern.compile("[a-z](?:-?[a-z0-9])*");

    Optional<T> read(JsonNode value) {
        return reader.apply(value);
    }

    /** The same values, with something more said about them (such as {@code ", or null"}). */
    Rule<T> said(String more) {
        return new Rule<>(reader, allowed + more);
    }

    Rule<T> orNull() {
        return said(", or null");
    }

    static Rule<Boolean> trueOrFalse() {
        return new Rule<>(
                value -> value.isBoolean() ? Optional.of(value.booleanValue()) : Optional.empty(), "true or false");
    }

    static Rule<String> text(Predicate<String> test, String allowed) {
        return new Rule<>(
                value -> value.isTextual() && test.test(value.textValue())
                        ? Optional.of(value.textValue())
                        : Optional.empty(),
                allowed);
    }

    static Rule<String> matching(String pattern, String allowed) {
        return text(Pattern.compile(pattern).asMatchPredicate(), allowed);
    }

    /** Names that go into every built name: lowercase, so they are valid in every service, even S3. */
    static Rule<String> lowercaseName(int minLength, int maxLength) {
        return text(
                value -> value.length() >= minLength
                        && value.length() <= maxLength
                        && LOWERCASE_NAME.matcher(value).matches(),
                minLength + "-" + maxLength
                        + " characters: lowercase letters, digits and single hyphens, starting with a letter");
    }

    static Rule<String> oneOf(List<String> values) {
        return text(
                values::contains,
                values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(" or ")));
    }

    static Rule<Integer> wholeNumber(int min, int max) {
        return whole(value -> value >= min && value <= max, "a whole number from " + min + " to " + max);
    }

    static Rule<Integer> wholeNumberOf(String unit, int min, int max) {
        return whole(
                value -> value >= min && value <= max, "a whole number of " + unit + " from " + min + " to " + max);
    }

    /** @param listName what the list is, such as "CloudWatch Logs' periods" */
    static Rule<Integer> oneOfNumbers(String listName, List<Integer> values) {
        return whole(
                values::contains,
                "one of " + listName + ": "
                        + values.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }

    /** A JSON number, kept exactly as written (no binary fraction on the way), without trailing zeros. */
    static Rule<BigDecimal> number(String unit, BigDecimal min, BigDecimal max, int decimals) {
        return new Rule<>(
                value -> Optional.of(value)
                        .filter(JsonNode::isNumber)
                        .map(number -> number.decimalValue().stripTrailingZeros())
                        .filter(number ->
                                number.compareTo(min) >= 0 && number.compareTo(max) <= 0 && number.scale() <= decimals),
                "a number of " + unit + " from " + min + " to " + max + ", at most "
                        + (decimals == 1 ? "one decimal" : decimals + " decimals"));
    }

    private static Rule<Integer> whole(Predicate<Integer> test, String allowed) {
        return new Rule<>(
                value -> value.isIntegralNumber() && value.canConvertToInt() && test.test(value.intValue())
                        ? Optional.of(value.intValue())
                        : Optional.empty(),
                allowed);
    }
}
