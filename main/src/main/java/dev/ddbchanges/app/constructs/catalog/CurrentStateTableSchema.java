package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema.Column;
import dev.ddbchanges.contract.Columns;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one definition of the current-state table's columns: Athena's DDL (queries/refresh/create_table.sql) lists them
 * and a test holds it to this list, and the Trino and DuckDB tables the proofs and the local replay keep are built
 * from it, so no engine's table differs from another's. Each column is the changes table's column of that name, so
 * the merge copies values without a cast.
 */
public final class CurrentStateTableSchema {
    /** Its name in the environment's database, where the saved query current-state reads it. */
    public static final String NAME = "current_state";

    /** One row per key: the key's latest change, a REMOVE kept as its tombstone. */
    public static final List<Column> COLUMNS = columns(
            Columns.PK,
            Columns.EVENT_ID,
            Columns.EVENT_NAME,
            Columns.EVENT_TIME,
            Columns.EVENT_TIME_US,
            Columns.KINESIS_SEQUENCE_NUMBER,
            Columns.TTL_DELETE,
            Columns.NEW_IMAGE,
            Columns.ORIGIN);

    private CurrentStateTableSchema() {}

    private static List<Column> columns(String... names) {
        Map<String, Column> changes =
                ChangeTableSchema.COLUMNS.stream().collect(Collectors.toMap(Column::name, Function.identity()));
        return List.of(names).stream()
                .map(name -> {
                    Column column = changes.get(name);
                    if (column == null) {
                        throw new IllegalStateException("current_state column " + name + " is not a column of "
                                + ChangeTableSchema.NAME + "; allowed: " + changes.keySet());
                    }
                    return column;
                })
                .toList();
    }

    /** The column list of a CREATE TABLE, each type named by {@code typeName} for the engine that creates it. */
    public static String columnList(Function<String, String> typeName) {
        return COLUMNS.stream()
                .map(column -> column.name() + " " + typeName.apply(column.type()))
                .collect(Collectors.joining(", "));
    }
}
