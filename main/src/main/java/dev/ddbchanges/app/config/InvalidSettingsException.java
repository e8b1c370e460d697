package dev.ddbchanges.app.config;

import java.util.List;

/** Thrown before anything is synthesized: every problem found in the settings, each on its own line. */
public final class InvalidSettingsException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    InvalidSettingsException(String source, List<String> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + " in " + source
                + "; nothing was synthesized:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
