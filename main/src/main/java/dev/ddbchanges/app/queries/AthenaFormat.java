package dev.ddbchanges.app.queries;

import java.util.stream.Collectors;

/**
 * Turns a statement with one {@code ?} into the Step Functions intrinsic that writes the refresh time where the
 * {@code ?} was, for a statement Athena cannot be given execution parameters for (MERGE). The text is the statement
 * the tests and the local replay run: only its comment lines are dropped and its lines joined, because the intrinsic's
 * string holds one line, and a {@code --} comment would swallow the rest of it.
 */
public final class AthenaFormat {
    /** The input field that holds the refresh time (ISO-8601 UTC, as Scheduler writes it). */
    public static final String TIME_PATH = "$.time";

    private AthenaFormat() {}

    /** {@code States.Format('<the statement, escaped, with '{}' for the ?>', $.time)}. */
    public static String withTime(String sql) {
        String text = oneLine(sql);
        long marks = text.chars().filter(c -> c == '?').count();
        if (marks != 1) {
            throw new IllegalArgumentException(
                    "the statement has " + marks + " '?' marks; allowed: exactly one, the " + "refresh time");
        }
        // States.Format's template is a quoted string in which ' { } and \ are escaped with a backslash.
        String escaped = text.replace("\\", "\\\\")
                .replace("'", "\\'")
                .replace("{", "\\{")
                .replace("}", "\\}")
                .replace("?", "\\'{}\\'");
        return "States.Format('" + escaped + "', " + TIME_PATH + ")";
    }

    /** The statement as one line, without its comment lines: what {@link #withTime} escapes. */
    public static String oneLine(String sql) {
        return sql.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("--"))
                .collect(Collectors.joining(" "));
    }
}
