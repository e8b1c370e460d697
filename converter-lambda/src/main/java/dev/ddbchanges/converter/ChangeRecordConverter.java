package dev.ddbchanges.converter;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts one DynamoDB change record, as Kinesis Data Streams for DynamoDB writes it, into one flat line of JSON.
 * Pure: bytes and metadata in, a line or a failure reason out; no Lambda types, no I/O, no logging.
 *
 * <p>Not thread-safe: it reuses its buffers between records. The Lambda runtime runs one invocation at a time per
 * handler instance.
 */
public final class ChangeRecordConverter {

    /** The table's partition key attribute; its string value becomes the {@code pk} column. */
    public static final String PARTITION_KEY = "pk";

    private static final String TTL_PRINCIPAL = "dynamodb.amazonaws.com";

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer text = CharBuffer.allocate(8 * 1024);
    private final CharSink keys = new CharSink();
    private final CharSink newImage = new CharSink();
    private final CharSink oldImage = new CharSink();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(8 * 1024);

    /** The scalar fields of the record being converted; images go straight into the sinks. */
    private static final class Fields {
        String awsRegion;
        String eventId;
        String eventName;
        String tableName;
        boolean hasDynamodb;
        boolean ttlDelete;
        Long creationDateTime;
        Long sizeBytes;
        boolean hasKeys;
        AttributeValues.Captured pk;
        boolean hasNewImage;
        boolean hasOldImage;
    }

    public ConversionResult convert(byte[] data, KinesisMetadata kinesis) {
        try {
            decodeUtf8(data);
            Fields fields = parse();
            return new ConversionResult.Converted(render(fields, kinesis));
        } catch (ChangeRecordException invalid) {
            return invalid.toResult();
        } catch (StreamConstraintsException tooLarge) {
            return new ConversionResult.Failed(FailureReason.INVALID_JSON,
                    "record exceeds the JSON parser's limits (nesting depth, string or number length)");
        } catch (JsonGenerationException unpairedSurrogate) {
            return new ConversionResult.Failed(FailureReason.INVALID_ATTRIBUTE_VALUE,
                    "a string contains an unpaired UTF-16 surrogate escape, which UTF-8 cannot carry");
        } catch (JsonProcessingException syntax) {
            // Jackson's own message quotes the offending input: report only where it is.
            return new ConversionResult.Failed(FailureReason.INVALID_JSON, "record is not valid JSON (line "
                    + syntax.getLocation().getLineNr() + ", column " + syntax.getLocation().getColumnNr() + ")");
        } catch (IOException impossible) {
            // Everything is in memory; an I/O error here is a bug, not bad data.
            throw new UncheckedIOException(impossible);
        }
    }

    private void decodeUtf8(byte[] data) throws ChangeRecordException {
        if (text.capacity() < data.length) {
            text = CharBuffer.allocate(Math.max(data.length, text.capacity() * 2));
        }
        text.clear();
        utf8.reset();
        ByteBuffer in = ByteBuffer.wrap(data);
        CoderResult result = utf8.decode(in, text, true);
        if (!result.isError()) {
            result = utf8.flush(text);
        }
        if (result.isError()) {
            throw new ChangeRecordException(FailureReason.INVALID_UTF8,
                    "record is not valid UTF-8 (byte offset " + in.position() + ")");
        }
        text.flip();
    }

    private Fields parse() throws IOException, ChangeRecordException {
        Fields f = new Fields();
        try (JsonParser p = Json.FACTORY.createParser(text.array(), 0, text.limit())) {
            JsonToken root = p.nextToken();
            if (root == null) {
                throw new ChangeRecordException(FailureReason.INVALID_JSON, "record is empty");
            }
            if (root != JsonToken.START_OBJECT) {
                throw new ChangeRecordException(FailureReason.INVALID_FIELD, "record must be a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "awsRegion" -> f.awsRegion = string(p, name);
                    case "eventID" -> f.eventId = string(p, name);
                    case "eventName" -> f.eventName = eventName(p);
                    case "tableName" -> f.tableName = string(p, name);
                    case "userIdentity" -> f.ttlDelete = isDynamodbService(p);
                    case "dynamodb" -> parseDynamodb(p, f);
                    default -> p.skipChildren();
                }
            }
            if (p.nextToken() != null) {
                throw new ChangeRecordException(FailureReason.INVALID_JSON, "record has content after its JSON object");
            }
        }
        requireAll(f);
        return f;
    }

