package dev.ddbchanges.app.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.constructs.catalog.ErrorTableSchema;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads Firehose's error objects as the error table's SerDe does: each column from the Firehose name it is mapped to,
 * the error type from the first folder and the hour from the folders below it. A line that is not a JSON object fails,
 * as it fails the query in Athena.
 */
final class ErrorLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorLines() {}

    /** One row per error record under {@code errors} (an {@code errors/} folder): column name to its text. */
    static void read(Path errors, Consumer<Map<String, String>> rows) throws IOException {
        ReplayedLines.forEachLine(errors, (object, number, line) -> {
            Path typeFolder = errors.resolve(errors.relativize(object).getName(0));
            Map<String, String> row = new HashMap<>(ReplayedLines.partition(typeFolder, object));
            row.put(ErrorTableSchema.ERROR_TYPE.name(), typeFolder.getFileName().toString());
            rows.accept(columns(row, JSON.readTree(line), object, number));
        });
    }

    /** The partition's {@code row} with each column from the Firehose name it is mapped to. */
    private static Map<String, String> columns(Map<String, String> row, JsonNode record, Path object, int number) {
        if (!record.isObject()) {
            throw new IllegalArgumentException(
                    object + " line " + number + " is not a JSON object; Athena fails the whole query on it too");
        }
        ErrorTableSchema.FIREHOSE_NAMES.forEach((column, name) -> {
            JsonNode value = record.get(name);
            if (value != null && !value.isNull()) {
                row.put(column, value.asText());
            }
        });
        return row;
    }
}
