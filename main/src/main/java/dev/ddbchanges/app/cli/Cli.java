package dev.ddbchanges.app.cli;

import dev.ddbchanges.app.config.InvalidSettingsException;
import java.io.PrintStream;
import java.util.Map;

/**
 * How every main ends: with the command's own status, or after one {@code error:} line. A user reads the reason, not a
 * stack trace; {@value #DEBUG_VARIABLE}=1 adds the trace of an unexpected exception for whoever debugs it.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int BAD_INPUT = 2;
    public static final int TOOL_MISSING = 3;
    public static final String DEBUG_VARIABLE = "DDB_CHANGES_DEBUG";

    private Cli() {}

    /** A command's body: returns its exit status, throws for anything it could not do. */
    @FunctionalInterface
    public interface Command {
        int run() throws Exception;
    }

    /**
     * For a command that uses the AWS SDK, which logs through SLF4J: a command reports in its own words, so without a
     * chosen provider SLF4J's own warning about finding none would be the first thing printed.
     */
    public static void silenceSdkLogging() {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "WARN");
        }
    }

    public static void exit(Command command) {
        System.exit(status(command, System.err, System.getenv()));
    }

    public static int status(Command command, PrintStream err, Map<String, String> variables) {
        try {
            return command.run();
        } catch (CommandException e) {
            err.println("error: " + e.getMessage());
            return e.status();
        } catch (InvalidSettingsException e) {
            err.println("error: " + e.getMessage());
            return BAD_INPUT;
        } catch (IllegalArgumentException e) {
            // The app's own checks throw these with a message meant for the user; one without a message is a bug.
            if (e.getMessage() == null || e.getMessage().isBlank()) {
                return unexpected(e, err, variables);
            }
            err.println("error: " + firstLine(e.getMessage()));
            return BAD_INPUT;
        } catch (Exception | LinkageError | AssertionError e) {
            return unexpected(e, err, variables);
        }
    }

    private static int unexpected(Throwable e, PrintStream err, Map<String, String> variables) {
        boolean debug = "1".equals(variables.get(DEBUG_VARIABLE));
        err.println("error: unexpected " + e.getClass().getName() + ": " + firstLine(e.getMessage())
                + (debug ? "" : " (" + DEBUG_VARIABLE + "=1 shows where it happened)"));
        if (debug) {
            e.printStackTrace(err);
        }
        return BAD_INPUT;
    }

    private static String firstLine(String message) {
        return message == null
                ? "(no message)"
                : message.strip().lines().findFirst().orElse("(no message)");
    }
}
