package dev.ddbchanges.app.replay;

import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema;
import dev.ddbchanges.app.constructs.catalog.CurrentStateTableSchema;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import dev.ddbchanges.app.queries.RefreshStatement;
import dev.ddbchanges.app.queries.RefreshTarget;
import dev.ddbchanges.app.queries.RefreshWindow;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The current-state table in DuckDB, kept by the same MERGE text the schedule runs in Athena: the local replay builds
 * it from the replayed files, so a current-state query tried locally reads what the Athena query reads. The table's
 * DDL is DuckDB's own (Athena's is Iceberg's), with the columns of {@link CurrentStateTableSchema}.
 */
public final class LocalCurrentState {
    /**
     * DuckDB keeps the table in its session: the location only satisfies the statements' target, and no statement
     * run here (the MERGE) names it.
     */
    static final String LOCATION = "duckdb-session/current-state/";

    private LocalCurrentState() {}

    /** What the statements read and write in a session of {@link LocalAthena#connect()}. */
    public static RefreshTarget target(RefreshWindow window) {
        return new RefreshTarget(ChangeTableSchema.NAME, CurrentStateTableSchema.NAME, LOCATION, window);
    }

    /** Creates the empty table, unless the session has it already (as CREATE TABLE IF NOT EXISTS in Athena). */
    public static void create(Connection db) throws SQLException {
        try (Statement ddl = db.createStatement()) {
            ddl.execute("CREATE TABLE IF NOT EXISTS " + CurrentStateTableSchema.NAME + " ("
                    + CurrentStateTableSchema.columnList(LocalAthena::duckType) + ")");
        }
    }

    /**
     * Runs the refresh's MERGE over the changes loaded in {@code db} ({@link LocalAthena#loadChanges}).
     *
     * @param refreshTime ISO-8601 UTC, bare or quoted as the schedule passes it
     */
    public static void merge(Connection db, String refreshTime, RefreshWindow window) throws SQLException {
        try (PreparedStatement merge = db.prepareStatement(RefreshStatement.MERGE.sql(target(window)))) {
            merge.setString(1, LocalAthena.unquoted(refreshTime));
            merge.execute();
        }
    }

    /** A rebuild, as the machine runs it: every partition merged into the table as it is. */
    public static void rebuild(Connection db, RefreshWindow window) throws SQLException {
        merge(db, RefreshWindow.REBUILD_TIME, window);
    }

    /**
     * As {@link LocalAthena#query}, for SQL that reads the current-state table
     * ({@link NamedQuery#CURRENT_STATE_PLACEHOLDER}): the table is built from every change under {@code outdir} as a
     * rebuild builds it, then the query runs over it.
     */
    public static List<List<String>> query(
            Path outdir, String sql, List<String> parameters, QueryWindow queryWindow, RefreshWindow window)
            throws SQLException {
        try (Connection db = LocalAthena.connect()) {
            LocalAthena.loadChanges(db, outdir);
            create(db);
            rebuild(db, window);
            String filled = NamedQuery.fill(
                    sql.replace(NamedQuery.CURRENT_STATE_PLACEHOLDER, CurrentStateTableSchema.NAME),
                    ChangeTableSchema.NAME,
                    queryWindow);
            try (PreparedStatement statement = db.prepareStatement(filled)) {
                return LocalAthena.run(statement, parameters);
            }
        }
    }
}
