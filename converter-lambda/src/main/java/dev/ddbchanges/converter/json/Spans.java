package dev.ddbchanges.converter.json;

/**
 * Where a token's text is in the bytes {@link JsonCursor} scans: {@code start << 32 | end} in one long, so the fast
 * paths keep the positions of a record's fields without allocating.
 */
public final class Spans {

    /** No span: the field was absent. */
    public static final long ABSENT = -1;

    private Spans() {}

    public static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    public static int start(long span) {
        return (int) (span >>> 32);
    }

    public static int end(long span) {
        return (int) span;
    }

    public static int length(long span) {
        return end(span) - start(span);
    }
}
