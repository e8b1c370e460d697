package dev.ddbchanges.app.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.contract.Columns;
import dev.ddbchanges.contract.TableKey;
import dev.ddbchanges.converter.record.ChangeRecordConverter;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Turns one exported item into one change line. The item is wrapped in the INSERT record DynamoDB's stream would have
 * written for it and converted by the converter itself, so its images, key and types read exactly as a streamed
 * change's do; then the fields no stream record can carry are set: {@code event_id} (derived, so the same item of the
 * same export always has the same id and a second copy dedupes) and {@code origin}.
 */
final class BackfillLines {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLACEHOLDER = "backfill";
    private static final String PLACEHOLDER_ID = "{\"" + Columns.EVENT_ID + "\":\"" + PLACEHOLDER + "\"";

    private final ChangeRecordConverter converter = new ChangeRecordConverter();
    private final String exportArn;
    private final long exportMillis;
    private final String tableName;
    private final String region;
    private final KinesisMetadata arrival;

    /**
     * @param tableArn whose name and region the lines carry, as a streamed change carries its table's
     * @param writtenAt the {@code approximate_arrival_time} of every line: when the backfill wrote them
     */
    BackfillLines(String exportArn, Instant exportTime, String tableArn, Instant writtenAt) {
        this.exportArn = exportArn;
        this.exportMillis = exportTime.toEpochMilli();
        this.tableName = tableArn.substring(tableArn.indexOf(":table/") + ":table/".length());
        this.region = tableArn.split(":")[3];
        // No Kinesis record carried the item: no shard, no sequence number.
        this.arrival = new KinesisMetadata(null, null, writtenAt.toEpochMilli());
    }

    /**
     * @param item the export line's {@code Item}, in DynamoDB JSON
     * @param where the data file and line, for the error
     */
    byte[] line(JsonNode item, String where) {
        JsonNode pk = item.path(TableKey.PARTITION_KEY);
        if (!pk.isObject()
                || pk.size() != 1
                || !pk.path(TableKey.PARTITION_KEY_TYPE).isTextual()) {
            throw CommandException.badInput(where + ": Item." + TableKey.PARTITION_KEY + " = "
                    + (pk.isMissingNode() ? "(absent)" : pk.toString()) + "; allowed: a string ("
                    + TableKey.PARTITION_KEY_TYPE + ") attribute, the table's partition key");
        }
        ConversionResult result = converter.convert(record(item, pk), arrival);
        if (!(result instanceof ConversionResult.Converted converted)) {
            ConversionResult.Failed failed = (ConversionResult.Failed) result;
            throw CommandException.badInput(where + ": the converter refused the item ("
                    + failed.reason().label() + ": " + failed.detail().replace("dynamodb.NewImage", "Item")
                    + "); allowed: an item DynamoDB can hold");
        }
        return withBackfillFields(
                converted.line(), pk.path(TableKey.PARTITION_KEY_TYPE).asText());
    }

    /**
     * Edits the converter's bytes rather than a parsed copy, which would round its numbers (an {@code N} keeps every
     * digit in the line): the placeholder id, first in the line, becomes the derived one, and {@code origin} is
     * appended last, where the table declares it.
     */
    private byte[] withBackfillFields(byte[] converted, String pk) {
        String line = new String(converted, StandardCharsets.UTF_8).stripTrailing();
        if (!line.startsWith(PLACEHOLDER_ID) || !line.endsWith("}")) {
            throw new IllegalStateException("the converter's line is no longer one object starting with "
                    + PLACEHOLDER_ID + "; the backfill's edit of it must follow the converter's order");
        }
        // The export and the item's key: one id per item and export, the same on every run.
        String id = EventIds.hex(exportArn + "\n" + pk);
        return ("{\"" + Columns.EVENT_ID + "\":\"" + id + "\""
                        + line.substring(PLACEHOLDER_ID.length(), line.length() - 1) + ",\"" + Columns.ORIGIN + "\":\""
                        + Columns.ORIGIN_EXPORT + "\"}")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The change record DynamoDB's stream writes for an INSERT of the item at the export's time. */
    private byte[] record(JsonNode item, JsonNode pk) {
        ObjectNode record = JSON.createObjectNode();
        record.put("awsRegion", region);
        record.put("eventID", PLACEHOLDER);
        record.put("eventName", "INSERT");
        record.put("tableName", tableName);
        record.put("eventSource", "aws:dynamodb");
        ObjectNode dynamodb = record.putObject("dynamodb");
        dynamodb.put("ApproximateCreationDateTime", exportMillis);
        dynamodb.putObject("Keys").set(TableKey.PARTITION_KEY, pk);
        dynamodb.set("NewImage", item);
        // No stream measured the change; the item's exported size is the nearest honest figure.
        dynamodb.put("SizeBytes", item.toString().getBytes(StandardCharsets.UTF_8).length);
        try {
            return JSON.writeValueAsBytes(record);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
