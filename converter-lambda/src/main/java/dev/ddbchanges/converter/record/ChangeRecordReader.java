package dev.ddbchanges.converter.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ddbchanges.contract.TableKey;
import dev.ddbchanges.contract.TtlDeletes;
import dev.ddbchanges.converter.json.ReusableGenerator;
import java.io.IOException;

/**
 * Reads one change record in a single streaming pass: the scalar fields into a {@link ChangeRecord}, the images
 * straight into plain JSON in one reusable buffer. Fields it does not use are skipped, so newer record formats keep
 * converting. Not thread-safe: it reuses its image buffer.
 */
final class ChangeRecordReader {

    private final ReusableGenerator images = new ReusableGenerator();

    /** The buffer the last record's image spans point into. */
    byte[] imageBytes() {
        return images.sink().array();
    }

    /**
     * Reads the record the parser is at the start of; the parser must be new.
     *
     * @param source the bytes a byte parser reads, or null for a text parser
     */
    ChangeRecord read(JsonParser p, byte[] source) throws IOException, ChangeRecordException {
        ChangeRecord r = new ChangeRecord();
        AttributeValues values = new AttributeValues(source);
        JsonGenerator g = images.begin();
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
                case "awsRegion" -> r.awsRegion = string(p, name);
                case "eventID" -> r.eventId = string(p, name);
                case "eventName" -> r.eventName = eventName(p);
                case "tableName" -> r.tableName = string(p, name);
                case "userIdentity" -> r.deletedByDynamodb = isDynamodbService(p);
                case "dynamodb" -> readDynamodb(p, g, r, values);
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new ChangeRecordException(FailureReason.INVALID_JSON, "record has content after its JSON object");
        }
        images.end();
        r.requireComplete();
        return r;
    }

    private void readDynamodb(JsonParser p, JsonGenerator g, ChangeRecord r, AttributeValues values)
            throws IOException, ChangeRecordException {
        requireObject(p.currentToken(), "dynamodb");
        r.hasDynamodb = true;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "ApproximateCreationDateTime" -> r.creationDateTime = integer(p, "dynamodb." + name);
                case "SizeBytes" -> r.sizeBytes = integer(p, "dynamodb." + name);
                case "Keys" -> {
                    requireObject(p.currentToken(), "dynamodb.Keys");
                    int start = images.position();
                    r.pk = values.writeMap(p, g, "dynamodb.Keys", TableKey.PARTITION_KEY);
                    r.keys = new ChangeRecord.Span(start, images.position());
                }
                case "NewImage" -> r.newImage = writeOptionalImage(p, g, values, "dynamodb.NewImage");
                case "OldImage" -> r.oldImage = writeOptionalImage(p, g, values, "dynamodb.OldImage");
                default -> p.skipChildren();
            }
        }
    }

    /** An explicit null image is treated like an absent one: the column is null either way. */
    private ChangeRecord.Span writeOptionalImage(JsonParser p, JsonGenerator g, AttributeValues values, String where)
            throws IOException, ChangeRecordException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        requireObject(p.currentToken(), where);
        int start = images.position();
        values.writeMap(p, g, where, null);
        return new ChangeRecord.Span(start, images.position());
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

    private static boolean isDynamodbService(JsonParser p) throws IOException, ChangeRecordException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        requireObject(p.currentToken(), "userIdentity");
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
        return TtlDeletes.IDENTITY_TYPE.equals(type) && TtlDeletes.PRINCIPAL_ID.equals(principalId);
    }
}
