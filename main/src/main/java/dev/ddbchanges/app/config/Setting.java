package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * One key an environment in cdktf.json may set, defined once: its type and allowed values, its default per kind of
 * environment, and README's words for it. {@link Definitions} lists them all; README's settings table is held to them
 * by a test, and refusals quote {@link #allowed()}. Written as
 * {@code Setting.key("k").allows(rule).defaults(fallback).means("...")}, so each part is named where it is given.
 *
 * @param meaning README's meaning column
 */
record Setting<T>(String key, Rule<T> rule, Fallback<T> fallback, String meaning) {
    Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(fallback, "fallback");
        Objects.requireNonNull(meaning, "meaning");
    }

    static Key key(String key) {
        return new Key(key);
    }

    /** README's default column. */
    String defaultText() {
        return fallback.text();
    }

    /** README's allowed column, and what a refusal says is allowed. */
    String allowed() {
        return rule.allowed();
    }

    /** The value the environment's object gives, when it gives one that is allowed. */
    Optional<T> given(JsonNode environment) {
        JsonNode value = environment.get(key);
        return value == null || value.isNull() ? Optional.empty() : rule.read(value);
    }

    /** Whether the object gives a value that is not allowed (absent and null are allowed: they mean the default). */
    boolean refuses(JsonNode environment) {
        return environment.hasNonNull(key) && given(environment).isEmpty();
    }

    /**
     * @throws IllegalStateException for a setting without a default value, which the parser must not ask for
     */
    T defaultFor(boolean production) {
        return fallback.value(production).orElseThrow(() -> new IllegalStateException(key + " has no default value"));
    }

    record Key(String key) {
        <T> Typed<T> allows(Rule<T> rule) {
            return new Typed<>(key, rule);
        }
    }

    record Typed<T>(String key, Rule<T> rule) {
        Defaulted<T> defaults(Fallback<T> fallback) {
            return new Defaulted<>(key, rule, fallback);
        }
    }

    record Defaulted<T>(String key, Rule<T> rule, Fallback<T> fallback) {
        Setting<T> means(String meaning) {
            return new Setting<>(key, rule, fallback, meaning);
        }
    }
}
