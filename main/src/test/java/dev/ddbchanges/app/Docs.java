package dev.ddbchanges.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** README.md and the pages under docs/, read by the tests that hold them to the code. */
final class Docs {
    private Docs() {}

    /** A file relative to the repository root, where the tests of main run. */
    static String read(String file) {
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(file + " cannot be read", e);
        }
    }

    /** The text between {@code <!-- name:start -->} and {@code <!-- name:end -->}, which must both be there. */
    static String between(String text, String name) {
        int start = text.indexOf("<!-- " + name + ":start -->");
        int end = text.indexOf("<!-- " + name + ":end -->");
        if (start < 0 || end < start) {
            throw new AssertionError("no " + name + ":start/end markers");
        }
        return text.substring(start, end);
    }
}
