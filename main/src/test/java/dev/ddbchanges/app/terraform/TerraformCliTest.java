package dev.ddbchanges.app.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TerraformCliTest {

    @Test
    void withTheMirrorTheAwsProviderComesOnlyFromIt() {
        String config = TerraformCli.cliConfig(true);

        assertThat(config)
                .contains("filesystem_mirror {\n    path    = \"/opt/tf-plugins\"\n"
                        + "    include = [\"registry.terraform.io/hashicorp/*\"]")
                .contains("direct {\n    exclude = [\"registry.terraform.io/hashicorp/*\"]");
    }

    @Test
    void withoutTheMirrorProvidersComeFromTheRegistryThroughOneSharedCache() {
        String config = TerraformCli.cliConfig(false);

        assertThat(config)
                .isEqualTo("plugin_cache_dir = \"" + TerraformCli.PLUGIN_CACHE + "\"\n")
                .doesNotContain("filesystem_mirror");
    }

    @Test
    void aRefusalSumsUpAsTheCommandAndTerraformsFirstErrorWithoutItsBox() {
        TerraformCli.TerraformException refused = new TerraformCli.TerraformException(
                "terraform plan -input=false exited 1",
                Path.of("/tmp/offline-plan-1/sandbox"),
                "\n╷\n│ Error: No valid credential sources found\n│ \n│ Please see the docs\n╵\n"
                        + "╷\n│ Error: a second one\n╵\n");

        assertThat(refused.summary())
                .isEqualTo("terraform plan -input=false exited 1: Error: No valid credential sources found");
        assertThat(refused.getMessage())
                .startsWith("terraform plan -input=false exited 1 in /tmp/offline-plan-1/sandbox:");
    }
}
