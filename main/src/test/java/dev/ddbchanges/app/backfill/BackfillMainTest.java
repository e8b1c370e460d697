package dev.ddbchanges.app.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.cli.Cli;
import dev.ddbchanges.app.config.EphemeralRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command as the launcher runs it: its usage, and one error line for what it cannot start with. */
class BackfillMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void helpPrintsTheUsage() {
        assertThat(status("--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("usage: ./ddb-changes backfill [--environment <env>] [--export-arn <arn>] [--dry-run] "
                        + "[--new-export] [--bucket <name>] [--lines-per-object <n>] [--endpoint <url>]\n");
    }

    @Test
    void anUnknownFlagIsOneErrorLine() {
        assertThat(status("--from", "2026-12-01T00")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("error: unknown argument '--from'; usage: ./ddb-changes backfill [--environment <env>] "
                        + "[--export-arn <arn>] [--dry-run] [--new-export] [--bucket <name>] "
                        + "[--lines-per-object <n>] [--endpoint <url>]\n");
    }

    @Test
    void anUnknownEnvironmentIsOneErrorLine() {
        assertThat(status("--environment", "nowhere", "--dry-run")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("error: --environment nowhere is not in cdktf.json; allowed: dev, prod\n");
    }

    private int status(String... args) {
        PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);
        return Cli.status(
                () -> BackfillMain.run(
                        List.of(args),
                        EphemeralRequest.from(List.of(), Map.of()),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        errors),
                errors,
                Map.of());
    }
}
