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
 * every line carries, so a run that stops and runs again writes the same objects into the same hour; written
 * {@code complete} after the last object, so a later run adds nothing.
 */
record BackfillMarker(String exportArn, String state, String writtenAt, String hour, long items, List<String> objects) {
    static final String PREFIX = "backfills/";
    static final String STARTED = "started";
    static final String COMPLETE = "complete";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String key(String exportId) {
        return PREFIX + exportId + ".json";
    }

    static BackfillMarker started(String exportArn, Instant writtenAt, String hour) {
        return new BackfillMarker(exportArn, STARTED, writtenAt.toString(), hour, 0, List.of());
    }

    BackfillMarker complete(long items, List<String> objects) {
        return new BackfillMarker(exportArn, COMPLETE, writtenAt, hour, items, objects);
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
            if (marker.state() != null && marker.hour() != null && marker.writtenAt() != null) {
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
