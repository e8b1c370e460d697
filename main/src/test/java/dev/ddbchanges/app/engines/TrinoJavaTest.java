package dev.ddbchanges.app.engines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrinoJavaTest {
    private static final String ALLOWED = "allowed: the home of a JDK 24 or newer (such as "
            + "/usr/lib/jvm/temurin-25-jdk-amd64) in -Dtrino.java.home or the environment variable TRINO_JAVA_HOME";

    @Test
    void noJdkConfiguredNamesThePropertyTheVariableAndWhatIsAllowed() {
        assertThat(TrinoJava.problem(null))
                .hasValue("Trino needs Java 24+, but neither trino.java.home nor TRINO_JAVA_HOME is set; " + ALLOWED);
        assertThat(TrinoJava.problem(" ")).isEqualTo(TrinoJava.problem(null));
    }

    @Test
    void aJdkOlderThan24IsRefusedWithItsVersion(@TempDir Path jdk) throws Exception {
        fakeJdk(jdk, "17.0.2");

        assertThat(TrinoJava.problem(jdk.toString()))
                .hasValue("trino.java.home / TRINO_JAVA_HOME = " + jdk + " is Java 17; " + ALLOWED);
    }

    @Test
    void aDirectoryThatIsNoJdkIsRefused(@TempDir Path notJdk) {
        assertThat(TrinoJava.problem(notJdk.toString()))
                .hasValue("trino.java.home / TRINO_JAVA_HOME = " + notJdk
                        + " is not a JDK (no bin/java or release file); " + ALLOWED);
    }

    @Test
    void java24AndNewerAreAccepted(@TempDir Path jdk) throws Exception {
        fakeJdk(jdk, "24");
        assertThat(TrinoJava.problem(jdk.toString())).isEmpty();

        fakeJdk(jdk, "25.0.3");
        assertThat(TrinoJava.problem(jdk.toString())).isEmpty();
    }

    private static void fakeJdk(Path home, String version) throws Exception {
        Files.createDirectories(home.resolve("bin"));
        Path java = home.resolve("bin/java");
        Files.deleteIfExists(java);
        Files.createFile(java, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"test\"\nJAVA_VERSION=\"" + version + "\"\n");
    }
}
