package dev.ddbchanges.converter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What README.md and the converter contract page promise, read from them, so the tests hold them to the code. */
final class Readme {

    private static final Pattern COLUMN_ROW = Pattern.compile("^\\| `([a-z_]+)` \\| `([a-z]+)` \\|", Pattern.MULTILINE);
    private static final Pattern TEST_COMMAND_ROW =
            Pattern.compile("^\\| every test \\| `([^`]+)` \\|", Pattern.MULTILINE);
    private static final Pattern HANDLER_ROW = Pattern.compile("^\\| handler \\| `([^`]+)` \\|", Pattern.MULTILINE);

    private Readme() {}

    /** Surefire and failsafe run in the module directory; README.md is at the repository root. */
    static Path root() {
        return Path.of(System.getProperty("basedir", "."))
                .resolve("..")
                .toAbsolutePath()
                .normalize();
    }

    static String text() {
        return read("README.md");
    }

    /** The converter contract page, where the columns and the handler are documented. */
    static String contract() {
        return read("docs/converter.md");
    }

    private static String read(String file) {
        Path path = root().resolve(file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " not found at " + path, e);
        }
    }

    /** The column table between the columns markers: column name to Athena type, in README order. */
    static Map<String, String> athenaColumnTypes() {
        String text = contract();
        String table = text.substring(text.indexOf("<!-- columns:start -->"), text.indexOf("<!-- columns:end -->"));
        Map<String, String> columns = new LinkedHashMap<>();
        Matcher row = COLUMN_ROW.matcher(table);
        while (row.find()) {
            columns.put(row.group(1), row.group(2));
        }
        return columns;
    }

    /** The handler string README tells users to configure. */
    static String handler() {
        return firstGroup(HANDLER_ROW, contract(), "handler");
    }

    /** The command README gives for running every test. */
    static String testCommand() {
        return firstGroup(TEST_COMMAND_ROW, text(), "every test");
    }

    private static String firstGroup(Pattern pattern, String text, String row) {
        Matcher match = pattern.matcher(text);
        if (!match.find()) {
            throw new IllegalStateException("no \"" + row + "\" row in the page");
        }
        return match.group(1);
    }
}
