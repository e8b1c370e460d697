package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.queries.NamedQuery;
import org.junit.jupiter.api.Test;

/** The Athena workgroup and its results bucket, in every environment. */
class QueryTest {
    private static final long MB = 1024L * 1024L;

    @Test
    void theWorkgroupEnforcesEncryptedResultsInItsOwnBucketAndPublishesMetrics() {
        ShippedStacks.all().forEach((environment, stack) -> {
            JsonNode workgroup = stack.resource("aws_athena_workgroup");
            JsonNode configuration = workgroup.path("configuration");
            JsonNode results = configuration.path("result_configuration");

            assertThat(workgroup.path("name").asText()).as(environment).endsWith("-" + environment + "-analytics");
            assertThat(workgroup.path("state").asText()).isEqualTo("ENABLED");
            assertThat(configuration.path("enforce_workgroup_configuration").asBoolean()).isTrue();
            assertThat(configuration.path("publish_cloudwatch_metrics_enabled").asBoolean()).isTrue();
            assertThat(results.path("output_location").asText()).isEqualTo("s3://"
                    + stack.reference("aws_s3_bucket", stack.bucket("query-results"), "bucket") + "/results/");
            assertThat(results.path("encryption_configuration").path("encryption_option").asText())
                    .isEqualTo("SSE_KMS");
            assertThat(results.path("encryption_configuration").path("kms_key_arn").asText())
                    .isEqualTo(stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"));
        });
    }

    @Test
    void theScanLimitAndForceDestroyFollowTheSettings() {
        assertThat(cutoff("dev")).isEqualTo(1024 * MB);
        assertThat(cutoff("prod")).isEqualTo(102400 * MB);
        assertThat(cutoff(ShippedStacks.EVERY_SETTING)).isEqualTo(2048 * MB);
        assertThat(workgroup("dev").path("force_destroy").asBoolean()).isTrue();
        assertThat(workgroup("prod").path("force_destroy").asBoolean()).isFalse();
        assertThat(ShippedStacks.get("prod").bucket("query-results").path("force_destroy").asBoolean()).isFalse();
    }

    @Test
    void resultsAreASecureBucketWhoseResultsExpire() {
        assertThat(resultsExpiry("dev")).isEqualTo(30);
        assertThat(resultsExpiry(ShippedStacks.EVERY_SETTING)).isEqualTo(7);
        Synthesized dev = ShippedStacks.get("dev");
        JsonNode bucket = dev.bucket("query-results");
        assertThat(bucket.path("bucket").asText()).isEqualTo("ddb-changes-dev-query-results-123456789012");
        assertThat(dev.partOf("aws_s3_bucket_public_access_block", bucket).path("block_public_policy").asBoolean())
                .isTrue();
    }

    @Test
    void theSavedQueriesRunInTheWorkgroupAgainstTheCrawlersTable() {
        ShippedStacks.forEach((environment, stack) -> {
            String workgroup = stack.reference("aws_athena_workgroup", stack.resource("aws_athena_workgroup"), "name");
            String database = stack.reference("aws_glue_catalog_database", stack.resource("aws_glue_catalog_database"),
                    "name");

            assertThat(stack.resources("aws_athena_named_query")).hasSize(NamedQuery.values().length);
            for (NamedQuery query : NamedQuery.values()) {
                JsonNode saved = stack.resources("aws_athena_named_query").stream()
                        .filter(q -> q.path("name").asText().endsWith("-" + query.nameSuffix())).findFirst()
                        .orElseThrow();
                assertThat(saved.path("workgroup").asText()).isEqualTo(workgroup);
                assertThat(saved.path("database").asText()).isEqualTo(database);
                int retention = stack.resource("aws_kinesis_stream").path("retention_period").asInt();
                assertThat(saved.path("query").asText()).isEqualTo(query.sql("dynamodb_changes", retention))
                        .contains("FROM dynamodb_changes").doesNotContain("{{").doesNotContain("${");
                assertThat(saved.path("description").asText()).isEqualTo(query.description());
            }
        });
    }

    private static JsonNode workgroup(String environment) {
        return ShippedStacks.get(environment).resource("aws_athena_workgroup");
    }

    private static long cutoff(String environment) {
        return workgroup(environment).path("configuration").path("bytes_scanned_cutoff_per_query").asLong();
    }

    private static int resultsExpiry(String environment) {
        Synthesized stack = ShippedStacks.get(environment);
        JsonNode rules = stack.partOf("aws_s3_bucket_lifecycle_configuration", stack.bucket("query-results"))
                .path("rule");
        for (JsonNode rule : rules) {
            if (rule.path("id").asText().equals("expire-current-versions")) {
                return rule.path("expiration").path("days").asInt();
            }
        }
        throw new AssertionError("no expiry rule on the results bucket of " + environment);
    }
}
