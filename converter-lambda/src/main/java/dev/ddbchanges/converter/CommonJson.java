package dev.ddbchanges.converter;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * What the direct readers share: a scan of JSON bytes that accepts only the common case (ASCII strings without
 * escapes, plain numbers, shallow objects without duplicate names) and throws {@link #NOT_COMMON} at anything else,
 * so the caller falls back to Jackson, which then reads it or explains why it is invalid. Positions are spans,
 * {@code start << 32 | end}, into {@link #in}. Not thread-safe.
 */
abstract class CommonJson {

    /** Control flow for "not the common case": preallocated, without a stack trace. */
    static final class NotCommon extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCommon() {
            super("not the common case", null, false, false);
        }
    }

    static final NotCommon NOT_COMMON = new NotCommon();
    /** DynamoDB nests at most 32 levels; deeper is left to Jackson and its own limit. */
    static final int MAX_DEPTH = 64;
    /** Names per object checked here for duplicates; objects with more are left to Jackson. */
    static final int MAX_NAMES = 32;
    /** Jackson limits names (to 64 KB here); common names are far shorter. */
    static final int MAX_NAME_LENGTH = 1024;
    /** Jackson's default limit on a number's length. */
    static final int MAX_NUMBER_LENGTH = 1000;
    /** Digits (or characters of a number, sign included) that always fit a long. */
    static final int MAX_LONG_DIGITS = 18;
    static final long ABSENT = -1;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long QUOTES = ONES * '"';
    private static final long BACKSLASHES = ONES * '\\';
    private static final long SPACES = ONES * ' ';
    static final byte[] TRUE = ascii("true");
    static final byte[] FALSE = ascii("false");
    static final byte[] NULL = ascii("null");

    byte[] in;
    int pos;
    int depth;
    private final long[][] names = new long[MAX_DEPTH + 1][];
    private final int[] nameCounts = new int[MAX_DEPTH + 1];

    /** Starts a scan of {@code json}; an index out of its bounds means it ended early, which is not common either. */
    final void begin(byte[] json) {
        in = json;
        pos = 0;
        depth = 0;
    }

    final void skipValue() {
        byte b = peek();
        if (b == '"') {
            string();
        } else if (b == '{') {
            for (long name = firstName(); name != ABSENT; name = nextName()) {
                skipValue();
            }
        } else if (b == '[') {
            for (boolean more = firstElement(); more; more = nextElement()) {
                skipValue();
            }
        } else if (b == 't') {
            literal(TRUE);
        } else if (b == 'f') {
            literal(FALSE);
        } else if (b == 'n') {
            literal(NULL);
        } else {
            int end = numberEnd(pos, true, true);
            require(end - pos <= MAX_NUMBER_LENGTH);
            pos = end;
        }
    }

    /** A JSON integer that fits a long, as Jackson's VALUE_NUMBER_INT of type INT or LONG. */
    final long wholeNumber() {
        int start = pos;
        int end = numberEnd(start, false, false);
        int digits = end - start - (in[start] == '-' ? 1 : 0);
        require(digits <= MAX_LONG_DIGITS);
        pos = end;
        long value = 0;
        for (int i = start + (in[start] == '-' ? 1 : 0); i < end; i++) {
            value = value * 10 + (in[i] - '0');
        }
        return in[start] == '-' ? -value : value;
    }

    /**
     * Where the JSON number starting at {@code start} ends: {@code -? (0 | [1-9][0-9]*)}, then the optional fraction
     * and exponent where allowed. A number with one where it is not allowed is not common.
     */
    final int numberEnd(int start, boolean fraction, boolean exponent) {
        int i = start;
        if (in[i] == '-') {
            i++;
        }
        if (in[i] == '0') {
            i++;
        } else {
            require(in[i] >= '1' && in[i] <= '9');
            i = digits(i);
        }
        if (in.length > i && in[i] == '.') {
            require(fraction);
            int from = ++i;
            i = digits(i);
            require(i > from);
        }
        if (in.length > i && (in[i] == 'e' || in[i] == 'E')) {
            require(exponent);
            i++;
            if (in[i] == '+' || in[i] == '-') {
                i++;
            }
            int from = i;
            i = digits(i);
            require(i > from);
        }
        return i;
    }

    final int digits(int i) {
        while (i < in.length && in[i] >= '0' && in[i] <= '9') {
            i++;
        }
        return i;
    }

    /**
     * The span of a string's content. Only strings of printable ASCII (and DEL) without escapes are common: their
     * bytes are their JSON text, and the next quote closes them.
     */
    final long string() {
        byte[] bytes = in;
        require(bytes[pos] == '"');
        int start = pos + 1;
        int i = start;
        // Eight plain bytes at a time (large items are mostly long strings), then byte by byte from the word that
        // holds the closing quote or anything else.
        while (i + Long.BYTES <= bytes.length && plain((long) LONGS.get(bytes, i))) {
            i += Long.BYTES;
        }
        byte b;
        while ((b = bytes[i]) != '"') {
            // Bytes are signed: non-ASCII is negative. Jackson rejects raw control characters in strings.
            require(b >= 0x20 && b != '\\');
            i++;
        }
        pos = i + 1;
        return span(start, i);
    }

    /** True when no byte of {@code word} is a quote, a backslash, a control character or non-ASCII. */
    private static boolean plain(long word) {
        long quotes = word ^ QUOTES;
        long backslashes = word ^ BACKSLASHES;
        // The classic tests for a zero byte, and for a byte below 0x20; the high bits catch non-ASCII.
        long found = (quotes - ONES) & ~quotes | (backslashes - ONES) & ~backslashes | (word - SPACES) & ~word | word;
        return (found & HIGH_BITS) == 0;
    }

    /** A member's name and its colon; a name the object already has is not common. */
    final long name() {
        long name = string();
        // Jackson limits names (to 64 KB here); common names are far shorter.
        require(length(name) <= MAX_NAME_LENGTH);
        whitespace();
        require(in[pos++] == ':');
        whitespace();
        long[] seen = names[depth];
        if (seen == null) {
            seen = new long[MAX_NAMES];
            names[depth] = seen;
        }
        int count = nameCounts[depth];
        require(count < MAX_NAMES);
        for (int i = 0; i < count; i++) {
            require(!sameText(seen[i], name));
        }
        seen[count] = name;
        nameCounts[depth] = count + 1;
        return name;
    }

    /** Opens an object: its first member's name (colon read), or ABSENT when it is empty, and then closed. */
    final long firstName() {
        openObject();
        return closesObject() ? ABSENT : name();
    }

    /** After a member's value: the next member's name, or ABSENT when the object closed. */
    final long nextName() {
        return nextMember() ? name() : ABSENT;
    }

    /** Opens an array: true when an element follows, false when it is empty, and then closed. */
    final boolean firstElement() {
        require(in[pos++] == '[');
        // Arrays nest too: Jackson counts them against its depth limit, and recursion must stay bounded.
        require(depth < MAX_DEPTH);
        depth++;
        whitespace();
        if (in[pos] == ']') {
            pos++;
            depth--;
            return false;
        }
        return true;
    }

    /** After an element: true when another follows, false when the array closed. */
    final boolean nextElement() {
        whitespace();
        byte next = in[pos++];
        if (next == ']') {
            depth--;
            return false;
        }
        require(next == ',');
        whitespace();
        return true;
    }

    final void openObject() {
        require(in[pos++] == '{');
        require(depth < MAX_DEPTH);
        depth++;
        nameCounts[depth] = 0;
        whitespace();
    }

    /** True (and the object closed) when the object just opened is empty. */
    final boolean closesObject() {
        if (in[pos] == '}') {
            pos++;
            closeObject();
            return true;
        }
        return false;
    }

    final void closeObject() {
        depth--;
    }

    /** After a member's value: true when another member follows, false when the object closed. */
    final boolean nextMember() {
        whitespace();
        byte next = in[pos++];
        if (next == ',') {
            whitespace();
            return true;
        }
        require(next == '}');
        closeObject();
        return false;
    }

    final void literal(byte[] word) {
        require(in.length - pos >= word.length && Arrays.equals(in, pos, pos + word.length, word, 0, word.length));
        pos += word.length;
    }

    final byte peek() {
        return in[pos];
    }

    final void whitespace() {
        byte[] bytes = in;
        int i = pos;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        pos = i;
    }

    final boolean is(long text, byte[] expected) {
        return length(text) == expected.length
                && Arrays.equals(in, start(text), start(text) + expected.length, expected, 0, expected.length);
    }

    final boolean is(long text, String expected) {
        if (length(text) != expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (in[start(text) + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    final boolean sameText(long a, long b) {
        return length(a) == length(b) && Arrays.equals(in, start(a), end(a), in, start(b), end(b));
    }

    static void require(boolean common) {
        if (!common) {
            throw NOT_COMMON;
        }
    }

    static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    static int start(long span) {
        return (int) (span >>> 32);
    }

    static int end(long span) {
        return (int) span;
    }

    static int length(long span) {
        return end(span) - start(span);
    }

    static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
