package dev.ddbchanges.app.replay;

import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema;
import dev.ddbchanges.app.constructs.catalog.ErrorTableSchema;
import dev.ddbchanges.app.constructs.catalog.TableDefinition;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * DuckDB over the replayed files, as a local stand-in for Athena over the declared table: the columns and types of
 * {@link ChangeTableSchema}, the same string partition columns, a view named like the table, UTC, and Athena's
 * spelling of the functions README teaches, so a query tried here is the query pasted into Athena.
 */
public final class LocalAthena {
    /** The table's columns with DuckDB's name for each Hive type; the images are JSON text, as in Athena. */
    public static final Map<String, String> COLUMN_TYPES = Collections.unmodifiableMap(columnTypes());

    /**
     * Athena's (Trino's) functions that DuckDB names differently or lacks. Trino's json_extract_scalar answers NULL
     * for an object or an array, where DuckDB's json_extract_string answers its JSON text; Trino's paths may quote a
     * name in brackets ({@code $["first name"]}), DuckDB's in dots ({@code $."first name"}). Trino's
     * from_iso8601_timestamp keeps milliseconds, its _nanos variant every digit; from_unixtime with a zone is the
     * instant's local time there.
     */
    static final List<String> ATHENA_FUNCTIONS = List.of(
            "CREATE MACRO athena_json_path(p) AS regexp_replace(p, '\\[\\s*\"([^\"]*)\"\\s*\\]', '.\"\\1\"', 'g')",
            "CREATE MACRO json_extract_scalar(j, p) AS CASE WHEN json_type(CAST(j AS JSON), athena_json_path(p)) "
                    + "IN ('OBJECT', 'ARRAY') THEN NULL ELSE json_extract_string(CAST(j AS JSON), athena_json_path(p)) END",
            "CREATE MACRO from_iso8601_timestamp(s) AS date_trunc('millisecond', CAST(s AS TIMESTAMPTZ))",
            "CREATE MACRO from_iso8601_timestamp_nanos(s) AS CAST(s AS TIMESTAMPTZ)",
            "CREATE MACRO json_format(j) AS CAST(CAST(j AS JSON) AS VARCHAR)",
            "CREATE MACRO to_unixtime(t) AS epoch(t)",
            "CREATE MACRO from_unixtime(s, zone) AS timezone(zone, to_timestamp(s))");

    private LocalAthena() {}

    /**
     * An in-memory DuckDB session in UTC that knows Athena's spelling of the functions README teaches.
     */
    public static Connection connect() throws SQLException {
        Connection db = DriverManager.getConnection("jdbc:duckdb:");
        try (Statement setup = db.createStatement()) {
            setup.execute("SET TimeZone = 'UTC'");
            for (String function : ATHENA_FUNCTIONS) {
                setup.execute(function);
            }
        } catch (SQLException e) {
            db.close();
            throw e;
        }
        return db;
    }

    /**
     * Runs {@code sql} (with {@link NamedQuery#TABLE_PLACEHOLDER} for the table and {@code ?} for parameters) over the
     * data under {@code outdir}.
     *
     * @param parameters the values for the {@code ?} marks, in order, bare or quoted as Athena wants them
     *                   ({@code 'order-1'})
     * @param window     the partition window the saved queries are filled in with
     * @return the header row, then one row per result, each value as text ("NULL" for null)
     */
    public static List<List<String>> query(Path outdir, String sql, List<String> parameters, QueryWindow window)
            throws SQLException {
        Path data = objects(outdir.resolve(DeliveryLayout.DATA_PREFIX), "converted records", "changes");
        return query(ChangeTableSchema.DEFINITION, data, ReplayedLines::read, sql, parameters, window);
    }

    /**
     * Loads the changes under {@code outdir} into {@code db} as the table {@link ChangeTableSchema#NAME}, replacing
     * what an earlier call loaded: the table then holds exactly what was replayed there.
     */
    public static void loadChanges(Connection db, Path outdir) throws SQLException {
        Path data = objects(outdir.resolve(DeliveryLayout.DATA_PREFIX), "converted records", "changes");
        load(db, ChangeTableSchema.DEFINITION, data, ReplayedLines::read);
    }

    /**
     * As {@link #query}, over the error table: Firehose's error records under {@code outdir}'s {@code errors/}, as
     * the Glue table {@link ErrorTableSchema} declares reads them.
     */
    public static List<List<String>> queryErrors(Path outdir, String sql, List<String> parameters, QueryWindow window)
            throws SQLException {
        Path errors = objects(outdir.resolve(DeliveryLayout.ERROR_PREFIX), "error records", "errors/processing-failed");
        return query(ErrorTableSchema.DEFINITION, errors, ErrorLines::read, sql, parameters, window);
    }

