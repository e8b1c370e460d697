package dev.ddbchanges.app.engines;

import dev.ddbchanges.app.constructs.catalog.CurrentStateTableSchema;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.RefreshWindow;
import dev.ddbchanges.app.replay.LocalAthena;
import dev.ddbchanges.app.replay.LocalCurrentState;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** The local replay's current-state table: one DuckDB session, its changes table reloaded for each merge. */
final class DuckDbCurrentState implements CurrentStateTable {
    private final Connection db;

    private DuckDbCurrentState(Connection db) {
        this.db = db;
    }

    static DuckDbCurrentState create() throws SQLException {
        Connection db = LocalAthena.connect();
        try {
            LocalCurrentState.create(db);
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return new DuckDbCurrentState(db);
    }

    @Override
    public void merge(Path outdir, String refreshTime, RefreshWindow window) throws SQLException {
        LocalAthena.loadChanges(db, outdir);
        LocalCurrentState.merge(db, refreshTime, window);
    }

    @Override
    public void rebuild(Path outdir, RefreshWindow window) throws SQLException {
        LocalAthena.loadChanges(db, outdir);
        LocalCurrentState.rebuild(db, window);
    }

    @Override
    public void maintain() {}

    @Override
    public List<List<String>> query(String sql, List<String> parameters) throws SQLException {
        try (PreparedStatement statement =
                db.prepareStatement(sql.replace(NamedQuery.CURRENT_STATE_PLACEHOLDER, CurrentStateTableSchema.NAME))) {
            return LocalAthena.run(statement, parameters);
        }
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
