package dev.ddbchanges.app.constructs.catalog;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Pipeline;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCrawlerTest {
    private static final String LOG_GROUP = "/aws-glue/crawlers-role/orders-dev-crawler-role-orders-dev-glue-security";

    private final Synthesized stack = Pipeline.synth();
    private final JsonNode crawler = stack.resource("aws_glue_crawler");

    @Test
    void theCrawlerCrawlsTheDeclaredTableAndOnlyLogsSchemaChanges() {
        assertThat(crawler.path("name").asText()).isEqualTo("orders-dev-crawler");
        assertThat(crawler.path("role").asText()).isEqualTo("${aws_iam_role.crawler_role_D0AC8407.arn}");
        assertThat(crawler.path("database_name").asText())
                .isEqualTo("${aws_glue_catalog_table.changes_table_8FFA8530.database_name}");
        assertThat(crawler.path("catalog_target")).singleElement().satisfies(target -> {
            assertThat(target.path("database_name").asText())
                    .isEqualTo("${aws_glue_catalog_table.changes_table_8FFA8530.database_name}");
            assertThat(texts(target.path("tables"))).containsExactly("dynamodb_changes");
        });
        assertThat(crawler.has("s3_target")).isFalse();
        assertThat(crawler.has("table_prefix")).isFalse();
        assertThat(crawler.path("security_configuration").asText())
                .isEqualTo("${aws_glue_security_configuration.catalog_security-configuration_964745F1.name}");
        assertThat(crawler.path("schema_change_policy")).isEqualTo(Synthesized.parse("""
                        {"update_behavior": "LOG", "delete_behavior": "LOG"}
                        """));
    }

    /** What AWS stores for a crawler of a catalog target, whole: anything else would show in every plan. */
    @Test
    void theConfigurationIsExactlyWhatAwsStoresForACatalogTarget() {
        assertThat(crawler.path("configuration").asText())
                .isEqualTo("{\"Version\":1.0,"
                        + "\"Grouping\":{\"TableGroupingPolicy\":\"CombineCompatibleSchemas\"},"
                        + "\"CrawlerOutput\":{\"Partitions\":{\"AddOrUpdateBehavior\":\"InheritFromTable\"}}}");
    }

    @Test
    void withoutAScheduleItRunsOnlyWhenStarted() {
        assertThat(crawler.has("schedule")).isFalse();
    }

    /**
     * Glue names the log group of a crawler that runs with a security configuration itself:
     * {@code /aws-glue/crawlers-role/<role name>-<security configuration name>} (AWS Glue developer guide, "Encrypting
     * logs"). Offline, this test can only hold the construct to that documented form: the group the crawler waits for
     * is named after the role and the security configuration the crawler actually runs with.
     */
    @Test
    void theCrawlerLogsToItsOwnEncryptedGroupCreatedBeforeIt() {
        JsonNode role = stack.named("aws_iam_role", crawler.path("role").asText());
        JsonNode configuration = stack.named(
                "aws_glue_security_configuration",
                crawler.path("security_configuration").asText());
        List<JsonNode> awaited = texts(crawler.path("depends_on")).stream()
                .filter(address -> address.startsWith("aws_cloudwatch_log_group."))
                .map(address -> stack.named("aws_cloudwatch_log_group", address))
                .toList();

        assertThat(role.path("name").asText()).isEqualTo("orders-dev-crawler-role");
        assertThat(configuration.path("name").asText()).isEqualTo("orders-dev-glue-security");
        assertThat(awaited).singleElement().satisfies(group -> {
            assertThat(group.path("name").asText()).isEqualTo(LOG_GROUP);
            assertThat(group.path("kms_key_id").asText()).isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
        });
    }

    @Test
    void twoCrawlersLiveInOneStackEachWithItsOwnRoleAndLogs() {
        Synthesized two = TestApps.synthConstruct(s -> {
            Pipeline pipeline = new Pipeline(s);
            pipeline.crawler(
                    "second",
                    "orders-dev-crawler-2",
                    pipeline.changes("second-changes", pipeline.catalog("second-catalog", "orders_dev_2"), false),
                    "orders-dev-2-glue-security");
        });

        assertThat(two.resources("aws_glue_crawler"))
                .extracting(c -> c.path("name").asText())
                .containsExactlyInAnyOrder("orders-dev-crawler", "orders-dev-crawler-2");
        assertThat(two.resources("aws_cloudwatch_log_group"))
                .extracting(g -> g.path("name").asText())
                .contains(LOG_GROUP, "/aws-glue/crawlers-role/orders-dev-crawler-2-role-orders-dev-2-glue-security");
    }
}
