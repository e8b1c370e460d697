package dev.ddbchanges.app.constructs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Pipeline;
import org.junit.jupiter.api.Test;

class ChangeCatalogTest {
    private static final String KEY = "${aws_kms_key.key_F64E54E4.arn}";

    private final Synthesized stack = Pipeline.synth();

    @Test
    void theSecurityConfigurationEncryptsS3CloudWatchAndBookmarksWithTheKey() {
        JsonNode configuration = stack.resource("aws_glue_security_configuration");
        JsonNode encryption = configuration.path("encryption_configuration");

        assertThat(configuration.path("name").asText()).isEqualTo("orders-dev-glue-security");
        assertThat(encryption.path("s3_encryption").path("s3_encryption_mode").asText())
                .isEqualTo("SSE-KMS");
        assertThat(encryption.path("s3_encryption").path("kms_key_arn").asText())
                .isEqualTo(KEY);
        assertThat(encryption
                        .path("cloudwatch_encryption")
                        .path("cloudwatch_encryption_mode")
                        .asText())
                .isEqualTo("SSE-KMS");
        assertThat(encryption.path("cloudwatch_encryption").path("kms_key_arn").asText())
                .isEqualTo(KEY);
        assertThat(encryption
                        .path("job_bookmarks_encryption")
                        .path("job_bookmarks_encryption_mode")
                        .asText())
                .isEqualTo("CSE-KMS");
        assertThat(encryption
                        .path("job_bookmarks_encryption")
                        .path("kms_key_arn")
                        .asText())
                .isEqualTo(KEY);
    }

    @Test
    void theDatabaseHasTheGivenName() {
        assertThat(stack.resource("aws_glue_catalog_database").path("name").asText())
                .isEqualTo("orders_dev");
    }

    @Test
    void twoCatalogsLiveInOneStack() {
        Synthesized two = TestApps.synthConstruct(s -> new Pipeline(s).catalog("second", "orders_dev_2"));

        assertThat(two.resources("aws_glue_catalog_database"))
                .extracting(d -> d.path("name").asText())
                .containsExactlyInAnyOrder("orders_dev", "orders_dev_2");
        assertThat(two.resources("aws_glue_security_configuration"))
                .extracting(c -> c.path("name").asText())
                .containsExactlyInAnyOrder("orders-dev-glue-security", "orders-dev-2-glue-security");
    }
}
