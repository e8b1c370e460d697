package dev.ddbchanges.converter.json;

import static dev.ddbchanges.converter.json.Spans.ABSENT;
import static dev.ddbchanges.converter.json.Spans.end;
import static dev.ddbchanges.converter.json.Spans.length;
import static dev.ddbchanges.converter.json.Spans.span;
import static dev.ddbchanges.converter.json.Spans.start;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A scan of JSON bytes for the direct readers, which hold one each: it accepts only the common case (ASCII strings
 * without escapes, plain numbers, shallow objects without duplicate names) and {@linkplain #decline() declines}
 * anything else, so the caller falls back to Jackson, which then reads it or explains why it is invalid. Positions are
 * {@link Spans} of the scanned bytes.
 *
 * <p>The end of the input is checked, not caught: a read past it sees {@link #PAST_END}, a byte no JSON token starts
 * or continues with, so the scan declines there. An index out of bounds is therefore always a bug, and surfaces as one.
 * Not thread-safe.
 */
public final class JsonCursor {

    /** Control flow for "not the common case": preallocated, without a stack trace. */
    public static final class NotCommon extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCommon() {
            super("not the common case", null, false, false);
        }
    }

    static final NotCommon NOT_COMMON = new NotCommon();

    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] NULL = ascii("null");
    /** What {@link #at} reads past the end: a NUL, which only a string may hold, and only escaped. */
    static final byte PAST_END = 0;
    /** DynamoDB nests at most 32 levels; deeper is left to Jackson and its own limit. */
    static final int MAX_DEPTH = 64;
    /** Jackson limits names (to 64 KB here); common names are far shorter. */
    static final int MAX_NAME_LENGTH = 1024;
    /** Jackson's default limit on a number's length. */
    static final int MAX_NUMBER_LENGTH = 1000;

    private static final long QUOTES = ByteWords.repeated('"');
    private static final long BACKSLASHES = ByteWords.repeated('\\');
    private static final long SPACES = ByteWords.repeated(' ');

    private byte[] in;
    private int pos;
    private int depth;
    private final MemberNames names = new MemberNames(MAX_DEPTH + 1);

    /** Starts a scan of {@code json}. */
    public void begin(byte[] json) {
        in = json;
        pos = 0;
        depth = 0;
    }

    /** Lets go of the scanned bytes, so a cursor kept for reuse does not keep a request alive. */
    public void release() {
        in = null;
    }

    /** True when everything was read (whitespace aside, if the caller skipped it). */
    public boolean atEnd() {
        return pos == in.length;
    }

    /** The byte at {@code i}, or {@link #PAST_END} from the end of the input on. */
    byte at(int i) {
        return at(in, i);
    }

    /** {@link #at(int)} in any bytes: also for {@link JsonNumbers}, which reads the cursor's. */
    static byte at(byte[] in, int i) {
        return i < in.length ? in[i] : PAST_END;
    }

    public byte peek() {
        return at(pos);
    }

    public void skipValue() {
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
            number();
        }
    }

    /** Any JSON number Jackson would read (fraction and exponent allowed): its span. */
    public long number() {
        int start = pos;
        int end = numberEnd(start, true, true);
        require(end - start <= MAX_NUMBER_LENGTH);
        pos = end;
        return span(start, end);
    }

    /** True when the number at {@code span} has a fraction or an exponent. */
    public boolean hasFractionOrExponent(long span) {
        return JsonNumbers.hasFractionOrExponent(in, span);
    }

    /** A JSON integer that fits a long, as Jackson's VALUE_NUMBER_INT of type INT or LONG. */
    public long wholeNumber() {
        int start = pos;
        int end = numberEnd(start, false, false);
        require(end - start - (at(start) == '-' ? 1 : 0) <= JsonNumbers.MAX_LONG_DIGITS);
        pos = end;
        return longValue(span(start, end));
    }

    /** The value of the integer at {@code span}, which holds at most {@link JsonNumbers#MAX_LONG_DIGITS} digits. */
    public long longValue(long span) {
        return JsonNumbers.longValue(in, span);
    }

    /** {@link JsonNumbers#numberEnd} in the scanned bytes. */
    public int numberEnd(int start, boolean fraction, boolean exponent) {
        return JsonNumbers.numberEnd(in, start, fraction, exponent);
    }

    /**
     * The span of a string's content. Only strings of printable ASCII (and DEL) without escapes are common: their
     * bytes are their JSON text, and the next quote closes them.
     */
    public long string() {
        byte[] bytes = in;
        require(at(pos) == '"');
        int start = pos + 1;
        int i = start;
        // Eight plain bytes at a time (large items are mostly long strings), then byte by byte from the word that
        // holds the closing quote or anything else.
        while (i + Long.BYTES <= bytes.length && plain(ByteWords.word(bytes, i))) {
            i += Long.BYTES;
        }
        byte b;
        while ((b = at(i)) != '"') {
            // Bytes are signed: non-ASCII is negative. Jackson rejects raw control characters in strings, and the
            // end of the input reads as one.
            require(b >= 0x20 && b != '\\');
            i++;
        }
        pos = i + 1;
        return span(start, i);
    }

    /** The text at {@code span}, which {@link #string()} found to be ASCII. */
    public String text(long span) {
        return new String(in, start(span), length(span), StandardCharsets.US_ASCII);
    }

    /** Writes the bytes at {@code span}. */
    public void copy(long span, ByteSink out) {
        out.write(in, start(span), length(span));
    }

    /** Writes the string whose content {@link #string()} found at {@code span}, quotes included. */
    public void copyQuoted(long span, ByteSink out) {
        out.write('"');
        copy(span, out);
        out.write('"');
    }

    /** The bytes at {@code span}, which must be the span of a string, decoded as base64; null when they are not. */
    public byte[] base64(long span) {
        return Base64Spans.decode(in, start(span), end(span));
    }

    /** True when no byte of {@code word} is a quote, a backslash, a control character or non-ASCII. */
    private static boolean plain(long word) {
        // The word's own high bits are its non-ASCII bytes.
        long found = ByteWords.equalTo(word, QUOTES)
                | ByteWords.equalTo(word, BACKSLASHES)
                | ByteWords.below(word, SPACES)
                | word;
        return (found & ByteWords.HIGH_BITS) == 0;
    }

    /** A member's name and its colon; a name the object already has is not common. */
    private long name() {
        long name = string();
        require(length(name) <= MAX_NAME_LENGTH);
        whitespace();
        expect(':');
        whitespace();
        names.add(depth, name, in);
        return name;
    }

    /** Opens an object: its first member's name (colon read), or ABSENT when it is empty, and then closed. */
    public long firstName() {
        expect('{');
        require(depth < MAX_DEPTH);
        depth++;
        names.clear(depth);
        whitespace();
        if (at(pos) == '}') {
            pos++;
            depth--;
            return ABSENT;
        }
        return name();
    }

    /** After a member's value: the next member's name, or ABSENT when the object closed. */
    public long nextName() {
        whitespace();
        byte next = at(pos++);
        if (next == ',') {
            whitespace();
            return name();
        }
        require(next == '}');
        depth--;
        return ABSENT;
    }

    /** After the only member's value: the object's closing brace. */
    public void endObject() {
        whitespace();
        expect('}');
        depth--;
    }

    /** Opens an array: true when an element follows, false when it is empty, and then closed. */
    public boolean firstElement() {
        expect('[');
        // Arrays nest too: Jackson counts them against its depth limit, and recursion must stay bounded.
        require(depth < MAX_DEPTH);
        depth++;
        whitespace();
        if (at(pos) == ']') {
            pos++;
            depth--;
            return false;
        }
        return true;
    }

    /** After an element: true when another follows, false when the array closed. */
    public boolean nextElement() {
        whitespace();
        byte next = at(pos++);
        if (next == ']') {
            depth--;
            return false;
        }
        require(next == ',');
        whitespace();
        return true;
    }

    /** Reads a null if one is next, and says whether it did; anything else is left to be read. */
    public boolean readNull() {
        if (peek() != 'n') {
            return false;
        }
        literal(NULL);
        return true;
    }

    /** Reads true or false. */
    public boolean bool() {
        if (peek() == 't') {
            literal(TRUE);
            return true;
        }
        literal(FALSE);
        return false;
    }

    private void literal(byte[] word) {
        require(in.length - pos >= word.length && Arrays.equals(in, pos, pos + word.length, word, 0, word.length));
        pos += word.length;
    }

    public void whitespace() {
        byte[] bytes = in;
        int i = pos;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        pos = i;
    }

    private void expect(char c) {
        require(at(pos++) == c);
    }

    public boolean is(long text, byte[] expected) {
        return length(text) == expected.length
                && Arrays.equals(in, start(text), start(text) + expected.length, expected, 0, expected.length);
    }

    public boolean is(long text, String expected) {
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

    public static void require(boolean common) {
        if (!common) {
            decline();
        }
    }

    /** Not the common case: the caller's catch of {@link NotCommon} leaves the input to Jackson. */
    public static void decline() {
        throw NOT_COMMON;
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
