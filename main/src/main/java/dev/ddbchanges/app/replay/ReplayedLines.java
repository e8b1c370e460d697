package dev.ddbchanges.app.replay;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the replayed objects as Athena's OpenX reader reads the table: each top-level name is matched exactly
 * (case.insensitive=false), a nested image becomes its JSON text, the partition values come from the object's hour
 * folders, and a malformed line fails (ignore.malformed.json=false). DuckDB's own JSON reader cannot stand in here: it
 * rewrites a nested object's numbers through a double, so {@code 123456789012345678901234567890.1} would come back
 * rounded; this reader copies the image's bytes as the converter wrote them.
 */
final class ReplayedLines {
    private static final JsonFactory JSON = new JsonFactory();

    private ReplayedLines() {}

    /** One row per line under {@code data}: column name to its text ({@code null} for JSON null or absent). */
    static void read(Path data, Consumer<Map<String, String>> rows) throws IOException {
        forEachLine(data, (object, number, line) -> {
            Map<String, String> row = new HashMap<>(partition(data, object));
            row.putAll(columns(line, object, number));
            rows.accept(row);
        });
    }

    /** Every non-blank line of every gzipped object under {@code data}, objects in path order. */
    static void forEachLine(Path data, ObjectLine each) throws IOException {
        List<Path> objects;
        try (Stream<Path> files = Files.walk(data)) {
            objects = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path object : objects) {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(new GZIPInputStream(Files.newInputStream(object)), StandardCharsets.UTF_8))) {
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (!line.isBlank()) {
                        each.accept(object, number, line);
                    }
                }
            }
        }
    }

    /** A line of an object, numbered from 1. */
    @FunctionalInterface
    interface ObjectLine {
        void accept(Path object, int number, String line) throws IOException;
    }

    /** The hour folders of {@code object} below {@code data}, as the partition columns year, month, day, hour. */
    static Map<String, String> partition(Path data, Path object) {
        Map<String, String> values = new HashMap<>();
        List<String> folders = new ArrayList<>();
        data.relativize(object.getParent()).forEach(folder -> folders.add(folder.toString()));
        List<ChangeTableSchema.Column> keys = ChangeTableSchema.PARTITION_KEYS;
        for (int i = 0; i < keys.size(); i++) {
            String expected = keys.get(i).name() + "=";
            if (folders.size() != keys.size() || !folders.get(i).startsWith(expected)) {
                throw new IllegalArgumentException("object " + object + " is not under " + data
                        + "/year=YYYY/month=MM/day=DD/hour=HH/: Firehose's layout is the only one the table reads");
            }
            values.put(keys.get(i).name(), folders.get(i).substring(expected.length()));
        }
        return values;
    }

    private static Map<String, String> columns(String line, Path object, int number) throws IOException {
        Map<String, String> values = new HashMap<>();
        try (JsonParser parser = JSON.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw malformed(object, number, "not a JSON object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    parser.skipChildren();
                    int end = (int) parser.currentLocation().getCharOffset();
                    values.put(name, line.substring(start, end));
                } else if (value != JsonToken.VALUE_NULL) {
                    values.put(name, parser.getText());
                }
            }
            if (parser.currentToken() != JsonToken.END_OBJECT || parser.nextToken() != null) {
                throw malformed(object, number, "more than one JSON object");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw malformed(object, number, e.getOriginalMessage());
        }
        return values;
    }

    private static IllegalArgumentException malformed(Path object, int line, String problem) {
        return new IllegalArgumentException(object + " line " + line + " is not a line the table can read (" + problem
                + "); Athena fails the whole query on it too");
    }
}
