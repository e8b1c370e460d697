package dev.ddbchanges.app.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds keys given twice in one JSON object, which a JSON reader would otherwise take silently, the second replacing
 * the first: for an environment, with its state key. Jackson's own duplicate check only says "Duplicate field"; this
 * names the object and both lines.
 */
final class DuplicateKeys {
    private static final JsonFactory FACTORY = new JsonFactory();

    private DuplicateKeys() {}

    /** @return one problem per repeated key; none for text that is not JSON, which the tree reader reports */
    static List<String> in(String json) {
        List<String> problems = new ArrayList<>();
        Deque<Map<String, JsonLocation>> objects = new ArrayDeque<>();
        try (JsonParser parser = FACTORY.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT) {
                    objects.push(new HashMap<>());
                } else if (token == JsonToken.END_OBJECT) {
                    objects.pop();
                } else if (token == JsonToken.FIELD_NAME) {
                    JsonLocation first = objects.peek().putIfAbsent(parser.currentName(), parser.currentLocation());
                    if (first != null) {
                        problems.add(describe(parser, first));
                    }
                }
            }
        } catch (IOException e) {
            // Not JSON: the tree reader that comes next says where.
        }
        return problems;
    }

    private static String describe(JsonParser parser, JsonLocation first) {
        JsonStreamContext object = parser.getParsingContext().getParent();
        String pointer = object.pathAsPointer().toString();
        String where =
                pointer.isEmpty() ? "the top level" : pointer.substring(1).replace('/', '.');
        String lines = "(lines " + first.getLineNr() + " and "
                + parser.currentLocation().getLineNr() + ")";
        String key = "'" + parser.getParsingContext().getCurrentName() + "'";
        return pointer.equals(SettingsLoader.ENVIRONMENTS_POINTER)
                ? where + ": " + key + " is declared twice " + lines + "; allowed: each environment once, since the "
                        + "second would silently replace the first"
                : where + ": " + key + " is given twice " + lines + "; allowed: each key once, since the second "
                        + "would silently replace the first";
    }
}
