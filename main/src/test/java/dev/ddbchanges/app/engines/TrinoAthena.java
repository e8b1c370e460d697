package dev.ddbchanges.app.engines;

import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema;
import dev.ddbchanges.app.constructs.catalog.ErrorTableSchema;
import dev.ddbchanges.app.constructs.catalog.TableDefinition;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.replay.LocalAthena;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Trino over the replayed files, with LocalAthena's contract: each replay directory becomes its own Hive table, created
 * from its {@link TableDefinition} as the Glue table is (Athena's OpenX JSON SerDe with the same properties, the same
 * partition projection and location template), and the query's placeholders are filled as for DuckDB.
 */
public final class TrinoAthena {
    private static final String SCHEMA = "replay";
    private static final String YEAR_FOLDER = "year=\\d{4}";
    private static final Map<Path, String> TABLES = new HashMap<>();

    private TrinoAthena() {}

    /**
     * As {@link LocalAthena#query}: the header row, then one row per result, each value as text ("NULL" for null),
     * rendered by LocalAthena's own formatter from the driver's text. The saved queries return varchar, bigint and
     * boolean, which both drivers render alike ({@code false}, {@code 10}); a timestamp is not normalised, since
     * Trino renders {@code 2026-11-25 10:00:00.123 UTC} and the dialect test keeps what each engine shows.
     */
    public static List<List<String>> query(Path outdir, String sql, List<String> parameters) throws Exception {
        Path data = outdir.resolve(DeliveryLayout.DATA_PREFIX).toAbsolutePath().normalize();
        return query(ChangeTableSchema.DEFINITION, data, data, sql, parameters);
    }

    /** The Hive table of the changes replayed under {@code outdir}, qualified; created on first use. */
    static String changesTable(Path outdir) throws IOException, SQLException {
        Path data = outdir.resolve(DeliveryLayout.DATA_PREFIX).toAbsolutePath().normalize();
        TrinoServer server = TrinoServer.get();
        try (Connection trino = server.connect()) {
            return table(server, trino, ChangeTableSchema.DEFINITION, data, data);
        }
    }

    /** As {@link #query}, over the error table of the error records under {@code outdir}'s {@code errors/}. */
    public static List<List<String>> queryErrors(Path outdir, String sql, List<String> parameters) throws Exception {
        Path errors =
                outdir.resolve(DeliveryLayout.ERROR_PREFIX).toAbsolutePath().normalize();
        // The projection lists a single error type, whose folder holds the years.
        return query(
                ErrorTableSchema.DEFINITION,
                errors,
                errors.resolve(ErrorTableSchema.ERROR_TYPES.get(0)),
                sql,
                parameters);
    }

    private static List<List<String>> query(
            TableDefinition definition, Path data, Path years, String sql, List<String> parameters) throws Exception {
        TrinoServer server = TrinoServer.get();
        try (Connection trino = server.connect()) {
            String table = table(server, trino, definition, data, years);
            try (PreparedStatement statement =
                    trino.prepareStatement(NamedQuery.fill(sql, table, QueryEngine.WINDOW))) {
                return LocalAthena.run(statement, parameters);
            }
        }
    }

    /**
     * The years of the table's range (its first year to this one, as {@code NOW} in Athena) that the replay wrote, as
     * a projection range ({@code 2026,2026}); the whole range when it wrote none of them, so a year outside it stays
     * invisible as in Athena.
     */
    static String years(Path data) throws IOException {
        int first = ChangeTableSchema.FIRST_YEAR;
        int last = Year.now(ZoneOffset.UTC).getValue();
        List<Integer> written;
        try (Stream<Path> folders = Files.list(data)) {
            written = folders.map(folder -> folder.getFileName().toString())
                    .filter(folder -> folder.matches(YEAR_FOLDER))
                    .map(folder -> Integer.parseInt(folder.substring(folder.indexOf('=') + 1)))
                    .filter(year -> year >= first && year <= last)
                    .sorted()
                    .toList();
        }
        return written.isEmpty() ? first + "," + last : written.get(0) + "," + written.get(written.size() - 1);
    }

    /** The replay's table, created on its first query; the same directory always gets the same table. */
    private static synchronized String table(
            TrinoServer server, Connection trino, TableDefinition definition, Path data, Path years)
            throws IOException, SQLException {
        String existing = TABLES.get(data);
        if (existing != null) {
            return existing;
        }
        if (!Files.isDirectory(data)) {
            throw new IllegalArgumentException("no objects under " + data + ": nothing to query");
        }
        String name = definition.prefix().replace("/", "") + "_" + (TABLES.size() + 1);
        // Linked, not copied, below the local file system's root: the table reads the replay's files where they are.
        Path location = server.files().resolve(SCHEMA).resolve(name);
        Files.createDirectories(location.getParent());
        Files.createSymbolicLink(location, data);
        try (Statement ddl = trino.createStatement()) {
            ddl.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            ddl.execute(TrinoTableDdl.create(
                    definition,
                    SCHEMA + "." + name,
                    "local:///" + server.files().relativize(location) + "/",
                    years(years)));
        }
        String qualified = TrinoServer.CATALOG + "." + SCHEMA + "." + name;
        TABLES.put(data, qualified);
        return qualified;
    }
}
