package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import dev.ddbchanges.app.terraform.OfflinePlan;
import dev.ddbchanges.app.terraform.TerraformCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upgrade of an environment whose crawler made dynamodb_changes: with adoptCrawlerTable the stack imports that
 * table by Glue's import id, and Terraform accepts the import block. Planning the import needs AWS (the provider reads
 * the table it imports), so offline the test stops at validate.
 */
class AdoptCrawlerTableIT {
    @TempDir
    Path scratch;

    @Test
    void theUpgradingEnvironmentImportsTheTableAndValidates() throws Exception {
        Path binary = TerraformCli.findBinary().orElse(null);
        if (binary == null) {
            TestApps.unavailable("terraform is not on PATH: the adoption cannot be validated");
        }
        Path outdir = scratch.resolve("out");
        Synthesized legacy = TestApps.synthEnvironments(
                        SettingsLoader.load(
                                TestApps.resource("settings/upgrading-environment.json"), EphemeralRequest.NONE),
                        outdir)
                .get("legacy");

        assertThat(legacy.json().path("import")).singleElement().satisfies(block -> {
            assertThat(block.path("id").asText()).isEqualTo("123456789012:ddb_changes_legacy:dynamodb_changes");
            assertThat(block.path("to").asText())
                    .isEqualTo(legacy.address(
                            "aws_glue_catalog_table",
                            legacy.resourceWhere("aws_glue_catalog_table", "name", "dynamodb_changes")));
        });

        OfflinePlan plan = OfflinePlan.prepare(
                TerraformCli.create(binary, scratch), TestApps.stackDir(outdir, "legacy"), scratch.resolve("legacy"));
        plan.init();
        JsonNode verdict = new ObjectMapper().readTree(plan.validate());
        assertThat(verdict.path("valid").asBoolean()).as(verdict.toString()).isTrue();
        assertThat(verdict.path("warning_count").asInt()).as(verdict.toString()).isZero();
    }
}
