package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem in the settings, so one run reports them all. */
final class Problems {
    private final List<String> messages = new ArrayList<>();

    /** A value that is not allowed: names the environment, the field, the value as written, and what is allowed. */
    void invalid(String environment, String field, JsonNode value, String allowed) {
        messages.add("environment '" + environment + "': " + field + " = " + value + " is not allowed; allowed: "
                + allowed);
    }

    void add(String message) {
        messages.add(message);
    }

    boolean isEmpty() {
        return messages.isEmpty();
    }

    void throwIfAny(String source) {
        if (!messages.isEmpty()) {
            throw new InvalidSettingsException(source, messages);
        }
    }
}
