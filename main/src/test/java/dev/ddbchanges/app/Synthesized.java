package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One synthesized stack (cdk.tf.json), with the lookups the property tests need. */
public record Synthesized(JsonNode json) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Synthesized of(String json) {
        try {
            return new Synthesized(JSON.readTree(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Synthesized read(Path cdkTfJson) {
        try {
            return new Synthesized(JSON.readTree(cdkTfJson.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every resource of a type, in the stack's order. */
    public List<JsonNode> resources(String type) {
        List<JsonNode> found = new ArrayList<>();
        json.path("resource").path(type).forEach(found::add);
        return found;
    }

    /** The one resource of a type; fails when there are none or several. */
    public JsonNode resource(String type) {
        List<JsonNode> found = resources(type);
        assertThat(found).as("resources of type %s", type).hasSize(1);
        return found.get(0);
    }

    /** The one resource of a type whose attribute has this value. */
    public JsonNode resourceWhere(String type, String attribute, String value) {
        List<JsonNode> found = resources(type).stream()
                .filter(resource -> resource.path(attribute).asText().equals(value))
                .toList();
        assertThat(found).as("%s with %s = %s", type, attribute, value).hasSize(1);
        return found.get(0);
    }

    /** The bucket of a purpose ("data", "query-results"): its name is {@code <prefix>-<purpose>-<suffix>}. */
    public JsonNode bucket(String purpose) {
        List<JsonNode> found = resources("aws_s3_bucket").stream()
                .filter(bucket -> bucket.path("bucket").asText().contains("-" + purpose + "-"))
                .toList();
        assertThat(found).as("the %s bucket", purpose).hasSize(1);
        return found.get(0);
    }

    /** The one resource of a type that configures this bucket (its {@code bucket} refers to the bucket's id). */
    public JsonNode partOf(String type, JsonNode bucket) {
        return resourceWhere(type, "bucket", reference("aws_s3_bucket", bucket, "id"));
    }

    /** Every statement of the inline policies attached to a role, by Sid. */
    public Map<String, JsonNode> statementsOfRole(JsonNode role) {
        String roleName = reference("aws_iam_role", role, "name");
        Map<String, JsonNode> statements = new LinkedHashMap<>();
        resources("aws_iam_role_policy").stream()
                .filter(policy -> policy.path("role").asText().equals(roleName))
                .forEach(policy -> policy(policy)
                        .path("Statement")
                        .forEach(statement ->
                                statements.put(statement.path("Sid").asText(), statement)));
        return statements;
    }

    public List<JsonNode> dataSources(String type) {
        List<JsonNode> found = new ArrayList<>();
        json.path("data").path(type).forEach(found::add);
        return found;
    }

    public JsonNode terraform() {
        return json.path("terraform");
    }

    public JsonNode provider() {
        JsonNode providers = json.path("provider").path("aws");
        assertThat(providers.size()).as("aws provider blocks").isEqualTo(1);
        return providers.get(0);
    }

    /** The {@code policy} attribute of a resource, parsed. */
    public static JsonNode policy(JsonNode resource) {
        return parse(resource.path("policy").asText());
    }

    /** The one statement with this Sid in the {@code policy} attribute of a resource. */
    public static JsonNode statement(JsonNode resource, String sid) {
        List<JsonNode> found = new ArrayList<>();
        policy(resource).path("Statement").forEach(statement -> {
            if (statement.path("Sid").asText().equals(sid)) {
                found.add(statement);
            }
        });
        assertThat(found).as("statements with Sid %s", sid).hasSize(1);
        return found.get(0);
    }

    /** The text of every element of a JSON array. */
    public static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /** A policy document (or any JSON held in a string attribute), parsed. */
    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A reference to an attribute of a resource in this stack, as Terraform writes it. */
    public String reference(String type, JsonNode resource, String attribute) {
        return "${" + address(type, resource) + "." + attribute + "}";
    }

    /** The resource of a type that a reference ({@code ${type.name.attr}}) or an address ({@code type.name}) names. */
    public JsonNode named(String type, String referenceOrAddress) {
        List<JsonNode> found = resources(type).stream()
                .filter(resource -> referenceOrAddress.equals(address(type, resource))
                        || referenceOrAddress.startsWith("${" + address(type, resource) + "."))
                .toList();
        assertThat(found).as("the %s that %s names", type, referenceOrAddress).hasSize(1);
        return found.get(0);
    }

    /** The resource's Terraform address, {@code type.name}. */
    public String address(String type, JsonNode resource) {
        for (Map.Entry<String, JsonNode> entry :
                json.path("resource").path(type).properties()) {
            if (entry.getValue() == resource) {
                return type + "." + entry.getKey();
            }
        }
        throw new AssertionError("not a " + type + " of this stack: " + resource);
    }

    /** Every managed resource's address, sorted. */
    public List<String> addresses() {
        List<String> addresses = new ArrayList<>();
        json.path("resource")
                .properties()
                .forEach(type -> type.getValue()
                        .properties()
                        .forEach(resource -> addresses.add(type.getKey() + "." + resource.getKey())));
        addresses.sort(null);
        return addresses;
    }
}