    /** {@code dir}, refused when it holds no objects: a query over nothing is a wrong folder, not an empty answer. */
    private static Path objects(Path dir, String what, String layout) {
        if (!hasFiles(dir)) {
            throw new IllegalArgumentException("no " + what + " under " + dir + ": nothing to query; allowed: a "
                    + "folder holding " + layout + "/year=.../hour=.../ objects");
        }
        return dir;
    }

    private static List<List<String>> query(
            TableDefinition table, Path data, Rows rows, String sql, List<String> parameters, QueryWindow window)
            throws SQLException {
        try (Connection db = connect()) {
            load(db, table, data, rows);
            try (PreparedStatement statement = db.prepareStatement(NamedQuery.fill(sql, table.name(), window))) {
                return run(statement, parameters);
            }
        }
    }

    /** Reads the objects under a folder as rows of column name to text. */
    @FunctionalInterface
    interface Rows {
        void read(Path data, Consumer<Map<String, String>> rows) throws IOException;
    }

    /**
     * Binds {@code parameters} (bare or quoted as Athena wants them) to the statement's {@code ?} marks, in order,
     * and runs it: the header row, then one row per result, each value as text ("NULL" for null). Any engine's JDBC
     * statement, so every engine counts, binds and renders alike.
     */
    public static List<List<String>> run(PreparedStatement statement, List<String> parameters) throws SQLException {
        int expected = statement.getParameterMetaData().getParameterCount();
        if (expected != parameters.size()) {
            throw new IllegalArgumentException("the query takes " + expected + " parameter(s) (its ? marks, "
                    + "in order), but " + parameters.size() + " were given: " + parameters);
        }
        for (int i = 0; i < parameters.size(); i++) {
            statement.setString(i + 1, unquoted(parameters.get(i)));
        }
        try (ResultSet rows = statement.executeQuery()) {
            return table(rows);
        }
    }

    /** The table, as Athena's reader sees the objects under {@code data}. */
    private static void load(Connection db, TableDefinition table, Path data, Rows reader) throws SQLException {
        List<String> names = table.allColumnNames();
        Map<String, String> types = new LinkedHashMap<>();
        Stream.concat(table.columns().stream(), table.partitionKeys().stream())
                .forEach(column -> types.put(column.name(), duckType(column.type())));
        try (Statement create = db.createStatement()) {
            create.execute("CREATE OR REPLACE TABLE " + table.name() + " ("
                    + types.entrySet().stream()
                            .map(column -> column.getKey() + " " + column.getValue())
                            .collect(Collectors.joining(", "))
                    + ")");
        }
        String insert = "INSERT INTO " + table.name() + " VALUES ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")";
        try (PreparedStatement rows = db.prepareStatement(insert)) {
            reader.read(data, row -> {
                try {
                    for (int i = 0; i < names.size(); i++) {
                        rows.setString(i + 1, row.get(names.get(i)));
                    }
                    rows.addBatch();
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            rows.executeBatch();
        } catch (IOException e) {
            throw new SQLException("cannot read the replayed objects under " + data + ": " + e.getMessage(), e);
        }
    }

    /** Athena's editor wants string values quoted; the same value is accepted here with or without. */
    public static String unquoted(String value) {
        String trimmed = value.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'")) {
            return trimmed.substring(1, trimmed.length() - 1).replace("''", "'");
        }
        return value;
    }

    private static List<List<String>> table(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            header.add(meta.getColumnLabel(i));
        }
        table.add(header);
        while (rows.next()) {
            List<String> row = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String value = rows.getString(i);
                row.add(value == null ? "NULL" : value);
            }
            table.add(row);
        }
        return table;
    }

    private static boolean hasFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            return false;
        }
    }

    private static Map<String, String> columnTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        for (ChangeTableSchema.Column column : ChangeTableSchema.COLUMNS) {
            types.put(column.name(), duckType(column.type()));
        }
        return types;
    }

    static String duckType(String hiveType) {
        return switch (hiveType) {
            case ChangeTableSchema.STRING -> "VARCHAR";
            case ChangeTableSchema.BIGINT -> "BIGINT";
            case ChangeTableSchema.BOOLEAN -> "BOOLEAN";
            default ->
                throw new IllegalArgumentException("type = " + hiveType + " has no DuckDB counterpart here; "
                        + "allowed: string, bigint, boolean");
        };
    }
}
