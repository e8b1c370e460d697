package dev.ddbchanges.app.stack;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The converter Lambda, its asset, its log group and its role, in every environment. */
class ConverterTest {
    private final Map<String, Synthesized> stacks = ShippedStacks.all();

    /** What the construct makes of its name is ConverterFunctionTest's. */
    @Test
    void theFunctionIsNamedAfterTheEnvironment() {
        stacks.forEach((environment, stack) -> assertThat(stack.resource("aws_lambda_function")
                        .path("function_name")
                        .asText())
                .as(environment)
                .endsWith("-" + environment + "-converter"));
    }

    /** What ConverterFunctionTest asserts of the construct alone, held in every environment, dev included. */
    @Test
    void theRoleTrustsOnlyLambdaAndMayDoExactlyWhatConvertingNeeds() {
        ShippedStacks.forEach((environment, stack) -> {
            JsonNode function = stack.resource("aws_lambda_function");
            String name = function.path("function_name").asText();
            JsonNode role = stack.resourceWhere("aws_iam_role", "name", name + "-role");
            JsonNode logGroup = stack.resourceWhere("aws_cloudwatch_log_group", "name", "/aws/lambda/" + name);
            Map<String, JsonNode> statements = stack.statementsOfRole(role);

            assertThat(function.path("role").asText()).isEqualTo(stack.reference("aws_iam_role", role, "arn"));
            assertThat(Synthesized.parse(role.path("assume_role_policy").asText())
                            .path("Statement"))
                    .singleElement()
                    .satisfies(trust -> {
                        assertThat(trust.path("Effect").asText()).isEqualTo("Allow");
                        assertThat(trust.path("Principal"))
                                .isEqualTo(Synthesized.parse("{\"Service\": \"lambda.amazonaws.com\"}"));
                        assertThat(texts(trust.path("Action"))).containsExactly("sts:AssumeRole");
                        assertThat(trust.has("Condition")).isFalse();
                    });
            assertThat(statements.keySet())
                    .containsExactlyInAnyOrder("WriteOwnLogs", "WriteTraces", "DecryptOwnEnvironment");
            assertStatement(
                    statements.get("WriteOwnLogs"),
                    List.of("logs:CreateLogStream", "logs:PutLogEvents"),
                    List.of(stack.reference("aws_cloudwatch_log_group", logGroup, "arn") + ":log-stream:*"));
            assertStatement(
                    statements.get("WriteTraces"),
                    List.of("xray:PutTraceSegments", "xray:PutTelemetryRecords"),
                    List.of("*"));
            JsonNode decrypt = statements.get("DecryptOwnEnvironment");
            assertThat(texts(decrypt.path("Action"))).containsExactly("kms:Decrypt");
            assertThat(decrypt.path("Condition").path("StringEquals"))
                    .isEqualTo(Synthesized.parse("{\"kms:ViaService\": \"lambda."
                            + stack.provider().path("region").asText()
                            + ".amazonaws.com\", \"kms:EncryptionContext:aws:lambda:FunctionArn\": \""
                            + stack.reference("aws_lambda_function", function, "arn") + "\"}"));
            assertThat(function.path("kms_key_arn").asText())
                    .isEqualTo(stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"));
        });
    }

    private static void assertStatement(JsonNode statement, List<String> actions, List<String> resources) {
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(texts(statement.path("Action"))).containsExactlyElementsOf(actions);
        assertThat(texts(statement.path("Resource"))).containsExactlyElementsOf(resources);
        assertThat(statement.has("Condition")).as(statement.toString()).isFalse();
    }

    @Test
    void memoryAndTimeoutFollowTheSettings() {
        JsonNode dev = ShippedStacks.get("dev").resource("aws_lambda_function");
        JsonNode staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING).resource("aws_lambda_function");

        assertThat(dev.path("memory_size").asInt()).isEqualTo(512);
        assertThat(dev.path("timeout").asInt()).isEqualTo(60);
        assertThat(staging.path("memory_size").asInt()).isEqualTo(1024);
        assertThat(staging.path("timeout").asInt()).isEqualTo(120);
    }

    @Test
    void snapStartIsOnForPublishedVersionsInProductionAndWhereSetOnly() {
        assertThat(snapStart("prod")).isEqualTo("PublishedVersions");
        assertThat(snapStart(ShippedStacks.EVERY_SETTING)).isEqualTo("PublishedVersions");
        assertThat(ShippedStacks.get("dev").resource("aws_lambda_function").has("snap_start"))
                .isFalse();
        assertThat(ShippedStacks.get(ShippedStacks.EPHEMERAL)
                        .resource("aws_lambda_function")
                        .has("snap_start"))
                .isFalse();
    }

    private static String snapStart(String environment) {
        return ShippedStacks.get(environment)
                .resource("aws_lambda_function")
                .path("snap_start")
                .path("apply_on")
                .asText();
    }

    @Test
    void theAssetIsTheRealShadedJarWithTheHandlerAndItsHashIsTheOneTerraformCompares() throws Exception {
        JsonNode function = ShippedStacks.get("dev").resource("aws_lambda_function");
        Path asset = ShippedStacks.outdir()
                .resolve("stacks/dev")
                .resolve(function.path("filename").asText());
        byte[] shaded = Files.readAllBytes(TestApps.converterJar());

        assertThat(function.path("filename").asText()).startsWith("assets/").endsWith("/converter-lambda.jar");
        assertThat(Files.readAllBytes(asset)).isEqualTo(shaded);
        try (JarFile jar = new JarFile(asset.toFile())) {
            assertThat(jar.getEntry("dev/ddbchanges/converter/FirehoseTransformationHandler.class"))
                    .isNotNull();
            assertThat(jar.getEntry("com/fasterxml/jackson/core/JsonFactory.class"))
                    .as("shaded")
                    .isNotNull();
        }
        assertThat(function.path("source_code_hash").asText())
                .isEqualTo(Base64.getEncoder()
                        .encodeToString(MessageDigest.getInstance("SHA-256").digest(shaded)));
    }

    @Test
    void logRetentionFollowsTheSettings() {
        assertThat(logRetention("dev")).isEqualTo(14);
        assertThat(logRetention("prod")).isEqualTo(365);
        assertThat(logRetention(ShippedStacks.EVERY_SETTING)).isEqualTo(30);
    }

    private static int logRetention(String environment) {
        Synthesized stack = ShippedStacks.get(environment);
        String name = "/aws/lambda/"
                + stack.resource("aws_lambda_function").path("function_name").asText();
        return stack.resourceWhere("aws_cloudwatch_log_group", "name", name)
                .path("retention_in_days")
                .asInt();
    }
}
