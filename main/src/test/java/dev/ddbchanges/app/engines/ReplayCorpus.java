package dev.ddbchanges.app.engines;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.queries.NamedQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * A change stream to replay and the cases proven on it, both test resources under {@code replay/}: the records in
 * {@code <records>}, the cases in {@code <cases>}, one per line: query, parameters (comma-separated, quoted or
 * bare), the expected rows' file under {@code replay/expected/}, and what the case proves.
 */
public record ReplayCorpus(String name, String records, String cases) {
    /** A query a case names that is not a saved query: a user's SQL, {@code {{table}}} and {@code ?} as in those. */
    static final String USER_SQL = "sql/";

    public List<String> recordLines() throws IOException {
        return Files.readAllLines(TestApps.resource(records));
    }

    public List<Case> readCases() throws IOException {
        List<Case> read = new ArrayList<>();
        for (String line : Files.readAllLines(TestApps.resource(cases))) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 4) {
                throw new IllegalArgumentException(cases + ": line \"" + line + "\" has " + fields.length
                        + " tab-separated fields; allowed: 4 (query, parameters, expected rows' file, what it proves)");
            }
            read.add(new Case(fields[0], fields[1], fields[2], fields[3]));
        }
        return read;
    }

    /** One query with its parameters and the rows it must return. */
    public record Case(String query, String parameters, String expected, String proves) {
        /** The SQL: a saved query's template, or the text of {@code replay/sql/<name>.sql}. */
        public String sql() throws IOException {
            if (query.startsWith(USER_SQL) && query.endsWith(".sql")) {
                return Files.readString(TestApps.resource("replay/" + query));
            }
            return NamedQuery.byId(query)
                    .orElseThrow(() -> new IllegalArgumentException("query = " + query
                            + "; allowed: a saved query's id "
                            + Stream.of(NamedQuery.values()).map(NamedQuery::id).toList() + " or "
                            + USER_SQL + "<name>.sql"))
                    .template();
        }

        public boolean isSavedQuery() {
            return !query.startsWith(USER_SQL);
        }

        public List<String> parameterList() {
            return parameters.isEmpty() ? List.of() : Arrays.asList(parameters.split(","));
        }

        public List<String> expectedRows() throws IOException {
            return Files.readAllLines(TestApps.resource("replay/expected/" + expected));
        }

        /** How a test run names the case. */
        @Override
        public String toString() {
            return query + "(" + parameters + "): " + proves;
        }
    }
}
