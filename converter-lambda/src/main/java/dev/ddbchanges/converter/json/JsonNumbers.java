package dev.ddbchanges.converter.json;

import static dev.ddbchanges.converter.json.JsonCursor.at;
import static dev.ddbchanges.converter.json.JsonCursor.require;
import static dev.ddbchanges.converter.json.Spans.end;
import static dev.ddbchanges.converter.json.Spans.start;

/** JSON's number grammar over bytes, for {@link JsonCursor}; past the end it sees {@link JsonCursor#PAST_END}. */
final class JsonNumbers {

    /** Digits, the sign not counted, that always fit a long. */
    static final int MAX_LONG_DIGITS = 18;

    private JsonNumbers() {}

    /**
     * Where the JSON number starting at {@code start} ends: {@code -? (0 | [1-9][0-9]*)}, then the optional fraction
     * and exponent where allowed. A number with one where it is not allowed is not common.
     */
    static int numberEnd(byte[] in, int start, boolean fraction, boolean exponent) {
        int i = start;
        if (at(in, i) == '-') {
            i++;
        }
        if (at(in, i) == '0') {
            i++;
        } else {
            require(at(in, i) >= '1' && at(in, i) <= '9');
            i = digits(in, i);
        }
        if (at(in, i) == '.') {
            require(fraction);
            int from = ++i;
            i = digits(in, i);
            require(i > from);
        }
        if (at(in, i) == 'e' || at(in, i) == 'E') {
            require(exponent);
            i++;
            if (at(in, i) == '+' || at(in, i) == '-') {
                i++;
            }
            int from = i;
            i = digits(in, i);
            require(i > from);
        }
        return i;
    }

    static boolean hasFractionOrExponent(byte[] in, long span) {
        for (int i = start(span); i < end(span); i++) {
            if (in[i] == '.' || in[i] == 'e' || in[i] == 'E') {
                return true;
            }
        }
        return false;
    }

    /** The value of an integer of at most {@link #MAX_LONG_DIGITS} digits. */
    static long longValue(byte[] in, long span) {
        int start = start(span);
        boolean negative = at(in, start) == '-';
        long value = 0;
        for (int i = start + (negative ? 1 : 0); i < end(span); i++) {
            value = value * 10 + (in[i] - '0');
        }
        return negative ? -value : value;
    }

    private static int digits(byte[] in, int i) {
        while (i < in.length && in[i] >= '0' && in[i] <= '9') {
            i++;
        }
        return i;
    }
}
