package dev.ddbchanges.app.config;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What a setting is when cdktf.json leaves it out, per kind of environment, with README's words for it. Where the
 * kinds differ, the production value is the safer one: state and data outlive a mistake there.
 *
 * @param nonProduction the value outside production; empty when the setting has no value by default
 * @param production    the value in production; empty when the setting has no value by default
 * @param text          README's default column
 */
record Fallback<T>(Optional<T> nonProduction, Optional<T> production, String text) {

    static <T> Fallback<T> always(T value) {
        return new Fallback<>(Optional.of(value), Optional.of(value), show(value));
    }

    static <T> Fallback<T> byKind(T nonProduction, T production) {
        return new Fallback<>(
                Optional.of(nonProduction),
                Optional.of(production),
                show(nonProduction) + "; production: " + show(production));
    }

    /** @param instead what happens without a value, such as "data is kept until deleted" */
    static <T> Fallback<T> none(String instead) {
        return derived("none: " + instead);
    }

    /** No value of its own: the parser takes another setting's, as {@code text} says. */
    static <T> Fallback<T> derived(String text) {
        return new Fallback<>(Optional.empty(), Optional.empty(), text);
    }

    /** Only applies under a condition the parser checks, such as "streamMode is PROVISIONED". */
    Fallback<T> when(String condition) {
        return new Fallback<>(nonProduction, production, text + " when " + condition);
    }

    Optional<T> value(boolean inProduction) {
        return inProduction ? production : nonProduction;
    }

    private static String show(Object value) {
        if (value instanceof String text) {
            return "\"" + text + "\"";
        }
        return value instanceof BigDecimal number ? number.toPlainString() : String.valueOf(value);
    }
}
