package dev.ddbchanges.converter.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ddbchanges.converter.json.RawStrings;
import java.io.IOException;
import java.util.Base64;

/**
 * Streams DynamoDB's typed JSON ({@code {"S":"a"}}, {@code {"N":"1"}}, ...) into plain JSON. Messages name the image
 * ({@code where}) but never an attribute name or value: they are logged, and items may hold personal data.
 * Recursion depth is bounded by Jackson's nesting limit, and DynamoDB itself allows 32 levels.
 */
final class AttributeValues {

    private static final Base64.Decoder BASE64 = Base64.getDecoder();

    /** The record's bytes when a byte parser reads them, so strings can be copied as they are; null for text. */
    private final byte[] source;

    AttributeValues(byte[] source) {
        this.source = source;
    }

    /**
     * Writes a map of attribute values (an image, the keys, or an {@code M}) as a JSON object. The parser is on the
     * map's START_OBJECT and is left on its END_OBJECT.
     *
     * @param captureName an attribute the caller needs to read, or null
     * @return what was found under {@code captureName}, or null when the map has no such attribute
     */
    Captured writeMap(JsonParser p, JsonGenerator g, String where, String captureName)
            throws IOException, ChangeRecordException {
        Captured captured = null;
        g.writeStartObject();
        JsonToken token;
        while ((token = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            g.writeFieldName(name);
            p.nextToken();
            boolean capture = name.equals(captureName);
            String text = writeValue(p, g, where, capture);
            if (capture) {
                captured = new Captured(text);
            }
        }
        expect(token == JsonToken.END_OBJECT, where, "a map of attribute values ends unexpectedly");
        g.writeEndObject();
        return captured;
    }

    /** A captured attribute: {@code text} is its {@code S} value, or null when it has another type. */
    record Captured(String text) {}

    /** Writes one attribute value; returns its text when it is an {@code S} and {@code wantText}, else null. */
    private String writeValue(JsonParser p, JsonGenerator g, String where, boolean wantText)
            throws IOException, ChangeRecordException {
        expect(
                p.currentToken() == JsonToken.START_OBJECT,
                where,
                "an attribute value must be an object such as {\"S\": ...}");
        expect(p.nextToken() == JsonToken.FIELD_NAME, where, "an attribute value has no type descriptor");
        String type = p.currentName();
        JsonToken value = p.nextToken();
        String text = null;
        switch (type) {
            case "S" -> {
                expect(value == JsonToken.VALUE_STRING, where, "an S value must be a JSON string");
                if (wantText) {
                    text = p.getText();
                    g.writeString(text);
                } else {
                    RawStrings.copy(p, source, g);
                }
            }
            case "N" -> writeNumber(p, g, where, value);
            case "B" -> writeBinary(p, g, where, value);
            case "BOOL" -> {
                expect(
                        value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE,
                        where,
                        "a BOOL value must be true or false");
                g.writeBoolean(value == JsonToken.VALUE_TRUE);
            }
            case "NULL" -> {
                expect(value == JsonToken.VALUE_TRUE, where, "a NULL value must be true");
                g.writeNull();
            }
            case "M" -> {
                expect(value == JsonToken.START_OBJECT, where, "an M value must be a JSON object");
                writeMap(p, g, where, null);
            }
            case "L" -> {
                expect(value == JsonToken.START_ARRAY, where, "an L value must be a JSON array");
                g.writeStartArray();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    writeValue(p, g, where, false);
                }
                g.writeEndArray();
            }
            case "SS" ->
                writeSet(p, g, where, value, "an SS value must be an array of strings", (pp, gg, ww, v) -> {
                    expect(v == JsonToken.VALUE_STRING, ww, "an SS value must be an array of strings");
                    RawStrings.copy(pp, source, gg);
                });
            case "NS" ->
                writeSet(
                        p,
                        g,
                        where,
                        value,
                        "an NS value must be an array of number strings",
                        AttributeValues::writeNumber);
            case "BS" ->
                writeSet(
                        p,
                        g,
                        where,
                        value,
                        "a BS value must be an array of base64 strings",
                        AttributeValues::writeBinary);
            default ->
                throw new ChangeRecordException(
                        FailureReason.UNKNOWN_ATTRIBUTE_TYPE,
                        where + ": an attribute value has a type descriptor that is not one of "
                                + "S, N, B, BOOL, NULL, M, L, SS, NS, BS");
        }
        expect(p.nextToken() == JsonToken.END_OBJECT, where, "an attribute value has more than one type descriptor");
        return text;
    }

    @FunctionalInterface
    private interface ElementWriter {
        void write(JsonParser p, JsonGenerator g, String where, JsonToken value)
                throws IOException, ChangeRecordException;
    }

    private static void writeSet(
            JsonParser p, JsonGenerator g, String where, JsonToken value, String rule, ElementWriter element)
            throws IOException, ChangeRecordException {
        expect(value == JsonToken.START_ARRAY, where, rule);
        g.writeStartArray();
        JsonToken token;
        while ((token = p.nextToken()) != JsonToken.END_ARRAY) {
            element.write(p, g, where, token);
        }
        g.writeEndArray();
    }

    private static void writeNumber(JsonParser p, JsonGenerator g, String where, JsonToken value)
            throws IOException, ChangeRecordException {
        expect(value == JsonToken.VALUE_STRING, where, "an N value must be a string of digits");
        String number = p.getText();
        expect(
                DynamoDbNumbers.isValid(number),
                where,
                "an N value is not a number DynamoDB can hold (a JSON number "
                        + "of at most " + DynamoDbNumbers.MAX_SIGNIFICANT_DIGITS + " significant digits, magnitude 1E"
                        + DynamoDbNumbers.MIN_EXPONENT + " to below 1E+" + (DynamoDbNumbers.MAX_EXPONENT + 1) + ")");
        g.writeNumber(number);
    }

    private static void writeBinary(JsonParser p, JsonGenerator g, String where, JsonToken value)
            throws IOException, ChangeRecordException {
        expect(value == JsonToken.VALUE_STRING, where, "a B value must be a base64 string");
        byte[] bytes;
        try {
            bytes = BASE64.decode(p.getText());
        } catch (IllegalArgumentException notBase64) {
            throw new ChangeRecordException(
                    FailureReason.INVALID_ATTRIBUTE_VALUE, where + ": a B value is not valid base64");
        }
        g.writeBinary(bytes);
    }

    private static void expect(boolean condition, String where, String rule) throws ChangeRecordException {
        if (!condition) {
            throw new ChangeRecordException(FailureReason.INVALID_ATTRIBUTE_VALUE, where + ": " + rule);
        }
    }
}
