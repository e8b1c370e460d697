package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.ddbchanges.app.TestApps;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * cdktf.schema.json, checked by a validator as an editor checks it: it accepts what the app accepts and refuses what
 * the app refuses, except the cases settings/schema-cannot-refuse.json lists with the reason.
 */
class SettingsSchemaTest {
    /** Fractions stay exact, as the app reads them. */
    private static final ObjectMapper JSON =
            new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(read(Path.of(SettingsSchema.FILE)));

    @Test
    void theShippedCdktfJsonValidates() {
        assertThat(errors(read(TestApps.CDKTF_JSON))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "settings/minimal.json",
                "settings/all-null.json",
                "settings/whole-numbers-with-fractions.json",
                "settings/every-setting.json",
                "settings/construct-fixture.json",
                "settings/mixed-removals.json",
                "settings/on-demand-stream.json",
                "settings/provisioned-stream.json",
                "settings/shared-account.json",
                "settings/upgrading-environment.json",
                "ci/one-account.json"
            })
    void everyValidFixtureValidates(String fixture) {
        assertThat(errors(read(TestApps.resource(fixture)))).isEmpty();
    }

    @Test
    void aFixtureTheAppRefusesForAValueIsRefusedThere() {
        assertThat(errors(read(TestApps.resource("settings/invalid-values.json"))))
                .extracting(error -> error.getInstanceLocation().toString())
                .contains("/context/environments/dev/keyDeletionWindowDays");
    }

    static Stream<Arguments> cases() {
        List<Arguments> arguments = new ArrayList<>();
        for (JsonNode c : read(TestApps.resource("settings/invalid-settings.json"))) {
            arguments.add(Arguments.of(c.path("case").asText(), c));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyInvalidCaseIsRefusedUnlessListedWithTheReason(String name, JsonNode c) {
        JsonNode root = c.has("text")
                ? parse(c.get("text").asText())
                : c.has("cdktf")
                        ? c.get("cdktf")
                        : cdktfJson(
                                c.get("environments"),
                                !c.path("problems").toString().contains("context.ci"));
        if (cannotRefuse().containsKey(name)) {
            assertThat(errors(root))
                    .as("listed in schema-cannot-refuse.json, but the schema refuses it: take it off the list")
                    .isEmpty();
        } else {
            List<Error> errors = errors(root);
            assertThat(errors).as(name + ": what the schema says").isNotEmpty();
            // Refused for the case's own reason: the schema's complaint names the field the app's problem names.
            String problem = c.path("problems").path(0).asText();
            List<String> named = namedFields(problem);
            if (problem.startsWith("environment '")) {
                assertThat(named)
                        .as(problem)
                        .anySatisfy(f -> assertThat(errors.toString())
                                .as(errors.toString())
                                .contains(f));
            }
        }
    }

    @Test
    void everyListedCaseExists() {
        List<String> names = new ArrayList<>();
        read(TestApps.resource("settings/invalid-settings.json"))
                .forEach(c -> names.add(c.path("case").asText()));
        names.add("settings/duplicate-environment.json");
        names.add("settings/not-json.json");
        assertThat(names).containsAll(cannotRefuse().keySet());
    }

    private static Map<String, String> cannotRefuse() {
        Map<String, String> reasons = new LinkedHashMap<>();
        read(TestApps.resource("settings/schema-cannot-refuse.json"))
                .properties()
                .forEach(e -> reasons.put(e.getKey(), e.getValue().asText()));
        return reasons;
    }

    /**
     * What the app's problem is about: the settings it names (not the list of known ones it offers), an unknown key
     * it quotes, or, for a rule on the environment itself, the environment's place in the file.
     */
    private static List<String> namedFields(String problem) {
        String about = problem.contains("; known settings:")
                ? problem.substring(0, problem.indexOf("; known settings:"))
                : problem;
        List<String> named = new ArrayList<>(List.of("$schema"));
        Definitions.readmeTable().forEach(row -> named.add(row.key()));
        named.removeIf(key -> !Pattern.compile("(?<![A-Za-z])" + Pattern.quote(key) + "(?![A-Za-z])")
                .matcher(about)
                .find());
        java.util.regex.Matcher unknown =
                Pattern.compile("unknown setting '([^']+)'").matcher(about);
        if (unknown.find()) {
            named.add(unknown.group(1));
        }
        java.util.regex.Matcher environment =
                Pattern.compile("^environment '([^']+)'").matcher(about);
        if (named.isEmpty() && environment.find()) {
            // The environment itself: its value (found at its path) or its name (a property name the schema refuses).
            named.add("/context/environments/" + environment.group(1));
            named.add("property '" + environment.group(1) + "' name");
        }
        return named;
    }

    private static List<Error> errors(JsonNode root) {
        return SCHEMA.validate(root);
    }

    /** A case's environments in a file that is otherwise valid: context.ci set, so automation has what it needs. */
    private static JsonNode cdktfJson(JsonNode environments, boolean withCi) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode context = root.putObject("context");
        if (withCi) {
            context.putObject("ci").put("repository", "example-org/ddb-changes").put("defaultBranch", "main");
        }
        context.set("environments", environments);
        return root;
    }

    private static JsonNode read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As an editor's validator sees the text: parsed, a repeated key's last value kept. */
    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
