package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The top-level keys of cdktf.json as cdktf 0.19.2 documents and reads them, for the JSON Schema. */
final class CdktfKeys {
    private static final List<String> LANGUAGES = List.of("typescript", "python", "java", "csharp", "go");

    private CdktfKeys() {}

    /** @param context the schema of {@code context}, the one key this project defines the content of */
    static ObjectNode properties(ObjectNode context) {
        ObjectNode properties = SchemaNodes.object();
        properties.set("$schema", text("The JSON Schema editors check this file with: ./cdktf.schema.json."));
        properties.set("language", language());
        properties.set("app", text("The command cdktf runs to synthesize the stacks, from the project root."));
        properties.set("output", text("Where synthesized stacks go and Terraform runs; cdktf's default is cdktf.out."));
        properties.set("codeMakerOutput", text("Where `cdktf get` writes provider and module bindings."));
        properties.set("projectId", text("cdktf's identifier of the project."));
        properties.set("sendCrashReports", crashReports());
        properties.set("terraformProviders", requirements("Terraform providers `cdktf get` builds bindings for."));
        properties.set("terraformModules", requirements("Terraform modules `cdktf get` builds bindings for."));
        ObjectNode watch = SchemaNodes.typed("array", "Glob patterns of the files `cdktf watch` watches.");
        watch.putObject("items").put("type", "string");
        properties.set("watchPattern", watch);
        properties.set("context", context);
        return properties;
    }

    private static ObjectNode text(String description) {
        return SchemaNodes.typed("string", description);
    }

    private static ObjectNode language() {
        ObjectNode language = text("The language of generated bindings.");
        LANGUAGES.forEach(language.putArray("enum")::add);
        return language;
    }

    /** cdktf reads a boolean or the strings "true" and "false". */
    private static ObjectNode crashReports() {
        ObjectNode reports = SchemaNodes.object().put("description", "Whether cdktf sends crash reports.");
        reports.putArray("enum").add(true).add(false).add("true").add("false");
        return reports;
    }

    /** Each a string such as {@code "aws@~> 5.0"}, or an object with name, source and version. */
    private static ObjectNode requirements(String description) {
        ObjectNode constraint = SchemaNodes.object().put("type", "object");
        ObjectNode fields = constraint.putObject("properties");
        fields.set("name", text("The name of the provider or module."));
        fields.set("source", text("Its source: a registry address, a URL or a path."));
        fields.set("version", text("Its version constraint, such as ~> 5.0."));
        constraint.set("required", SchemaNodes.array("name"));
        ObjectNode requirements = SchemaNodes.typed("array", description);
        requirements
                .putObject("items")
                .set(
                        "anyOf",
                        SchemaNodes.object()
                                .arrayNode()
                                .add(SchemaNodes.object().put("type", "string"))
                                .add(constraint));
        return requirements;
    }
}
