package dev.ddbchanges.app.engines;

import dev.ddbchanges.app.constructs.catalog.CurrentStateTableSchema;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.RefreshStatement;
import dev.ddbchanges.app.queries.RefreshTarget;
import dev.ddbchanges.app.queries.RefreshWindow;
import dev.ddbchanges.app.replay.LocalAthena;
import io.trino.jdbc.QueryStats;
import io.trino.jdbc.TrinoStatement;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fresh Iceberg current-state table in the test Trino, with the columns of {@link CurrentStateTableSchema} (Trino's
 * DDL stands in for Athena's create_table.sql, which Trino does not parse), merged by the refresh's own MERGE text
 * from the Hive table of each replay directory. Each statement's physical input bytes are kept: what Athena bills as
 * data scanned.
 */
public final class TrinoCurrentState implements CurrentStateTable {
    private static final String SCHEMA = TrinoServer.ICEBERG_CATALOG + ".state";
    private static final AtomicInteger TABLES = new AtomicInteger();

    private final Connection trino;
    private final String table;
    private final AtomicLong lastInputBytes = new AtomicLong();

    private TrinoCurrentState(Connection trino, String table) {
        this.trino = trino;
        this.table = table;
    }

    public static TrinoCurrentState create() throws SQLException {
        Connection trino = TrinoServer.get().connect();
        String table = SCHEMA + "." + CurrentStateTableSchema.NAME + "_" + TABLES.incrementAndGet();
        try (Statement ddl = trino.createStatement()) {
            ddl.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            ddl.execute("CREATE TABLE " + table + " (" + CurrentStateTableSchema.columnList(TrinoTableDdl::type)
                    + ") WITH (format = 'PARQUET')");
        } catch (SQLException e) {
            trino.close();
            throw e;
        }
        return new TrinoCurrentState(trino, table);
    }

    @Override
    public void merge(Path outdir, String refreshTime, RefreshWindow window) throws Exception {
        try (PreparedStatement merge = trino.prepareStatement(RefreshStatement.MERGE.sql(target(outdir, window)))) {
            merge.setString(1, LocalAthena.unquoted(refreshTime));
            run(merge);
        }
    }

    @Override
    public void rebuild(Path outdir, RefreshWindow window) throws Exception {
        merge(outdir, RefreshWindow.REBUILD_TIME, window);
    }

    /** Trino's spelling of OPTIMIZE and VACUUM; snapshots of any age expire, as the catalog allows it here. */
    @Override
    public void maintain() throws SQLException {
        try (Statement maintenance = trino.createStatement()) {
            maintenance.execute("ALTER TABLE " + table + " EXECUTE optimize");
            maintenance.execute("ALTER TABLE " + table + " EXECUTE expire_snapshots(retention_threshold => '0s')");
            maintenance.execute("ALTER TABLE " + table + " EXECUTE remove_orphan_files(retention_threshold => '0s')");
        }
    }

    @Override
    public List<List<String>> query(String sql, List<String> parameters) throws SQLException {
        try (PreparedStatement statement =
                trino.prepareStatement(sql.replace(NamedQuery.CURRENT_STATE_PLACEHOLDER, table))) {
            lastInputBytes.set(0);
            statement.unwrap(TrinoStatement.class).setProgressMonitor(this::keep);
            return LocalAthena.run(statement, parameters);
        }
    }

    /** The physical input bytes of the last statement run here (a MERGE or a query): Athena's "data scanned". */
    public long lastInputBytes() {
        return lastInputBytes.get();
    }

    /** The physical input bytes of one query of the test Trino, such as current-state-full over a replay's table. */
    static long inputBytes(String sql) throws SQLException {
        AtomicLong bytes = new AtomicLong();
        try (Connection trino = TrinoServer.get().connect();
                Statement statement = trino.createStatement()) {
            statement
                    .unwrap(TrinoStatement.class)
                    .setProgressMonitor(stats -> bytes.accumulateAndGet(stats.getPhysicalInputBytes(), Math::max));
            try (var rows = statement.executeQuery(sql)) {
                while (rows.next()) {
                    // Every row read, so the query runs to its end and its stats are final.
                }
            }
        }
        return bytes.get();
    }

    /** The table's name, qualified. */
    public String name() {
        return table;
    }

    private void run(PreparedStatement statement) throws SQLException {
        lastInputBytes.set(0);
        statement.unwrap(TrinoStatement.class).setProgressMonitor(this::keep);
        statement.execute();
    }

    private void keep(QueryStats stats) {
        lastInputBytes.accumulateAndGet(stats.getPhysicalInputBytes(), Math::max);
    }

    private RefreshTarget target(Path outdir, RefreshWindow window) throws Exception {
        // The location is create_table.sql's alone, which Trino does not run: its DDL is above.
        return new RefreshTarget(TrinoAthena.changesTable(outdir), table, "local:///unused/", window);
    }

    @Override
    public void close() throws SQLException {
        trino.close();
    }
}
