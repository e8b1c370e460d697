package dev.ddbchanges.app.ci;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.TestApps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** IAM's wildcard matching ('*' and '?'; actions ignore case), and the test files of this package. */
final class Iam {
    private Iam() {}

    static boolean matches(String pattern, String value, boolean ignoreCase) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString(), ignoreCase ? Pattern.CASE_INSENSITIVE : 0)
                .matcher(value)
                .matches();
    }

    static boolean actionMatches(JsonNode statement, String action) {
        return values(statement.path("Action")).stream().anyMatch(pattern -> matches(pattern, action, true));
    }

    static boolean resourceMatches(JsonNode statement, String resource) {
        return values(statement.path("Resource")).stream().anyMatch(pattern -> matches(pattern, resource, false));
    }

    static List<String> values(JsonNode stringOrArray) {
        List<String> values = new ArrayList<>();
        if (stringOrArray.isTextual()) {
            values.add(stringOrArray.asText());
        } else {
            stringOrArray.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    static List<JsonNode> statements(JsonNode policy, String effect) {
        List<JsonNode> found = new ArrayList<>();
        policy.path("Statement").forEach(statement -> {
            if (statement.path("Effect").asText().equals(effect)) {
                found.add(statement);
            }
        });
        return found;
    }

    /** The lines of a file under ci/, without blank lines and {@code #} comments. */
    static List<String> lines(String file) {
        try {
            return Files.readAllLines(TestApps.resource("ci/" + file)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A request's condition keys from {@code name=value} pairs, comma separated, each name prefixed. */
    static Map<String, String> context(String prefix, String pairs) {
        Map<String, String> context = new LinkedHashMap<>();
        for (String pair : pairs.split(",")) {
            if (!pair.isEmpty()) {
                context.put(prefix + pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        return context;
    }

    static String lower(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
