package dev.ddbchanges.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.TestApps;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per validation rule, each with its exact messages, from settings/invalid-settings.json: a case gives
 * cdktf.json as {@code environments}, as the whole {@code cdktf} object, or as {@code text} where only the text can
 * hold the problem (a repeated key).
 */
class SettingsValidationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> cases() throws IOException {
        JsonNode cases = JSON.readTree(
                TestApps.resource("settings/invalid-settings.json").toFile());
        List<Arguments> arguments = new ArrayList<>();
        for (JsonNode c : cases) {
            arguments.add(Arguments.of(c.path("case").asText(), c));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyProblemIsReportedWithEnvironmentFieldValueAndWhatIsAllowed(String name, JsonNode c) {
        JsonNode root = c.has("cdktf") ? c.get("cdktf") : cdktfJson(c.get("environments"));
        EphemeralRequest ephemeral = c.has("ephemeral")
                ? EphemeralRequest.of(
                        c.path("ephemeral").path("name").asText(),
                        c.path("ephemeral").path("base").asText())
                : EphemeralRequest.NONE;
        List<String> expected = new ArrayList<>();
        c.path("problems").forEach(problem -> expected.add(problem.asText()));

        assertThatThrownBy(() -> {
                    if (c.has("text")) {
                        SettingsLoader.parse(c.get("text").asText(), "cdktf.json", ephemeral);
                    } else {
                        SettingsLoader.parse(root, "cdktf.json", ephemeral);
                    }
                })
                .isInstanceOfSatisfying(InvalidSettingsException.class, e -> {
                    assertThat(e.problems()).containsExactlyElementsOf(expected);
                    assertThat(e.getMessage())
                            .startsWith(expected.size()
                                    + (expected.size() == 1 ? " problem" : " problems")
                                    + " in cdktf.json; nothing was synthesized:\n  - " + expected.get(0));
                });
    }

    @Test
    void aRepeatedEnvironmentInTheFileIsAnErrorNotASilentReplacement() {
        assertThat(onlyProblem("settings/duplicate-environment.json"))
                .isEqualTo("context.environments: 'dev' is declared twice (lines 5 and 6); allowed: each environment "
                        + "once, since the second would silently replace the first");
    }

    @Test
    void anUnclosedObjectIsNamedWithWhereItOpenedAndNothingOfJacksonsInternals() {
        assertThat(onlyProblem("settings/unclosed-object.json"))
                .endsWith("unclosed-object.json is not valid JSON: Unexpected end-of-input: expected close marker for "
                        + "Object (start marker at [line: 3, column: 21]) at line 4, column 1");
    }

    @Test
    void malformedJsonNamesTheFileAndThePosition() {
        assertThat(onlyProblem("settings/not-json.json"))
                .contains("not-json.json is not valid JSON: ")
                .contains("at line 5");
    }

    @Test
    void aMissingFileIsReported() {
        assertThat(onlyProblem("settings/absent.json")).contains("absent.json cannot be read");
    }

    private static String onlyProblem(String file) {
        InvalidSettingsException e = catchThrowableOfType(
                InvalidSettingsException.class,
                () -> SettingsLoader.load(TestApps.resource(file), EphemeralRequest.NONE));
        assertThat(e).as("the settings in " + file + " are refused").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    private static JsonNode cdktfJson(JsonNode environments) {
        ObjectNode root = JSON.createObjectNode();
        root.putObject("context").set("environments", environments);
        return root;
    }
}
