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
import java.util.Map;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;

/** The converter Lambda, its asset, its log group and its role, in every environment. */
class ConverterTest {
    private final Map<String, Synthesized> stacks = ShippedStacks.all();

    @Test
    void theFunctionRunsTheStreamHandlerOnJava21AndPublishesAVersion() {
        stacks.forEach((environment, stack) -> {
            JsonNode function = stack.resource("aws_lambda_function");

            assertThat(function.path("function_name").asText()).as(environment)
                    .endsWith("-" + environment + "-converter");
            assertThat(function.path("runtime").asText()).isEqualTo("java21");
            assertThat(function.path("handler").asText())
                    .isEqualTo("dev.ddbchanges.converter.FirehoseTransformationHandler::handleRequest");
            assertThat(function.path("publish").asBoolean()).isTrue();
            assertThat(function.path("role").asText()).isEqualTo(stack.reference("aws_iam_role",
                    stack.resourceWhere("aws_iam_role", "name", function.path("function_name").asText() + "-role"),
                    "arn"));
        });
    }

    @Test
    void firehoseGetsAnAliasThatAlwaysNamesThePublishedVersion() {
        stacks.forEach((environment, stack) -> {
            JsonNode function = stack.resource("aws_lambda_function");
            JsonNode alias = stack.resource("aws_lambda_alias");

            assertThat(alias.path("name").asText()).as(environment).isEqualTo("live");
            assertThat(alias.path("function_name").asText())
                    .isEqualTo(stack.reference("aws_lambda_function", function, "function_name"));
            assertThat(alias.path("function_version").asText())
                    .isEqualTo(stack.reference("aws_lambda_function", function, "version"));
        });
    }

    @Test
    void theMetricsNamespaceIsTheOneTheFailedRecordsAlarmWatches() {
        ShippedStacks.forEach((environment, stack) -> assertThat(stack.resource("aws_lambda_function")
                .path("environment").path("variables").path("METRICS_NAMESPACE").asText())
                .isEqualTo("DdbChangeAnalytics/Converter"));
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
        assertThat(ShippedStacks.get("dev").resource("aws_lambda_function").has("snap_start")).isFalse();
        assertThat(ShippedStacks.get(ShippedStacks.EPHEMERAL).resource("aws_lambda_function").has("snap_start"))
                .isFalse();
    }

    private static String snapStart(String environment) {
        return ShippedStacks.get(environment).resource("aws_lambda_function").path("snap_start").path("apply_on")
                .asText();
    }

    @Test
    void theAssetIsTheRealShadedJarWithTheHandlerAndItsHashIsTheOneTerraformCompares() throws Exception {
        JsonNode function = ShippedStacks.get("dev").resource("aws_lambda_function");
        Path asset = ShippedStacks.outdir().resolve("stacks/dev").resolve(function.path("filename").asText());
        byte[] shaded = Files.readAllBytes(TestApps.converterJar());

        assertThat(function.path("filename").asText()).startsWith("assets/").endsWith("/converter-lambda.jar");
        assertThat(Files.readAllBytes(asset)).isEqualTo(shaded);
        try (JarFile jar = new JarFile(asset.toFile())) {
            assertThat(jar.getEntry("dev/ddbchanges/converter/FirehoseTransformationHandler.class")).isNotNull();
            assertThat(jar.getEntry("com/fasterxml/jackson/core/JsonFactory.class")).as("shaded").isNotNull();
        }
        assertThat(function.path("source_code_hash").asText()).isEqualTo(
                Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(shaded)));
    }

    @Test
    void itsLogGroupExistsBeforeItIsEncryptedAndExpires() {
        stacks.forEach((environment, stack) -> {
            JsonNode function = stack.resource("aws_lambda_function");
            String name = "/aws/lambda/" + function.path("function_name").asText();
            JsonNode group = stack.resourceWhere("aws_cloudwatch_log_group", "name", name);

            assertThat(group.path("kms_key_id").asText()).as(environment)
                    .isEqualTo(stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"));
            assertThat(texts(function.path("depends_on")))
                    .contains(stack.address("aws_cloudwatch_log_group", group));
        });
        assertThat(logRetention("dev")).isEqualTo(14);
        assertThat(logRetention("prod")).isEqualTo(365);
        assertThat(logRetention(ShippedStacks.EVERY_SETTING)).isEqualTo(30);
    }

    @Test
    void itsRoleTrustsOnlyLambdaAndMayOnlyWriteItsOwnLogGroup() {
        Synthesized dev = ShippedStacks.get("dev");
        JsonNode role = dev.resourceWhere("aws_iam_role", "name", "ddb-changes-dev-converter-role");
        JsonNode trust = Synthesized.parse(role.path("assume_role_policy").asText()).path("Statement");
        JsonNode policy = dev.resourceWhere("aws_iam_role_policy", "name", "write-logs-and-traces");
        JsonNode group = dev.resourceWhere("aws_cloudwatch_log_group", "name",
                "/aws/lambda/ddb-changes-dev-converter");

        assertThat(trust).singleElement().satisfies(statement -> {
            assertThat(statement.path("Principal").path("Service").asText()).isEqualTo("lambda.amazonaws.com");
            assertThat(texts(statement.path("Action"))).containsExactly("sts:AssumeRole");
        });
        assertThat(policy.path("role").asText()).isEqualTo(dev.reference("aws_iam_role", role, "name"));
        JsonNode statements = Synthesized.policy(policy).path("Statement");
        assertThat(statements).hasSize(2);
        assertThat(texts(statements.get(0).path("Action"))).containsExactly("logs:CreateLogStream",
                "logs:PutLogEvents");
        assertThat(texts(statements.get(0).path("Resource")))
                .containsExactly(dev.reference("aws_cloudwatch_log_group", group, "arn") + ":log-stream:*");
        assertThat(texts(statements.get(1).path("Action"))).containsExactly("xray:PutTraceSegments",
                "xray:PutTelemetryRecords");
        assertThat(dev.resources("aws_iam_role_policy"))
                .filteredOn(p -> p.path("role").asText().equals(dev.reference("aws_iam_role", role, "name")))
                .hasSize(1);
    }

    private static int logRetention(String environment) {
        Synthesized stack = ShippedStacks.get(environment);
        String name = "/aws/lambda/" + stack.resource("aws_lambda_function").path("function_name").asText();
        return stack.resourceWhere("aws_cloudwatch_log_group", "name", name).path("retention_in_days").asInt();
    }
}
