package dev.ddbchanges.app.cli;

/** A command refused or could not go on, for a reason the user can act on: its message is the whole report. */
public final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    private CommandException(String message, int status) {
        super(message);
        this.status = status;
    }

    /** Bad input: exit status {@value Cli#BAD_INPUT}. */
    public static CommandException badInput(String message) {
        return new CommandException(message, Cli.BAD_INPUT);
    }

    /** A program the command runs (terraform) is not installed: exit status {@value Cli#TOOL_MISSING}. */
    public static CommandException toolMissing(String message) {
        return new CommandException(message, Cli.TOOL_MISSING);
    }

    public int status() {
        return status;
    }
}
