package dev.ddbchanges.app.engines;

import dev.ddbchanges.app.TestApps;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK Trino runs on. Trino 476 needs Java 24 or newer while the build runs on 17, so the tests take a second JDK
 * from {@value #PROPERTY} (the pom fills it from {@value #ENV}). Without one the Trino tests are skipped, except under
 * {@code CI=true}, where they fail: a CI run that proves nothing on Trino must not pass.
 */
final class TrinoJava {
    static final String PROPERTY = "trino.java.home";
    static final String ENV = "TRINO_JAVA_HOME";
    static final int MINIMUM = 24;

    private static final Pattern VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private TrinoJava() {}

    /** The JDK's home, or the test is skipped (failed under CI=true) with what is missing and what is allowed. */
    static Path home() {
        String configured = Optional.ofNullable(System.getProperty(PROPERTY))
                .filter(value -> !value.isBlank())
                .orElse(System.getenv(ENV));
        Optional<String> problem = problem(configured);
        if (problem.isPresent()) {
            TestApps.unavailable(problem.get());
        }
        return Path.of(configured);
    }

    static Optional<String> problem(String home) {
        String allowed = "; allowed: the home of a JDK " + MINIMUM + " or newer (such as "
                + "/usr/lib/jvm/temurin-25-jdk-amd64) in -D" + PROPERTY + " or the environment variable " + ENV;
        if (home == null || home.isBlank()) {
            return Optional.of(
                    "Trino needs Java " + MINIMUM + "+, but neither " + PROPERTY + " nor " + ENV + " is set" + allowed);
        }
        Path release = Path.of(home).resolve("release");
        if (!Files.isExecutable(Path.of(home).resolve("bin/java")) || !Files.isRegularFile(release)) {
            return Optional.of(
                    PROPERTY + " / " + ENV + " = " + home + " is not a JDK (no bin/java or release file)" + allowed);
        }
        try {
            Matcher version = VERSION.matcher(Files.readString(release));
            if (!version.find()) {
                return Optional.of(home + "/release names no JAVA_VERSION" + allowed);
            }
            int major = Integer.parseInt(version.group(1));
            return major >= MINIMUM
                    ? Optional.empty()
                    : Optional.of(PROPERTY + " / " + ENV + " = " + home + " is Java " + major + allowed);
        } catch (IOException e) {
            return Optional.of("cannot read " + release + ": " + e.getMessage() + allowed);
        }
    }
}
