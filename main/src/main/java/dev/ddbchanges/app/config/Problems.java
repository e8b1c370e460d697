package dev.ddbchanges.app.config;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem in the settings, so one run reports them all. */
final class Problems {
    private final List<String> messages = new ArrayList<>();

    void add(String message) {
        messages.add(message);
    }

    int size() {
        return messages.size();
    }

    void throwIfAny(String source) {
        if (!messages.isEmpty()) {
            throw new InvalidSettingsException(source, messages);
        }
    }
}
