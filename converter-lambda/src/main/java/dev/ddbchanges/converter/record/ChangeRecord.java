package dev.ddbchanges.converter.record;

import dev.ddbchanges.contract.TableKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of one change record the line is built from. The images are already plain JSON, as spans of the reader's
 * reusable image buffer, so a record is only valid until the reader reads the next one.
 */
final class ChangeRecord {

    /** Where one image's plain JSON is in the reader's image buffer. */
    record Span(int start, int end) {
        int length() {
            return end - start;
        }
    }

    String awsRegion;
    String eventId;
    String eventName;
    String tableName;
    boolean hasDynamodb;
    boolean deletedByDynamodb;
    Long creationDateTime;
    Long sizeBytes;
    AttributeValues.Captured pk;
    Span keys;
    Span newImage;
    Span oldImage;

    /** TTL deletions are the only removals DynamoDB attributes to its own service principal. */
    boolean ttlDelete() {
        return deletedByDynamodb && "REMOVE".equals(eventName);
    }

    /** Fails with every missing field named at once, then with the first mistyped one. */
    void requireComplete() throws ChangeRecordException {
        List<String> missing = new ArrayList<>();
        addIfNull(missing, awsRegion, "awsRegion");
        addIfNull(missing, eventId, "eventID");
        addIfNull(missing, eventName, "eventName");
        addIfNull(missing, tableName, "tableName");
        if (!hasDynamodb) {
            missing.add("dynamodb");
        } else {
            addIfNull(missing, creationDateTime, "dynamodb.ApproximateCreationDateTime");
            addIfNull(missing, sizeBytes, "dynamodb.SizeBytes");
            if (keys == null) {
                missing.add("dynamodb.Keys");
            } else if (pk == null) {
                missing.add("dynamodb.Keys." + TableKey.PARTITION_KEY);
            }
        }
        if (!missing.isEmpty()) {
            throw new ChangeRecordException(FailureReason.MISSING_FIELD, "missing " + String.join(", ", missing));
        }
        if (pk.text() == null) {
            throw new ChangeRecordException(
                    FailureReason.INVALID_FIELD,
                    "dynamodb.Keys." + TableKey.PARTITION_KEY + " must be a string (" + TableKey.PARTITION_KEY_TYPE
                            + ") attribute");
        }
        if (sizeBytes < 0) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD, "dynamodb.SizeBytes must not be negative");
        }
    }

    private static void addIfNull(List<String> missing, Object value, String name) {
        if (value == null) {
            missing.add(name);
        }
    }
}
