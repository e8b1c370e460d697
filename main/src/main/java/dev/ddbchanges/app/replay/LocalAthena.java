package dev.ddbchanges.app.replay;

import dev.ddbchanges.app.config.Defaults;
import dev.ddbchanges.app.constructs.catalog.ChangeCrawler;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.contract.Columns;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * DuckDB over the replayed files, as a local stand-in for Athena over the crawler's table: the same columns with the
 * types Glue gives them, the same string partition columns, and a view named like the table.
 */
public final class LocalAthena {
    /**
     * The table's columns with the types Glue gives the scalar ones. The image structs are JSON text here: read a
     * field with {@code json_extract_string(new_image, '$.status')} locally, {@code new_image.status} in Athena.
     */
    public static final Map<String, String> COLUMN_TYPES = Collections.unmodifiableMap(columnTypes());

    static final String TABLE = ChangeCrawler.TABLE;
    /** Locally, changes may arrive as late as in production (168 h of retention). */
    public static final int RETENTION_HOURS = Defaults.STREAM_RETENTION_HOURS_PRODUCTION;

    private LocalAthena() {}

    /**
     * Runs {@code sql} (with {@link NamedQuery#TABLE_PLACEHOLDER} for the table and {@code ?} for parameters) over the
     * data under {@code outdir}.
     *
     * @param parameters the values for the {@code ?} marks, in order, bare or quoted as Athena wants them
     *                   ({@code 'order-1'})
     * @return the header row, then one row per result, each value as text ("NULL" for null)
     */
    public static List<List<String>> query(Path outdir, String sql, List<String> parameters) throws SQLException {
        Path data = outdir.resolve(DeliveryLayout.DATA_PREFIX);
        if (!hasFiles(data)) {
            throw new IllegalArgumentException("no converted records under " + data + ": nothing to query");
        }
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement view = db.createStatement()) {
                view.execute("CREATE VIEW " + TABLE + " AS SELECT * FROM read_json('"
                        + data.toAbsolutePath().toString().replace("'", "''") + "/*/*/*/*/*.gz', "
                        + "format = 'newline_delimited', hive_partitioning = true, "
                        + "hive_types = {'year': 'VARCHAR', 'month': 'VARCHAR', 'day': 'VARCHAR', 'hour': 'VARCHAR'}, "
                        + "columns = {"
                        + COLUMN_TYPES.entrySet().stream()
                                .map(c -> c.getKey() + ": '" + c.getValue() + "'")
                                .collect(Collectors.joining(", "))
                        + "})");
            }
            try (PreparedStatement statement = db.prepareStatement(NamedQuery.fill(sql, TABLE, RETENTION_HOURS))) {
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

    public static List<List<String>> table(ResultSet rows) throws SQLException {
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
        for (String column : Columns.ALL) {
            types.put(
                    column,
                    switch (column) {
                        case "event_time_us", "size_bytes" -> "BIGINT";
                        case "ttl_delete" -> "BOOLEAN";
                        case "keys", "new_image", "old_image" -> "JSON";
                        default -> "VARCHAR";
                    });
        }
        return types;
    }
}
