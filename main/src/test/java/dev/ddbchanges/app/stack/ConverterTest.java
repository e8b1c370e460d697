package dev.ddbchanges.app.stack;

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

    /** What the construct makes of its name is ConverterFunctionTest's. */
    @Test
    void theFunctionIsNamedAfterTheEnvironment() {
        stacks.forEach((environment, stack) -> assertThat(stack.resource("aws_lambda_function")
                        .path("function_name")
                        .asText())
                .as(environment)
                .endsWith("-" + environment + "-converter"));
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
