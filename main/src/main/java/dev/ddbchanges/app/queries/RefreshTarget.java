package dev.ddbchanges.app.queries;

import java.util.Objects;

/**
 * What the refresh statements read and write, as the engine running them names it.
 *
 * @param changesTable          the table of delivered changes, such as {@code dynamodb_changes}
 * @param currentStateTable     the Iceberg table, such as {@code current_state}
 * @param currentStateLocation  where the Iceberg table keeps its files, such as {@code s3://bucket/current-state/}
 * @param window                how far back a refresh reads
 */
public record RefreshTarget(
        String changesTable, String currentStateTable, String currentStateLocation, RefreshWindow window) {
    public RefreshTarget {
        Objects.requireNonNull(changesTable, "changesTable");
        Objects.requireNonNull(currentStateTable, "currentStateTable");
        Objects.requireNonNull(currentStateLocation, "currentStateLocation");
        Objects.requireNonNull(window, "window");
        if (!currentStateLocation.endsWith("/")) {
            throw new IllegalArgumentException("currentStateLocation = " + currentStateLocation
                    + "; allowed: a folder ending in '/', such as s3://bucket/current-state/ (VACUUM refuses a "
                    + "bucket root)");
        }
    }
}
