package dev.ddbchanges.app.backfill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.cli.CommandException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * The items of one export data file: gzipped, one {@code {"Item":{...}}} per line in DynamoDB JSON. A file can hold
 * gigabytes, so it is read as a stream of lines, never whole; a file holding other than the count its manifest gives
 * is a broken or partial copy, and refused.
 */
final class ExportItems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ExportItems() {}

    /** What takes each item; {@code where} names its file and line, for an error about it. */
    @FunctionalInterface
    interface ItemSink {
        void accept(JsonNode item, String where);
    }

    /** Hands every item of the file to {@code sink}, in the file's order. */
    static void read(BackfillBucket s3, String bucket, ExportManifest.DataFile file, ItemSink sink) {
        String location = "s3://" + bucket + "/" + file.key();
        long items = 0;
        try (InputStream body = s3.open(bucket, file.key());
                BufferedReader lines =
                        new BufferedReader(new InputStreamReader(new GZIPInputStream(body), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                items++;
                String where = location + " line " + items;
                sink.accept(item(line, where), where);
            }
        } catch (IOException e) {
            throw CommandException.badInput(location + " is not whole gzip (" + e.getMessage()
                    + "); allowed: the data file as DynamoDB " + "wrote it");
        }
        if (items != file.itemCount()) {
            throw CommandException.badInput(location + " holds " + items + " items; allowed: the " + file.itemCount()
                    + " the export's manifest-files.json gives for it");
        }
    }

    private static JsonNode item(String line, String where) {
        try {
            JsonNode item = JSON.readTree(line).path("Item");
            if (item.isObject()) {
                return item;
            }
        } catch (IOException e) {
            // Reported below, with the place Jackson's message does not name.
        }
        throw CommandException.badInput(where + " is not {\"Item\":{...}}; allowed: a line of a DYNAMODB_JSON export");
    }
}
