package dev.ddbchanges.app.config;

import static dev.ddbchanges.app.config.SchemaNodes.is;
import static dev.ddbchanges.app.config.SchemaNodes.not;
import static dev.ddbchanges.app.config.SchemaNodes.property;
import static dev.ddbchanges.app.config.SchemaNodes.when;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * cdktf.schema.json, the JSON Schema (draft-07, the draft VS Code and IntelliJ have supported longest) that cdktf.json
 * names in its {@code $schema} key: cdktf's own keys, {@code context.ci} and, from the {@link Definitions}, every
 * setting of {@code context.environments}. A test holds the committed file to what this generates.
 */
public final class SettingsSchema {
    /** The file's name, at the repository root next to cdktf.json. */
    public static final String FILE = "cdktf.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String AUTOMATION = EnvironmentDefinitions.AUTOMATION.key();

    private SettingsSchema() {}

    /** The schema as the committed file holds it: two-space indentation, a newline at the end. */
    public static String json() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(
                        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        try {
            return JSON.writer(printer).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode schema() {
        ObjectNode schema = SchemaNodes.object()
                .put("$schema", "http://json-schema.org/draft-07/schema#")
                .put("title", "cdktf.json")
                .put(
                        "description",
                        "cdktf's project file, with this project's settings under context; generated from the "
                                + "settings' definitions (SettingsSchema), so do not edit it by hand.")
                .put("type", "object");
        schema.set("properties", CdktfKeys.properties(context()));
        schema.putArray("required").add("context");
        schema.put("additionalProperties", false);
        schema.putArray("allOf").addAll(ciRules());
        schema.putObject("definitions").set("environment", EnvironmentSchema.schema());
        return schema;
    }

    private static ObjectNode context() {
        ObjectNode context =
                SchemaNodes.typed("object", "cdktf's context; this project reads environments and ci from it.");
        ObjectNode properties = context.putObject("properties");
        properties.set(ContextKeys.ENVIRONMENTS, environments());
        properties.set(ContextKeys.CI, ci());
        properties
                .putObject(ContextKeys.CDKTF.get(0))
                .put("type", "boolean")
                .put("description", "cdktf: leaves construct stack traces out of the synthesized metadata.");
        properties
                .putObject(ContextKeys.CDKTF.get(1))
                .put("type", "string")
                .put("description", "cdktf: the path of cdktf.json, whose directory relative asset paths start from.");
        context.set("required", SchemaNodes.array(ContextKeys.ENVIRONMENTS));
        context.put("additionalProperties", false);
        return context;
    }

    private static ObjectNode environments() {
        ObjectNode environments = SchemaNodes.typed(
                        "object",
                        "One object per environment, keyed by its name, which is also its stack's name and part of "
                                + "every name it builds.")
                .put("minProperties", 1);
        ObjectNode names = environments.putObject("propertyNames");
        names.putArray("allOf")
                .add(EnvironmentDefinitions.ENVIRONMENT_NAME
                        .schema()
                        .put("errorMessage", "allowed: " + EnvironmentDefinitions.ENVIRONMENT_NAME.allowed()))
                .add(not(SchemaNodes.object().put("const", StateBootstrap.STACK_NAME))
                        .put("errorMessage", "the state-bootstrap stack's name is reserved"))
                .add(not(SchemaNodes.object().put("pattern", "^" + CiNames.stack("")))
                        .put("errorMessage", "names starting with " + CiNames.stack("") + " are the CI stacks'"));
        environments.putObject("additionalProperties").put("$ref", "#/definitions/environment");
        return environments;
    }

    private static ObjectNode ci() {
        ObjectNode ci = SchemaNodes.typed(
                "object",
                "The GitHub repository whose workflows may assume the CI roles; required when an "
                        + "environment has automation true.");
        ObjectNode properties = ci.putObject("properties");
        properties.set(
                "repository",
                text(CiParser.REPOSITORY, "as in the OIDC subject repo:<owner>/<name>:..., such as example-org/app"));
        properties.set("defaultBranch", text(CiParser.BRANCH, "the branch production is planned and deployed from"));
        CiParser.KEYS.forEach(ci.putArray("required")::add);
        ci.put("additionalProperties", false);
        return ci;
    }

    private static ObjectNode text(Rule<String> rule, String description) {
        return rule.schema().put("description", description).put("errorMessage", "allowed: " + rule.allowed());
    }

    /** The rules {@link CiParser} checks across environments once {@code context.ci} is set, where they are simple. */
    private static List<ObjectNode> ciRules() {
        ObjectNode anyAutomated = property(
                "context",
                property(
                                ContextKeys.ENVIRONMENTS,
                                not(SchemaNodes.object().set("additionalProperties", not(is(AUTOMATION, true)))))
                        .set("required", SchemaNodes.array(ContextKeys.ENVIRONMENTS)));
        anyAutomated.putArray("required").add("context");
        ObjectNode ciSet = property("context", SchemaNodes.object().set("required", SchemaNodes.array(ContextKeys.CI)));
        ciSet.putArray("required").add("context");
        return List.of(
                when(anyAutomated, ciSet, "an environment with automation true needs context.ci"),
                when(
                        ciSet,
                        environmentNames(
                                "^pr(-|$)", "pr and pr-* are the previews' names, which the preview role reaches"),
                        "a declared environment is not named like a preview"),
                when(
                        ciSet,
                        environmentNames("^ci(-|$)", "its names would overlap the CI roles' names <project>-ci-*"),
                        "an environment's names stay clear of the CI roles' names"));
    }

    private static ObjectNode environmentNames(String refused, String why) {
        ObjectNode names = not(SchemaNodes.object().put("pattern", refused)).put("errorMessage", why);
        return property(
                "context",
                property(ContextKeys.ENVIRONMENTS, SchemaNodes.object().set("propertyNames", names)));
    }
}
