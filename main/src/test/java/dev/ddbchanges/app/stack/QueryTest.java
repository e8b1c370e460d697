package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import org.junit.jupiter.api.Test;

/** The Athena workgroup and its results bucket, in every environment. */
class QueryTest {
    private static final long MB = 1024L * 1024L;

    /** What the workgroup makes of its props is QueryWorkgroupTest's; here, its name and table per environment. */
    @Test
    void eachEnvironmentsWorkgroupIsNamedAfterItAndItsQueriesReadTheCrawlersTable() {
        ShippedStacks.forEach((environment, stack) -> {
            int retention = stack.resource("aws_kinesis_stream")
                    .path("retention_period")
                    .asInt();
            int freshness = stack.resourceWhere(
                            "aws_cloudwatch_metric_alarm", "metric_name", "DeliveryToS3.DataFreshness")
                    .path("threshold")
                    .asInt();
            int iteratorAgeMs = stack.resourceWhere(
                            "aws_cloudwatch_metric_alarm", "metric_name", "GetRecords.IteratorAgeMilliseconds")
                    .path("threshold")
                    .asInt();
            QueryWindow window = QueryWindow.of(freshness, iteratorAgeMs / 1000, retention);

            assertThat(stack.resource("aws_athena_workgroup").path("name").asText())
                    .endsWith("-" + environment + "-analytics");
            // Staging turns the table off: its current-state is the full-history query.
            boolean keepsTable = !environment.equals(ShippedStacks.EVERY_SETTING);
            String prefix =
                    stack.resource("aws_athena_workgroup").path("name").asText().replace("-analytics", "");
            for (NamedQuery query : NamedQuery.values()) {
                NamedQuery runs =
                        query == NamedQuery.CURRENT_STATE && !keepsTable ? NamedQuery.CURRENT_STATE_FULL : query;
                String table = switch (runs.reads()) {
                    case CHANGES -> "dynamodb_changes";
                    case ERRORS -> "delivery_errors";
                    case CURRENT_STATE -> "current_state";
                };
                assertThat(stack.resourceWhere("aws_athena_named_query", "name", prefix + "-" + query.nameSuffix())
                                .path("query")
                                .asText())
                        .isEqualTo(runs.sql(table, window));
            }
        });
    }

    @Test
    void theScanLimitAndForceDestroyFollowTheSettings() {
        assertThat(cutoff("dev")).isEqualTo(1024 * MB);
        assertThat(cutoff("prod")).isEqualTo(102400 * MB);
        assertThat(cutoff(ShippedStacks.EVERY_SETTING)).isEqualTo(2048 * MB);
        assertThat(workgroup("dev").path("force_destroy").asBoolean()).isTrue();
        assertThat(workgroup("prod").path("force_destroy").asBoolean()).isFalse();
        assertThat(ShippedStacks.get("prod")
                        .bucket("query-results")
                        .path("force_destroy")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void resultsAreASecureBucketWhoseResultsExpire() {
        assertThat(resultsExpiry("dev")).isEqualTo(30);
        assertThat(resultsExpiry(ShippedStacks.EVERY_SETTING)).isEqualTo(7);
        Synthesized dev = ShippedStacks.get("dev");
        JsonNode bucket = dev.bucket("query-results");
        assertThat(bucket.path("bucket").asText()).isEqualTo("ddb-changes-dev-query-results-111111111111");
        assertThat(dev.partOf("aws_s3_bucket_public_access_block", bucket)
                        .path("block_public_policy")
                        .asBoolean())
                .isTrue();
    }

    private static JsonNode workgroup(String environment) {
        return ShippedStacks.get(environment).resource("aws_athena_workgroup");
    }

    private static long cutoff(String environment) {
        return workgroup(environment)
                .path("configuration")
                .path("bytes_scanned_cutoff_per_query")
                .asLong();
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
