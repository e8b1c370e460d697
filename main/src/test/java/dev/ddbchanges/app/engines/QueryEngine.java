package dev.ddbchanges.app.engines;

import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import dev.ddbchanges.app.queries.RefreshWindow;
import dev.ddbchanges.app.replay.LocalAthena;
import java.nio.file.Path;
import java.util.List;

/** The engines a query is proven on: Athena's own engine (Trino) and the local replay's (DuckDB). */
public enum QueryEngine {
    DUCKDB {
        @Override
        List<List<String>> queryChanges(Path outdir, String sql, List<String> parameters) throws Exception {
            return LocalAthena.query(outdir, sql, parameters, WINDOW);
        }

        @Override
        public CurrentStateTable currentStateTable() throws Exception {
            return DuckDbCurrentState.create();
        }

        @Override
        public List<List<String>> queryErrors(Path outdir, String sql, List<String> parameters) throws Exception {
            return LocalAthena.queryErrors(outdir, sql, parameters, WINDOW);
        }
    },
    TRINO {
        @Override
        List<List<String>> queryChanges(Path outdir, String sql, List<String> parameters) throws Exception {
            return TrinoAthena.query(outdir, sql, parameters);
        }

        @Override
        public CurrentStateTable currentStateTable() throws Exception {
            return TrinoCurrentState.create();
        }

        @Override
        public List<List<String>> queryErrors(Path outdir, String sql, List<String> parameters) throws Exception {
            return TrinoAthena.queryErrors(outdir, sql, parameters);
        }

        @Override
        public void requireRunnable() {
            TrinoServer.get();
        }
    };

    /** The window the proofs fill the saved queries with: production's (default alarms, 168 h of retention). */
    public static final QueryWindow WINDOW = new QueryWindow(1, 8);

    /**
     * Skips the calling test when the engine cannot run here (fails it under CI=true): for a test that expects the
     * query itself to fail, which would otherwise take the skip for that failure.
     */
    public void requireRunnable() {}

    /** Any window: a rebuild reads every partition, whatever the window's hours. */
    private static final RefreshWindow REBUILD_WINDOW = new RefreshWindow(1);

    /**
     * Runs {@code sql} ({@code {{table}}} for the table of the replay in {@code outdir}, {@code ?} for the parameters,
     * bare or quoted) and returns the header row, then one row per result, each value as text ("NULL" for null).
     * SQL that reads {@code {{current_state_table}}} reads a current-state table rebuilt from that replay by the
     * refresh's statements.
     */
    public List<List<String>> query(Path outdir, String sql, List<String> parameters) throws Exception {
        if (!sql.contains(NamedQuery.CURRENT_STATE_PLACEHOLDER)) {
            return queryChanges(outdir, sql, parameters);
        }
        try (CurrentStateTable table = currentStateTable()) {
            table.rebuild(outdir, REBUILD_WINDOW);
            return table.query(sql, parameters);
        }
    }

    abstract List<List<String>> queryChanges(Path outdir, String sql, List<String> parameters) throws Exception;

    /** A new, empty current-state table of this engine. */
    public abstract CurrentStateTable currentStateTable() throws Exception;

    /** As {@link #query}, with {@code {{table}}} for the error table of the error records under {@code errors/}. */
    public abstract List<List<String>> queryErrors(Path outdir, String sql, List<String> parameters) throws Exception;
}
