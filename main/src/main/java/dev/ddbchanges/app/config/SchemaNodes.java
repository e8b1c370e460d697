package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The few JSON Schema (draft-07) shapes the settings' cross-field rules are written in. */
final class SchemaNodes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SchemaNodes() {}

    static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A schema of one JSON type, with what it is in editors' words. */
    static ObjectNode typed(String type, String description) {
        return object().put("type", type).put("description", description);
    }

    static ArrayNode array(String... values) {
        ArrayNode array = NODES.arrayNode();
        List.of(values).forEach(array::add);
        return array;
    }

    /** The object sets {@code key} to {@code value}. */
    static ObjectNode is(String key, boolean value) {
        ObjectNode schema = required(key);
        schema.putObject("properties").putObject(key).put("const", value);
        return schema;
    }

    static ObjectNode is(String key, String value) {
        ObjectNode schema = required(key);
        schema.putObject("properties").putObject(key).put("const", value);
        return schema;
    }

    /** The object gives {@code key} a value other than null, which the app reads as "not set". */
    static ObjectNode set(String key) {
        ObjectNode schema = required(key);
        schema.putObject("properties").putObject(key).putObject("not").put("type", "null");
        return schema;
    }

    /** {@code key} is {@code value} wherever it is given (null, like absent, means the default). */
    static ObjectNode onlyIfGiven(String key, boolean value) {
        ObjectNode schema = object();
        schema.putObject("properties")
                .putObject(key)
                .putArray("enum")
                .add(value)
                .addNull();
        return schema;
    }

    static ObjectNode not(JsonNode schema) {
        ObjectNode not = object();
        not.set("not", schema);
        return not;
    }

    static ObjectNode allOf(JsonNode... schemas) {
        ObjectNode all = object();
        all.putArray("allOf").addAll(List.of(schemas));
        return all;
    }

    static ObjectNode anyOf(JsonNode... schemas) {
        ObjectNode any = object();
        any.putArray("anyOf").addAll(List.of(schemas));
        return any;
    }

    /** A rule in editors' words: where {@code condition} holds, {@code then} must hold too. */
    static ObjectNode when(JsonNode condition, JsonNode then, String description) {
        ObjectNode rule = object().put("description", description);
        rule.set("if", condition);
        rule.set("then", then);
        return rule;
    }

    /** The schema of the object's property {@code key}. */
    static ObjectNode property(String key, JsonNode schema) {
        ObjectNode properties = object();
        properties.putObject("properties").set(key, schema);
        return properties;
    }

    private static ObjectNode required(String key) {
        ObjectNode schema = object();
        schema.set("required", array(key));
        return schema;
    }
}
