package dev.ddbchanges.converter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The bytes of a string value in the document a byte parser reads. A string without escapes is its own JSON text:
 * copying it skips decoding it into characters and escaping it again, which for large items was most of the work.
 * Valid UTF-8 without escapes is exactly what Jackson's generator would write for it (nothing in it needs escaping:
 * raw control characters, quotes and backslashes cannot occur unescaped in a string the parser accepted).
 */
public final class RawStrings {

    private RawStrings() {}

    /**
     * The index in {@code source} of the quote that closes the string opening at {@code quote}, or -1 when the string
     * has escapes or {@code quote} is not the position of an opening quote.
     */
    public static int closingQuote(byte[] source, long quote) {
        if (quote < 0 || quote >= source.length || source[(int) quote] != '"') {
            return -1;
        }
        for (int i = (int) quote + 1; i < source.length; i++) {
            if (source[i] == '"') {
                return i;
            }
            if (source[i] == '\\') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Writes the parser's current string value: from {@code source}, the parser's whole input, when it has no
     * escapes; through the generator when it has, or when {@code source} is null (a text parser).
     */
    public static void copy(JsonParser p, byte[] source, JsonGenerator g) throws IOException {
        long quote = source == null ? -1 : p.currentTokenLocation().getByteOffset();
        int end = source == null ? -1 : closingQuote(source, quote);
        if (end < 0) {
            g.writeString(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        } else {
            g.writeRawUTF8String(source, (int) quote + 1, end - (int) quote - 1);
        }
    }
}
