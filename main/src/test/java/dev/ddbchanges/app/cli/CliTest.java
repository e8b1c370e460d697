package dev.ddbchanges.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every main's ending: its status, or one error line; a stack trace only when asked for. */
class CliTest {
    private static final String USAGE = "./ddb-changes demo [<file>] [--query <id>] [--dry-run]";

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void anUnexpectedExceptionIsOneLineWithItsClassAndFirstLineOfItsMessage() {
        int status = status(Map.of(), () -> {
            throw new IllegalStateException("broken\n\tat somewhere");
        });

        assertThat(status).isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: unexpected java.lang.IllegalStateException: broken (DDB_CHANGES_DEBUG=1 shows "
                        + "where it happened)\n");
    }

    @Test
    void anIllegalArgumentWithoutAMessageIsABugNotBadInput() {
        int status = status(Map.of(), () -> {
            throw new IllegalArgumentException();
        });

        assertThat(status).isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: unexpected java.lang.IllegalArgumentException: (no message) (DDB_CHANGES_DEBUG=1 "
                        + "shows where it happened)\n");
    }

    @Test
    void anIllegalArgumentsMessageIsTheUsersOneLine() {
        int status = status(Map.of(), () -> {
            throw new IllegalArgumentException("--from = 2026-13-01T00 is not an hour\nsecond line");
        });

        assertThat(status).isEqualTo(2);
        assertThat(err()).isEqualTo("error: --from = 2026-13-01T00 is not an hour\n");
    }

    @Test
    void withDebugTheUnexpectedExceptionsStackTraceFollowsItsLine() {
        status(Map.of("DDB_CHANGES_DEBUG", "1"), () -> {
            throw new IllegalStateException("broken");
        });

        assertThat(err().lines().toList().get(0))
                .isEqualTo("error: unexpected java.lang.IllegalStateException: broken");
        assertThat(err()).contains("\tat dev.ddbchanges.app.cli.CliTest");
    }

    @Test
    void aCommandsOwnRefusalKeepsItsStatus() {
        assertThat(status(Map.of(), () -> {
                    throw CommandException.toolMissing("terraform is not on PATH");
                }))
                .isEqualTo(3);
        assertThat(err()).isEqualTo("error: terraform is not on PATH\n");
        assertThat(status(Map.of(), () -> 0)).isZero();
    }

    @Test
    void argumentsTakeBothSpellingsOfAValueSwitchesAndOperands() {
        Arguments parsed = parse("a.jsonl", "--query=key_history", "--dry-run");

        assertThat(parsed.positional(0)).contains("a.jsonl");
        assertThat(parsed.value("--query")).contains("key_history");
        assertThat(parsed.has("--dry-run")).isTrue();
        assertThat(parse("--query", "x").value("--query")).isEqualTo(Optional.of("x"));
        assertThat(Arguments.wantsHelp(List.of("x", "-h"))).isTrue();
    }

    @Test
    void badArgumentsAreRefusedWithTheUsage() {
        assertThatThrownBy(() -> parse("--sql", "x.sql")).hasMessage("unknown argument '--sql'; usage: " + USAGE);
        assertThatThrownBy(() -> parse("--query")).hasMessage("--query needs a value; usage: " + USAGE);
        assertThatThrownBy(() -> parse("--query", "a", "--query", "b"))
                .hasMessage("--query is given twice; usage: " + USAGE);
        assertThatThrownBy(() -> parse("a.jsonl", "b.jsonl"))
                .hasMessage("unexpected argument 'b.jsonl'; usage: " + USAGE);
    }

    private static Arguments parse(String... args) {
        return Arguments.parse(List.of(args), USAGE, Set.of("--query"), Set.of("--dry-run"), 1);
    }

    private int status(Map<String, String> variables, Cli.Command command) {
        return Cli.status(command, new PrintStream(err, true, StandardCharsets.UTF_8), variables);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
