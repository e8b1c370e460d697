package dev.ddbchanges.app.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OfflinePlanTest {
    @TempDir
    Path temp;

    @Test
    void theCopyLeavesOutTerraformsWorkingFilesAndAddsTheOverrides() throws Exception {
        Path stack = Files.createDirectories(temp.resolve("stacks/dev"));
        Files.writeString(stack.resolve("cdk.tf.json"), "{}");
        Files.createDirectories(stack.resolve("assets/converter"));
        Files.writeString(stack.resolve("assets/converter/converter-lambda.jar"), "jar");
        Files.createDirectories(stack.resolve(".terraform/providers"));
        Files.writeString(stack.resolve(".terraform/terraform.tfstate"), "{\"backend\":{\"type\":\"s3\"}}");
        Files.writeString(stack.resolve(".terraform.lock.hcl"), "# from the registry");

        OfflinePlan plan =
                OfflinePlan.prepare(TerraformCli.create(Path.of("terraform"), temp), stack, temp.resolve("work"));

        assertThat(files(plan.workDir()))
                .containsExactly(
                        "assets",
                        "assets/converter",
                        "assets/converter/converter-lambda.jar",
                        "backend_override.tf.json",
                        "cdk.tf.json",
                        "provider_override.tf.json");
        assertThat(files(stack)).contains(".terraform", ".terraform.lock.hcl");
    }

    @Test
    void theOverridesGiveALocalBackendAndFakeCredentialsWithoutAnAccountCheck() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode backend = json.readTree(OfflinePlan.BACKEND_OVERRIDE);
        JsonNode provider =
                json.readTree(OfflinePlan.PROVIDER_OVERRIDE).path("provider").path("aws");

        assertThat(backend.path("terraform").path("backend").properties())
                .extracting(e -> e.getKey())
                .containsExactly("local");
        assertThat(provider.path("skip_credentials_validation").asBoolean()).isTrue();
        assertThat(provider.path("skip_requesting_account_id").asBoolean()).isTrue();
        assertThat(provider.path("skip_metadata_api_check").asBoolean()).isTrue();
        assertThat(provider.get("allowed_account_ids").isNull()).isTrue();
    }

    @Test
    void deletingTheScratchDirectoryLeavesWhatItsLinksPointAt() throws Exception {
        Path kept = Files.writeString(temp.resolve("provider-binary"), "kept");
        Path scratch = Files.createDirectories(temp.resolve("scratch/.terraform"));
        Files.createSymbolicLink(scratch.resolve("provider"), kept);

        OfflinePlan.deleteTree(temp.resolve("scratch"));

        assertThat(temp.resolve("scratch")).doesNotExist();
        assertThat(kept).hasContent("kept");
    }

    private static List<String> files(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(p -> !p.equals(dir))
                    .map(p -> dir.relativize(p).toString())
                    .sorted()
                    .toList();
        }
    }
}
