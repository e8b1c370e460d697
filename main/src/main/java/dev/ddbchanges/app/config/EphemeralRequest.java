package dev.ddbchanges.app.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A short-lived environment asked for without editing cdktf.json: {@code DDB_CHANGES_ENVIRONMENT=pr-123} (and
 * optionally {@code DDB_CHANGES_BASE=dev}) in the shell that runs cdktf, or {@code --environment=pr-123
 * --base=dev} when the app is run directly. Arguments win over variables.
 */
public record EphemeralRequest(Optional<String> name, String base) {
    public static final String NAME_VARIABLE = "DDB_CHANGES_ENVIRONMENT";
    public static final String BASE_VARIABLE = "DDB_CHANGES_BASE";
    private static final String NAME_ARGUMENT = "--environment=";
    private static final String BASE_ARGUMENT = "--base=";
    /** Ephemeral environments preview a change, so they copy the environment changes are tried in first. */
    static final String DEFAULT_BASE = "dev";

    public static final EphemeralRequest NONE = new EphemeralRequest(Optional.empty(), DEFAULT_BASE);

    public static EphemeralRequest of(String name, String base) {
        return new EphemeralRequest(Optional.of(name), base);
    }

    /**
     * @throws IllegalArgumentException for an argument it does not know, naming the ones it does
     */
    public static EphemeralRequest from(List<String> args, Map<String, String> variables) {
        Optional<String> name =
                Optional.ofNullable(variables.get(NAME_VARIABLE)).filter(v -> !v.isEmpty());
        String base = Optional.ofNullable(variables.get(BASE_VARIABLE))
                .filter(v -> !v.isEmpty())
                .orElse(DEFAULT_BASE);
        for (String arg : args) {
            if (arg.startsWith(NAME_ARGUMENT)) {
                name = Optional.of(arg.substring(NAME_ARGUMENT.length()));
            } else if (arg.startsWith(BASE_ARGUMENT)) {
                base = arg.substring(BASE_ARGUMENT.length());
            } else {
                throw new IllegalArgumentException("unknown argument '" + arg + "'; allowed: " + NAME_ARGUMENT
                        + "<name> and " + BASE_ARGUMENT + "<declared environment>");
            }
        }
        return new EphemeralRequest(name, base);
    }
}
