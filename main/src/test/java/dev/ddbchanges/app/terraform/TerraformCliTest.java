package dev.ddbchanges.app.terraform;

import static org.assertj.core.api.Assertions.assertThat;

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
}