    private void parseDynamodb(JsonParser p, Fields f) throws IOException, ChangeRecordException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD, "dynamodb must be a JSON object");
        }
        f.hasDynamodb = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "ApproximateCreationDateTime" -> f.creationDateTime = integer(p, "dynamodb." + name);
                case "SizeBytes" -> f.sizeBytes = integer(p, "dynamodb." + name);
                case "Keys" -> {
                    requireObject(value, "dynamodb.Keys");
                    f.pk = writeImage(p, keys, "dynamodb.Keys", PARTITION_KEY);
                    f.hasKeys = true;
                }
                case "NewImage" -> f.hasNewImage = writeOptionalImage(p, newImage, "dynamodb.NewImage");
                case "OldImage" -> f.hasOldImage = writeOptionalImage(p, oldImage, "dynamodb.OldImage");
                default -> p.skipChildren();
            }
        }
    }

    /** An explicit null image is treated like an absent one: the column is null either way. */
    private static boolean writeOptionalImage(JsonParser p, CharSink sink, String where)
            throws IOException, ChangeRecordException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        writeImage(p, sink, where, null);
        return true;
    }

    private static AttributeValues.Captured writeImage(JsonParser p, CharSink sink, String where, String captureName)
            throws IOException, ChangeRecordException {
        requireObject(p.currentToken(), where);
        sink.reset();
        try (JsonGenerator g = Json.FACTORY.createGenerator(sink)) {
            return AttributeValues.writeMap(p, g, where, captureName);
        }
    }

    private static void requireAll(Fields f) throws ChangeRecordException {
        List<String> missing = new ArrayList<>();
        addIfNull(missing, f.awsRegion, "awsRegion");
        addIfNull(missing, f.eventId, "eventID");
        addIfNull(missing, f.eventName, "eventName");
        addIfNull(missing, f.tableName, "tableName");
        if (!f.hasDynamodb) {
            missing.add("dynamodb");
        } else {
            addIfNull(missing, f.creationDateTime, "dynamodb.ApproximateCreationDateTime");
            addIfNull(missing, f.sizeBytes, "dynamodb.SizeBytes");
            if (!f.hasKeys) {
                missing.add("dynamodb.Keys");
            } else if (f.pk == null) {
                missing.add("dynamodb.Keys." + PARTITION_KEY);
            }
        }
        if (!missing.isEmpty()) {
            throw new ChangeRecordException(FailureReason.MISSING_FIELD, "missing " + String.join(", ", missing));
        }
        if (f.pk.text() == null) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD,
                    "dynamodb.Keys." + PARTITION_KEY + " must be a string (S) attribute");
        }
        if (f.sizeBytes < 0) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD, "dynamodb.SizeBytes must not be negative");
        }
    }

    private static void addIfNull(List<String> missing, Object value, String name) {
        if (value == null) {
            missing.add(name);
        }
    }

    private byte[] render(Fields f, KinesisMetadata kinesis) throws IOException, ChangeRecordException {
        EventTimes.EventTime eventTime = EventTimes.fromApproximateCreationDateTime(f.creationDateTime);
        if (eventTime == null) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD,
                    "dynamodb.ApproximateCreationDateTime must be epoch milliseconds or microseconds between "
                            + "1973 and 5138");
        }
        line.reset();
        try (JsonGenerator g = Json.FACTORY.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField(Columns.EVENT_ID, f.eventId);
            g.writeStringField(Columns.EVENT_NAME, f.eventName);
            g.writeStringField(Columns.EVENT_TIME, eventTime.iso());
            g.writeNumberField(Columns.EVENT_TIME_US, eventTime.epochMicros());
            g.writeStringField(Columns.TABLE_NAME, f.tableName);
            g.writeStringField(Columns.AWS_REGION, f.awsRegion);
            g.writeBooleanField(Columns.TTL_DELETE, f.ttlDelete && "REMOVE".equals(f.eventName));
            g.writeStringField(Columns.PK, f.pk.text());
            writeRaw(g, Columns.KEYS, keys, true);
            writeRaw(g, Columns.NEW_IMAGE, newImage, f.hasNewImage);
            writeRaw(g, Columns.OLD_IMAGE, oldImage, f.hasOldImage);
            g.writeNumberField(Columns.SIZE_BYTES, f.sizeBytes);
            g.writeStringField(Columns.KINESIS_SHARD_ID, kinesis.shardId());
            g.writeStringField(Columns.KINESIS_SEQUENCE_NUMBER, kinesis.sequenceNumber());
            Long arrival = kinesis.approximateArrivalEpochMillis();
            g.writeStringField(Columns.APPROXIMATE_ARRIVAL_TIME, arrival == null ? null : EventTimes.isoMillis(arrival));
            g.writeEndObject();
        }
        line.write('\n');
        return line.toByteArray();
    }

    private static void writeRaw(JsonGenerator g, String column, CharSink value, boolean present) throws IOException {
        g.writeFieldName(column);
        if (present) {
            g.writeRawValue(value.chars(), 0, value.size());
        } else {
            g.writeNull();
        }
    }

    private static String string(JsonParser p, String field) throws IOException, ChangeRecordException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD, field + " must be a string");
        }
        return p.getText();
    }

    private static String eventName(JsonParser p) throws IOException, ChangeRecordException {
        String name = string(p, "eventName");
        if (!name.equals("INSERT") && !name.equals("MODIFY") && !name.equals("REMOVE")) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD, "eventName must be INSERT, MODIFY or REMOVE");
        }
        return name;
    }

    private static Long integer(JsonParser p, String field) throws IOException, ChangeRecordException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD, field + " must be a whole number");
        }
        return p.getLongValue();
    }

    private static void requireObject(JsonToken token, String field) throws ChangeRecordException {
        if (token != JsonToken.START_OBJECT) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD, field + " must be a JSON object");
        }
    }

    /** TTL deletions are the only changes DynamoDB attributes to its own service principal. */
    private static boolean isDynamodbService(JsonParser p) throws IOException, ChangeRecordException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        requireObject(token, "userIdentity");
        String type = null;
        String principalId = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "type" -> type = string(p, "userIdentity.type");
                case "principalId" -> principalId = string(p, "userIdentity.principalId");
                default -> p.skipChildren();
            }
        }
        return "Service".equals(type) && TTL_PRINCIPAL.equals(principalId);
    }
}
