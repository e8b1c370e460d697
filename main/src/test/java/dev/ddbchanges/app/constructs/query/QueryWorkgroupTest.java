package dev.ddbchanges.app.constructs.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Pipeline;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import org.junit.jupiter.api.Test;

class QueryWorkgroupTest {
    private final Synthesized stack = Pipeline.synth();

    @Test
    void theWorkgroupEnforcesEncryptedResultsInItsOwnBucketAndPublishesMetrics() {
        JsonNode workgroup = stack.resource("aws_athena_workgroup");
        JsonNode configuration = workgroup.path("configuration");
        JsonNode results = configuration.path("result_configuration");

        assertThat(workgroup.path("name").asText()).isEqualTo("orders-dev-analytics");
        assertThat(workgroup.path("state").asText()).isEqualTo("ENABLED");
        assertThat(workgroup.path("force_destroy").asBoolean()).as("DESTROY").isTrue();
        assertThat(configuration.path("enforce_workgroup_configuration").asBoolean())
                .isTrue();
        assertThat(configuration.path("publish_cloudwatch_metrics_enabled").asBoolean())
                .isTrue();
        assertThat(configuration.path("bytes_scanned_cutoff_per_query").asLong())
                .isEqualTo(1024L * 1024 * 1024);
        assertThat(results.path("output_location").asText())
                .isEqualTo("s3://${aws_s3_bucket.query_results_bucket_CEF960F8.bucket}/results/");
        assertThat(results.path("encryption_configuration")
                        .path("encryption_option")
                        .asText())
                .isEqualTo("SSE_KMS");
        assertThat(results.path("encryption_configuration").path("kms_key_arn").asText())
                .isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
        assertThat(stack.resourceWhere("aws_s3_bucket", "bucket", "orders-dev-analytics-results-team7")
                        .path("force_destroy")
                        .asBoolean())
                .as("DESTROY")
                .isTrue();
    }

    @Test
    void theSavedQueriesRunInTheWorkgroupAgainstTheDeclaredTables() {
        assertThat(stack.resources("aws_athena_named_query")).hasSize(NamedQuery.values().length);
        for (NamedQuery query : NamedQuery.values()) {
            JsonNode saved =
                    stack.resourceWhere("aws_athena_named_query", "name", "orders-dev-analytics-" + query.nameSuffix());
            assertThat(saved.path("workgroup").asText())
                    .isEqualTo("${aws_athena_workgroup.query_workgroup_1031FA1C.name}");
            assertThat(saved.path("database").asText())
                    .isEqualTo("${aws_glue_catalog_database.catalog_database_4C1F6EE3.name}");
            // The test pipeline keeps no current-state table: current-state is computed from the full history.
            NamedQuery runs = query == NamedQuery.CURRENT_STATE ? NamedQuery.CURRENT_STATE_FULL : query;
            String table = query == NamedQuery.FAILURES_BY_HOUR ? "delivery_errors" : "dynamodb_changes";
            assertThat(saved.path("query").asText())
                    .isEqualTo(runs.sql(table, new QueryWindow(1, 2)))
                    .contains("FROM " + table)
                    .doesNotContain("{{")
                    .doesNotContain("${");
            assertThat(saved.path("description").asText()).isEqualTo(runs.description());
        }
    }

    @Test
    void withATableCurrentStateReadsItAndCurrentStateFullStillReadsTheHistory() {
        Synthesized withTable = TestApps.synthConstruct(s -> new Pipeline(s).query("second", "orders-dev-2", "state"));

        assertThat(withTable
                        .resourceWhere("aws_athena_named_query", "name", "orders-dev-2-current-state")
                        .path("query")
                        .asText())
                .contains("FROM state\n")
                .doesNotContain("dynamodb_changes", "{{");
        assertThat(withTable
                        .resourceWhere("aws_athena_named_query", "name", "orders-dev-2-current-state-full")
                        .path("query")
                        .asText())
                .contains("FROM dynamodb_changes\n")
                .doesNotContain("{{");
    }

    @Test
    void twoWorkgroupsLiveInOneStackEachWithItsOwnResultsAndQueries() {
        Synthesized two = TestApps.synthConstruct(s -> {
            Pipeline pipeline = new Pipeline(s);
            pipeline.query("second", "orders-dev-analytics-2", pipeline.changes);
        });

        assertThat(two.resources("aws_athena_workgroup"))
                .extracting(w -> w.path("name").asText())
                .containsExactlyInAnyOrder("orders-dev-analytics", "orders-dev-analytics-2");
        assertThat(two.resources("aws_athena_named_query"))
                .hasSize(2 * NamedQuery.values().length)
                .extracting(q -> q.path("name").asText())
                .doesNotHaveDuplicates();
        assertThat(two.resources("aws_s3_bucket"))
                .extracting(b -> b.path("bucket").asText())
                .contains("orders-dev-analytics-results-team7", "orders-dev-analytics-2-results-team7");
    }
}
