package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.converter.firehose.FirehoseBatchTransformer;
import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The concatenated Ok output, exactly as Firehose writes it to S3 (records back to back), read by DuckDB's
 * newline-delimited JSON reader with explicit column types that mirror the Glue table: a stand-in for Athena.
 */
class DuckDbNdjsonTest {

    /** Glue/Athena type → DuckDB type; structs are kept as JSON so nested attributes stay queryable. */
    private static final Map<String, String> DUCKDB_TYPES =
            Map.of("string", "VARCHAR", "bigint", "BIGINT", "boolean", "BOOLEAN", "struct", "JSON");

    @TempDir
    Path dir;

    @Test
    void duckDbReadsTheDeliveredFileAndAQueryReturnsExactlyTheExpectedRows() throws Exception {
        Path file = dir.resolve("changes.json");
        int lines = writeOkOutput(file, "insert-modify-remove", "ttl-delete-microseconds", "all-attribute-types");

        List<String> rows = query("""
                SELECT event_name, pk, event_time_us, ttl_delete, size_bytes,
                       epoch_us(CAST(event_time AS TIMESTAMPTZ)) = event_time_us AS time_agrees,
                       json_extract(new_image, '$.big')::VARCHAR AS big,
                       json_extract_string(old_image, '$.tier') AS old_tier
                FROM %s
                ORDER BY event_time_us, length(kinesis_sequence_number), kinesis_sequence_number, event_id
                """.formatted(reader(file)));

        assertThat(rows).hasSize(lines);
        assertThat(rows)
                .containsExactlyElementsOf(Files.readAllLines(Path.of(
                        getClass().getResource("/expected/duckdb-query.tsv").toURI())));
    }

    @Test
    void withoutTheNewlineTheFileWouldNotBeReadable() throws Exception {
        Path file = dir.resolve("stripped.json");
        writeOkOutput(file, "insert-modify-remove");
        String content = Files.readString(file, StandardCharsets.UTF_8);
        Files.writeString(file, content.replace("\n", ""), StandardCharsets.UTF_8);

        assertThatThrownBy(() -> query("SELECT count(*) FROM " + reader(file)))
                .as("DuckDB rejects records written back to back")
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Malformed JSON")
                .hasMessageContaining("unexpected content after document");
    }

    /** Writes the Ok lines of the events back to back, as Firehose does; returns how many. */
    private static int writeOkOutput(Path file, String... events) throws IOException {
        ByteArrayOutputStream delivered = new ByteArrayOutputStream();
        int count = 0;
        for (String event : events) {
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            new FirehoseBatchTransformer().transform(new ByteArrayInputStream(TestEvents.event(event)), response);
            for (JsonNode record : TestEvents.json(response.toByteArray()).get("records")) {
                if (record.get("result").asText().equals("Ok")) {
                    delivered.write(
                            Base64.getDecoder().decode(record.get("data").asText()));
                    count++;
                }
            }
        }
        Files.write(file, delivered.toByteArray());
        return count;
    }

    private static String reader(Path file) {
        String columns = Readme.athenaColumnTypes().entrySet().stream()
                .map(c -> c.getKey() + ": '" + DUCKDB_TYPES.get(c.getValue()) + "'")
                .collect(Collectors.joining(", "));
        return "read_json('" + file.toString().replace("'", "''") + "', format = 'newline_delimited', columns = {"
                + columns + "})";
    }

    private static List<String> query(String sql) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = db.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    cells.add(String.valueOf(rs.getString(i)));
                }
                rows.add(String.join("\t", cells));
            }
            return rows;
        }
    }
}
