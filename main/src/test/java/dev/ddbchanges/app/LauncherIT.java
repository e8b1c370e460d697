package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The launcher itself, as a user runs it: the build's output stays hidden and the app's one error line and exit code
 * come through. An IT, after {@code package}, so that the launcher's own build finds everything built and offline.
 */
class LauncherIT {
    @Test
    void anUnknownPlanTargetIsOneErrorLineAndExitTwoAfterAQuietBuild() throws Exception {
        Result result = launch("plan", "qa");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr())
                .isEqualTo("error: no stack 'qa' to plan; allowed: dev, prod, state-bootstrap-111111111111, "
                        + "state-bootstrap-222222222222, ci-access-111111111111, ci-access-222222222222 (the "
                        + "environments in cdktf.json, state-bootstrap-<account>, ci-access-<account>)\n");
    }

    @Test
    void anUnknownCommandIsRefusedWithTheOnesThereAre() throws Exception {
        Result result = launch("deploy");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr())
                .isEqualTo("error: unknown command 'deploy'; allowed: plan, synth, replay, redrive, backfill, "
                        + "rebuild-current-state, benchmark, refresh-cost, request-sizes, help (./ddb-changes help "
                        + "explains each)\n");
    }

    private record Result(int status, String stdout, String stderr) {}

    private static Result launch(String... args) throws IOException, InterruptedException {
        Path out = Files.createTempFile("launcher-", ".out");
        Path err = Files.createTempFile("launcher-", ".err");
        ProcessBuilder builder = new ProcessBuilder(
                        concat(Path.of("ddb-changes").toAbsolutePath().toString(), args))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        // This build has just built what the launcher runs. A second Maven run inside it would rewrite the converter
        // jar under the outer build, and .ci/run's clean-build hash would then be an incremental build's.
        builder.environment().put("DDB_CHANGES_SKIP_BUILD", "1");
        int status = builder.start().waitFor();
        return new Result(
                status, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> concat(String first, String... rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), java.util.stream.Stream.of(rest))
                .toList();
    }
}
