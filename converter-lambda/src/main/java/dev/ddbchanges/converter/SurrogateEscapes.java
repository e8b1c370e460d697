package dev.ddbchanges.converter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Text decoded from valid UTF-8 has only paired surrogates, but a JSON escape (backslash, u, then DC00 for example)
 * can still put an unpaired one into a string, and UTF-8 cannot carry it: Jackson would write an invalid byte sequence
 * (which makes readers such as DuckDB reject the whole file) or a lone escape. Records almost never contain surrogate
 * escapes, so a cheap scan decides whether the full check runs.
 */
final class SurrogateEscapes {

    private SurrogateEscapes() {
    }

    /** True when the text contains a JSON escape (backslash, u) of a surrogate code unit (D800-DFFF). */
    static boolean mayOccur(char[] text, int length) {
        for (int i = 0; i + 2 < length; i++) {
            if (text[i] == '\\' && text[i + 1] == 'u' && (text[i + 2] == 'd' || text[i + 2] == 'D')
                    && i + 3 < length && "89abcdefABCDEF".indexOf(text[i + 3]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when a field name or string value of the (well-formed) JSON text holds an unpaired surrogate. */
    static boolean unpairedIn(char[] text, int length) throws IOException {
        try (JsonParser p = Json.FACTORY.createParser(text, 0, length)) {
            JsonToken token;
            while ((token = p.nextToken()) != null) {
                if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                        && hasUnpaired(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasUnpaired(char[] chars, int offset, int length) {
        int end = offset + length;
        for (int i = offset; i < end; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }
}
