package dev.ddbchanges.converter.json;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * Standard base64 decoded from a span of bytes, as both envelope readers find a record's data: the JDK decoder rejects
 * every byte above 0x7F, so a raw UTF-8 byte fails exactly where {@code decode(String)} would fail on its character.
 */
public final class Base64Spans {

    private static final Base64.Decoder BASE64 = Base64.getDecoder();

    private Base64Spans() {}

    /** {@code Base64.getDecoder().decode} of {@code bytes[start, end)}; null when it is not base64. */
    public static byte[] decode(byte[] bytes, int start, int end) {
        try {
            ByteBuffer decoded = BASE64.decode(ByteBuffer.wrap(bytes, start, end - start));
            return decoded.remaining() == decoded.array().length
                    ? decoded.array()
                    : Arrays.copyOf(decoded.array(), decoded.remaining());
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    /** {@code decode(String)} is {@code decode(src.getBytes(ISO_8859_1))}; one decoder serves both forms. */
    public static byte[] decode(String base64) {
        byte[] latin1 = base64.getBytes(StandardCharsets.ISO_8859_1);
        return decode(latin1, 0, latin1.length);
    }
}
