package dev.ddbchanges.app.backfill;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.cli.CommandException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;

/**
 * What a backfill of one export did, kept at {@code backfills/<exportId>.json} in the data bucket (outside
 * {@code changes/}, so no query reads it). Written {@code started} before the first line, with the hour and the time
 * every line carries and the lines per object, so a run that stops and runs again writes the same objects into the
 * same hour; written
 * {@code complete} after the last object, so a later run adds nothing.
 */
record BackfillMarker(
        String exportArn,
        String state,
        String writtenAt,
        String hour,
        int linesPerObject,
        long items,
        List<String> objects) {
    static final String PREFIX = "backfills/";
    static final String STARTED = "started";
    static final String COMPLETE = "complete";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String key(String exportId) {
        return PREFIX + exportId + ".json";
    }

    static BackfillMarker started(String exportArn, Instant writtenAt, String hour, int linesPerObject) {
        return new BackfillMarker(exportArn, STARTED, writtenAt.toString(), hour, linesPerObject, 0, List.of());
    }

    BackfillMarker complete(long items, List<String> objects) {
        return new BackfillMarker(exportArn, COMPLETE, writtenAt, hour, linesPerObject, items, objects);
    }

    /** Whether the marker is of an export of this table: a table's markers share one prefix with other tables'. */
    boolean ofTable(String table) {
        return exportArn != null && exportArn.contains(":table/" + table + "/export/");
    }

    Instant writtenAtInstant() {
        return Instant.parse(writtenAt);
    }

    boolean isComplete() {
        return state.equals(COMPLETE);
    }

    byte[] json() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    static BackfillMarker parse(String key, byte[] json) {
        try {
            BackfillMarker marker = JSON.readValue(json, BackfillMarker.class);
            if (marker.state() != null
                    && marker.hour() != null
                    && marker.writtenAt() != null
                    && marker.linesPerObject() >= 1) {
                marker.writtenAtInstant();
                return marker;
            }
        } catch (IOException | java.time.format.DateTimeParseException e) {
            // Reported below, naming the object.
        }
        throw CommandException.badInput(key + " is not a backfill marker; allowed: the marker a backfill writes "
                + "(delete it to backfill the export again, after deleting the objects it lists)");
    }
}
