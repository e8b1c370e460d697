package dev.ddbchanges.converter.record;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Valid UTF-8 has only paired surrogates, but a JSON escape (backslash, u, then DC00 for example) can still put an
 * unpaired one into a string, and UTF-8 cannot carry it: Jackson would write an invalid byte sequence (which makes
 * readers such as DuckDB reject the whole file) or a lone escape. Records almost never contain surrogate escapes, so a
 * cheap scan of the raw bytes (escapes are ASCII) decides whether the full check runs.
 */
final class SurrogateEscapes {

    private SurrogateEscapes() {}

    /** True when the UTF-8 text contains a JSON escape (backslash, u) of a surrogate code unit (D800-DFFF). */
    static boolean mayOccur(byte[] text) {
        for (int i = 0; i + 3 < text.length; i++) {
            if (text[i] == '\\'
                    && text[i + 1] == 'u'
                    && (text[i + 2] == 'd' || text[i + 2] == 'D')
                    && "89abcdefABCDEF".indexOf(text[i + 3]) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** True when a field name or string value of the parser's (well-formed) JSON holds an unpaired surrogate. */
    static boolean unpairedIn(JsonParser p) throws IOException {
        JsonToken token;
        while ((token = p.nextToken()) != null) {
            if ((token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME)
                    && hasUnpaired(p.getTextCharacters(), p.getTextOffset(), p.getTextLength())) {
                return true;
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
