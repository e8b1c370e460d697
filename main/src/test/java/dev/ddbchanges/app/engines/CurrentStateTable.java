package dev.ddbchanges.app.engines;

import dev.ddbchanges.app.queries.RefreshWindow;
import java.nio.file.Path;
import java.util.List;

/**
 * A current-state table of one engine, kept by the refresh's own MERGE text: created empty, then merged from the
 * changes of one replay directory after another, as the schedule merges the bucket's partitions as they grow.
 */
public interface CurrentStateTable extends AutoCloseable {
    /**
     * Runs the MERGE over the changes replayed under {@code outdir}.
     *
     * @param refreshTime ISO-8601 UTC, as the schedule passes it
     */
    void merge(Path outdir, String refreshTime, RefreshWindow window) throws Exception;

    /** A rebuild, as the machine runs it: the MERGE at {@link RefreshWindow#REBUILD_TIME} into the table as it is. */
    void rebuild(Path outdir, RefreshWindow window) throws Exception;

    /**
     * The daily maintenance, as the engine has it: on Trino compaction ({@code optimize}) and snapshot expiry, which
     * Athena's OPTIMIZE and VACUUM are; DuckDB's table keeps no files or snapshots, so there it does nothing.
     */
    void maintain() throws Exception;

    /** Runs {@code sql}, {@code {{current_state_table}}} naming this table: the header row, then a row per result. */
    List<List<String>> query(String sql, List<String> parameters) throws Exception;

    /** Every row of the table, tombstones included, ordered by pk, each column as text. */
    default List<List<String>> rows() throws Exception {
        return query("SELECT * FROM {{current_state_table}} ORDER BY pk", List.of());
    }

    @Override
    void close() throws java.sql.SQLException;
}
