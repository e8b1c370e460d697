package dev.ddbchanges.app.redrive;

/** A reason the command cannot go on, said in one line that names what and why; the command exits 2 with it. */
final class RedriveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RedriveException(String message) {
        super(message);
    }

    RedriveException(String message, Throwable cause) {
        super(message, cause);
    }
}
