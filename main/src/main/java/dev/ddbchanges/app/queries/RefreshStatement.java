package dev.ddbchanges.app.queries;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The statements that keep the Iceberg table {@code current_state} equal to the full-history current state. Their SQL
 * lives in {@code queries/refresh/<id>.sql}. The merge is written in the SQL Athena (Trino) and DuckDB share, so the
 * statement the schedule runs is the one the local replay and the tests run; the table's DDL and maintenance are
 * Athena's own (the tests give each engine its equivalent).
 */
public enum RefreshStatement {
    /** Creates the table on the first run; Athena bills no scan for DDL. */
    CREATE_TABLE("create_table"),
    /** Folds the last window of partitions into the table; one {@code ?}: the refresh time, quoted ISO-8601 UTC. */
    MERGE("merge"),
    /** Rewrites the small files and delete files each merge leaves into few large ones. */
    OPTIMIZE("optimize"),
    /** Expires old snapshots and removes the files no snapshot needs any more. */
    VACUUM("vacuum");

    public static final String CHANGES_PLACEHOLDER = NamedQuery.TABLE_PLACEHOLDER;
    public static final String TABLE_PLACEHOLDER = "{{current_state_table}}";
    public static final String LOCATION_PLACEHOLDER = "{{current_state_location}}";
    public static final String WINDOW_PLACEHOLDER = "{{refresh_hours}}";

    private final String id;

    RefreshStatement(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public String sql(RefreshTarget target) {
        return template()
                .replace(CHANGES_PLACEHOLDER, target.changesTable())
                .replace(TABLE_PLACEHOLDER, target.currentStateTable())
                .replace(LOCATION_PLACEHOLDER, target.currentStateLocation())
                .replace(WINDOW_PLACEHOLDER, String.valueOf(target.window().hours()));
    }

    public String template() {
        String path = "/queries/refresh/" + id + ".sql";
        try (InputStream in = RefreshStatement.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path.substring(1) + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
