package dev.ddbchanges.converter.firehose;

/**
 * The request is not a Firehose transformation event at all, so no per-record response can be built. Firehose never
 * sends such a request; if it happens, the invocation fails and Firehose retries, then writes the whole batch to the
 * error prefix: nothing is lost. Messages say where, never what (the request carries item data).
 */
public final class MalformedFirehoseEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MalformedFirehoseEventException(String message) {
        super(message);
    }
}
