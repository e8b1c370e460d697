package dev.ddbchanges.converter.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class BenchmarkOptionsTest {
    @TempDir
    static Path dir;

    private static Path jar() throws IOException {
        Path jar = dir.resolve("converter-lambda.jar");
        if (!Files.exists(jar)) {
            Files.write(jar, new byte[] {1});
        }
        return jar;
    }

    @Test
    void onlyTheJarIsRequired() throws IOException {
        BenchmarkOptions options = BenchmarkOptions.parse("--jar", jar().toString());

        assertThat(options)
                .isEqualTo(new BenchmarkOptions(
                        jar(),
                        Optional.empty(),
                        7,
                        2,
                        1,
                        8,
                        30,
                        List.of("-XX:TieredStopAtLevel=1"),
                        BenchmarkOptions.Part.ALL));
    }

    @Test
    void everyFlagSetsItsValueInAnyOrder() throws IOException {
        BenchmarkOptions options = BenchmarkOptions.parse(
                "--jar", jar().toString(),
                "--part", "cold",
                "--jvm-options", "  -Xshare:auto   -XX:+UseSerialGC ",
                "--batches", "10000",
                "--launches", "1",
                "--measure", "0.1",
                "--warmup", "0",
                "--rounds", "100",
                "--baseline", jar().toString());

        assertThat(options)
                .isEqualTo(new BenchmarkOptions(
                        jar(),
                        Optional.of(jar()),
                        100,
                        0,
                        0.1,
                        1,
                        10_000,
                        List.of("-Xshare:auto", "-XX:+UseSerialGC"),
                        BenchmarkOptions.Part.COLD));
    }

    @Test
    void emptyJvmOptionsMeanTheJdksDefaults() throws IOException {
        assertThat(BenchmarkOptions.parse("--jar", jar().toString(), "--jvm-options", "")
                        .jvmOptions())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvFileSource(resources = "/bench/bad-flags.tsv", delimiter = '\t', quoteCharacter = '\0')
    void aBadFlagOrValueIsNamedWithWhatIsAllowed(String arguments, String message) throws IOException {
        String[] args = arguments == null
                ? new String[0]
                : Arrays.stream(arguments.split("\\|", -1))
                        .map(a -> a.equals("JAR") ? jarPath() : a)
                        .toArray(String[]::new);

        assertThatThrownBy(() -> BenchmarkOptions.parse(args))
                .isInstanceOf(BenchmarkOptions.BadFlag.class)
                .hasMessage(message);
    }

    private static String jarPath() {
        try {
            return jar().toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
