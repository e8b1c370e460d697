package dev.ddbchanges.converter.json;

import static dev.ddbchanges.converter.json.JsonCursor.require;
import static dev.ddbchanges.converter.json.Spans.end;
import static dev.ddbchanges.converter.json.Spans.length;
import static dev.ddbchanges.converter.json.Spans.start;

import java.util.Arrays;

/**
 * The names of each open object's members, per nesting level, so that a name twice in one object is not common
 * (Jackson rejects it, and the reference must have the last word). Arrays are reused from record to record.
 */
final class MemberNames {

    /** Names per object checked here; objects with more are left to Jackson. */
    static final int MAX_NAMES = 32;

    private final long[][] names;
    private final int[] counts;

    MemberNames(int levels) {
        names = new long[levels][];
        counts = new int[levels];
    }

    /** An object opened at {@code depth}: it has no names yet. */
    void clear(int depth) {
        counts[depth] = 0;
    }

    /** The next name of the object at {@code depth}, a span of {@code in}. */
    void add(int depth, long name, byte[] in) {
        long[] seen = names[depth];
        if (seen == null) {
            seen = new long[MAX_NAMES];
            names[depth] = seen;
        }
        int count = counts[depth];
        require(count < MAX_NAMES);
        for (int i = 0; i < count; i++) {
            require(length(seen[i]) != length(name)
                    || !Arrays.equals(in, start(seen[i]), end(seen[i]), in, start(name), end(name)));
        }
        seen[count] = name;
        counts[depth] = count + 1;
    }
}
