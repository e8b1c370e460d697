package dev.ddbchanges.app.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.cli.CommandException;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a finished DynamoDB export says about itself: {@code manifest-summary.json} (one JSON object) and the
 * {@code manifest-files.json} it names (one JSON object per line, one per data file). Only a complete export in
 * DynamoDB JSON is read: another format has other lines, and a partial one would seed a partial history.
 */
record ExportManifest(String exportArn, Instant exportTime, String tableArn, long itemCount, List<DataFile> files) {
    static final String FORMAT = "DYNAMODB_JSON";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A data file of the export and how many items DynamoDB says it holds. */
    record DataFile(String key, long itemCount) {}

    /** Reads the summary; its files list is read through {@code files}, which gives a key's text. */
    static ExportManifest read(String summaryKey, String summaryText, Reader files) {
        JsonNode summary = parse(summaryKey, summaryText);
        String format = text(summary, summaryKey, "outputFormat");
        if (!format.equals(FORMAT)) {
            throw CommandException.badInput(
                    summaryKey + ": outputFormat = " + format + "; allowed: " + FORMAT + " (the backfill reads "
                            + "DynamoDB JSON lines only: export again with ExportFormat " + FORMAT + ")");
        }
        String filesKey = text(summary, summaryKey, "manifestFilesS3Key");
        List<DataFile> dataFiles = new ArrayList<>();
        long listed = 0;
        for (String line : files.read(filesKey).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode file = parse(filesKey, line);
            DataFile dataFile = new DataFile(text(file, filesKey, "dataFileS3Key"), count(file, filesKey));
            dataFiles.add(dataFile);
            listed += dataFile.itemCount();
        }
        long itemCount = count(summary, summaryKey);
        if (listed != itemCount) {
            throw CommandException.badInput(summaryKey + ": itemCount = " + itemCount + " but " + filesKey + " lists "
                    + listed + " items in " + dataFiles.size() + " files; allowed: a complete export, whose "
                    + "files hold every item it counts");
        }
        return new ExportManifest(
                text(summary, summaryKey, "exportArn"),
                time(summary, summaryKey),
                text(summary, summaryKey, "tableArn"),
                itemCount,
                List.copyOf(dataFiles));
    }

    /** The text of an object in the export's bucket. */
    @FunctionalInterface
    interface Reader {
        String read(String key);
    }

    private static JsonNode parse(String key, String text) {
        try {
            JsonNode node = JSON.readTree(text);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (IOException e) {
            // Reported below with the key, which Jackson's message does not name.
        }
        throw CommandException.badInput(
                key + " is not a JSON object per line; allowed: the manifest a DynamoDB " + "export writes");
    }

    private static String text(JsonNode node, String key, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw CommandException.badInput(key + ": " + field + " = " + value + "; allowed: a non-empty string, as "
                    + "a complete DynamoDB export writes it");
        }
        return value.asText();
    }

    private static long count(JsonNode node, String key) {
        JsonNode value = node.path("itemCount");
        if (!value.canConvertToExactIntegral() || value.asLong() < 0) {
            throw CommandException.badInput(
                    key + ": itemCount = " + value + "; allowed: a whole number of items, 0 or more");
        }
        return value.asLong();
    }

    private static Instant time(JsonNode summary, String key) {
        String value = text(summary, key, "exportTime");
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw CommandException.badInput(
                    key + ": exportTime = " + value + "; allowed: an ISO-8601 UTC time such as 2026-12-01T20:00:00Z");
        }
    }
}
