package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineStackTest {
    private static final ObjectMapper WITHOUT_METADATA = new ObjectMapper();
    private final Synthesized dev = ShippedStacks.get("dev");
    private final Synthesized prod = ShippedStacks.get("prod");
    private final Synthesized pr = ShippedStacks.get(ShippedStacks.EPHEMERAL);
    private final Synthesized sandbox = ShippedStacks.get(ShippedStacks.WITHOUT_ACCOUNT);

    @Test
    void theProviderHasTheRegionTheAccountAndDefaultTags() {
        JsonNode provider = dev.provider();

        assertThat(provider.path("region").asText()).isEqualTo("eu-central-1");
        assertThat(provider.path("allowed_account_ids"))
                .extracting(JsonNode::asText)
                .containsExactly("111111111111");
        JsonNode tags = provider.path("default_tags").get(0).path("tags");
        assertThat(tags.path("project").asText()).isEqualTo("ddb-changes");
        assertThat(tags.path("environment").asText()).isEqualTo("dev");
        assertThat(tags.path("managed-by").asText()).isEqualTo("cdktf");
        assertThat(pr.provider()
                        .path("default_tags")
                        .get(0)
                        .path("tags")
                        .path("environment")
                        .asText())
                .isEqualTo("pr-123");
    }

    @Test
    void everyStackAdmitsTheProviderAndTerraformThisProjectRunsOn() {
        for (Synthesized stack : ShippedStacks.all().values()) {
            assertThat(stack.terraform()
                            .path("required_providers")
                            .path("aws")
                            .path("version")
                            .asText())
                    .isEqualTo("~> 5.100");
            assertThat(stack.terraform().path("required_version").asText()).isEqualTo(">= 1.10");
        }
    }

    @Test
    void aNonProductionEnvironmentWithoutStateBucketKeepsALocalStateFileOutsideCdktfOut() {
        assertThat(sandbox.terraform()
                        .path("backend")
                        .path("local")
                        .path("path")
                        .asText())
                .isEqualTo("../../../terraform.sandbox.tfstate");
        assertThat(pr.terraform().path("backend").path("s3").path("key").asText())
                .as("an ephemeral environment keeps its own key in its base's bucket")
                .isEqualTo("ddb-changes/pr-123/terraform.tfstate");
        assertThat(dev.terraform().path("backend").path("s3").path("key").asText())
                .isEqualTo("ddb-changes/dev/terraform.tfstate");
    }

    @Test
    void productionStateIsAnEncryptedLockedS3ObjectUnderProjectAndEnvironment() {
        JsonNode s3 = prod.terraform().path("backend").path("s3");

        assertThat(s3.path("bucket").asText()).isEqualTo("ddb-changes-terraform-state-222222222222");
        assertThat(s3.path("key").asText()).isEqualTo("ddb-changes/prod/terraform.tfstate");
        assertThat(s3.path("region").asText()).isEqualTo("eu-central-1");
        assertThat(s3.has("encrypt"))
                .as("encrypt without kms_key_id would override the bucket's SSE-KMS with SSE-S3")
                .isFalse();
        assertThat(s3.path("use_lockfile").asBoolean()).isTrue();
        assertThat(prod.terraform().path("backend").has("local")).isFalse();
    }

    @Test
    void productionGetsTheSaferDefaults() {
        assertThat(dev.resource("aws_kms_key").path("deletion_window_in_days").asInt())
                .isEqualTo(7);
        assertThat(prod.resource("aws_kms_key").path("deletion_window_in_days").asInt())
                .isEqualTo(30);
        assertThat(dev.bucket("data").path("force_destroy").asBoolean()).isTrue();
        assertThat(prod.bucket("data").path("force_destroy").asBoolean()).isFalse();
        assertThat(noncurrentDays(dev)).isEqualTo(7);
        assertThat(noncurrentDays(prod)).isEqualTo(90);
    }

    private static final String ACCESS_LOG_KEY_STATEMENT = "{\"Sid\":\"S3ServerAccessLogsEncryptWithKey\","
            + "\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"logging.s3.amazonaws.com\"},"
            + "\"Action\":[\"kms:GenerateDataKey\",\"kms:Decrypt\"],\"Resource\":[\"*\"],\"Condition\":{\"StringEquals\":"
            + "{\"aws:SourceAccount\":\"222222222222\"},\"ArnLike\":"
            + "{\"aws:SourceArn\":[\"arn:aws:s3:::ddb-changes-prod-data-222222222222\"]}}}";

    @Test
    void devAndProdResourcesDifferOnlyInNamesAndTheProductionDefaults() throws Exception {
        String devAsProd = WITHOUT_METADATA
                .writeValueAsString(withoutMetadata(dev.json().path("resource")))
                .replace("ddb-changes-dev", "ddb-changes-prod")
                .replace("ddb_changes_dev", "ddb_changes_prod")
                // Each in an account of its own (cdktf.json): the account is in ARNs and bucket names.
                .replace("111111111111", "222222222222");
        ObjectNode expected = (ObjectNode) WITHOUT_METADATA.readTree(devAsProd);
        expected.withObjectProperty("aws_kms_key")
                .properties()
                .forEach(key -> ((ObjectNode) key.getValue()).put("deletion_window_in_days", 30));
        expected.withObjectProperty("aws_s3_bucket")
                .properties()
                .forEach(bucket -> ((ObjectNode) bucket.getValue()).put("force_destroy", false));
        expected.withObjectProperty("aws_s3_bucket_lifecycle_configuration")
                .properties()
                .forEach(lifecycle -> ((ObjectNode)
                                lifecycle.getValue().path("rule").get(1).path("noncurrent_version_expiration"))
                        .put("noncurrent_days", 90));
        expected.withObjectProperty("aws_dynamodb_table")
                .properties()
                .forEach(table -> ((ObjectNode) table.getValue()).put("deletion_protection_enabled", true));
        expected.withObjectProperty("aws_kinesis_stream").properties().forEach(stream -> {
            ObjectNode kinesis = (ObjectNode) stream.getValue();
            kinesis.put("retention_period", 168);
            kinesis.remove("shard_count");
            kinesis.withObjectProperty("stream_mode_details").put("stream_mode", "ON_DEMAND");
        });
        expected.withObjectProperty("aws_cloudwatch_log_group")
                .properties()
                .forEach(group -> ((ObjectNode) group.getValue()).put("retention_in_days", 365));
        // prod's stream keeps a change a week, so each refresh reads a week and more of partitions back.
        expected.withObjectProperty("aws_sfn_state_machine").properties().forEach(machine -> {
            ObjectNode refresh = (ObjectNode) machine.getValue();
            refresh.put(
                    "definition",
                    refresh.path("definition")
                            .asText()
                            .replace("last 51 hours", "last 195 hours")
                            .replace("INTERVAL '51' HOUR", "INTERVAL '195' HOUR")
                            // The MERGE's quotes, escaped in its intrinsic, inside the definition's JSON text: two
                            // backslashes.
                            .replace("INTERVAL \\\\'51\\\\' HOUR", "INTERVAL \\\\'195\\\\' HOUR"));
        });
        expected.withObjectProperty("aws_athena_workgroup").properties().forEach(workgroup -> {
            ObjectNode athena = (ObjectNode) workgroup.getValue();
            athena.put("force_destroy", false);
            athena.withObjectProperty("configuration").put("bytes_scanned_cutoff_per_query", 102400L * 1024 * 1024);
        });
        expected.withObjectProperty("aws_lambda_function")
                .properties()
                .forEach(function -> ((ObjectNode) function.getValue())
                        .withObjectProperty("snap_start")
                        .put("apply_on", "PublishedVersions"));

        // Production refuses any destroy that would delete its table or its data.
        expected.withObjectProperty("aws_dynamodb_table")
                .properties()
                .forEach(table -> ((ObjectNode) table.getValue())
                        .withObjectProperty("lifecycle")
                        .put("prevent_destroy", true));
        Map.Entry<String, JsonNode> data = expected.withObjectProperty("aws_s3_bucket")
                .propertyStream()
                .filter(bucket -> bucket.getValue().path("bucket").asText().contains("-data-"))
                .findFirst()
                .orElseThrow();
        ((ObjectNode) data.getValue()).withObjectProperty("lifecycle").put("prevent_destroy", true);
        String dataId = "${aws_s3_bucket." + data.getKey() + ".id}";
        expected.properties()
                .forEach(type -> type.getValue().properties().forEach(resource -> {
                    if (resource.getValue().path("bucket").asText().equals(dataId)) {
                        ((ObjectNode) resource.getValue())
                                .withObjectProperty("lifecycle")
                                .put("prevent_destroy", true);
                    }
                }));
        // A week of stream retention widens the arrival window of the per-day query from 2 days to 8.
        expected.withObjectProperty("aws_athena_named_query")
                .properties()
                .forEach(query -> ((ObjectNode) query.getValue())
                        .put(
                                "query",
                                query.getValue()
                                        .path("query")
                                        .asText()
                                        .replace("INTERVAL '2' DAY", "INTERVAL '8' DAY")));
        // Production's key refuses destroy like the data it encrypts.
        List.of("aws_kms_key", "aws_kms_alias")
                .forEach(type -> expected.withObjectProperty(type)
                        .properties()
                        .forEach(resource -> ((ObjectNode) resource.getValue())
                                .withObjectProperty("lifecycle")
                                .put("prevent_destroy", true)));
        // Production's data bucket sends its access logs to a log bucket (AccessLoggingTest holds both), which S3's log
        // delivery encrypts with the key.
        expected.withObjectProperty("aws_kms_key")
                .properties()
                .forEach(key -> ((ObjectNode) key.getValue())
                        .put(
                                "policy",
                                key.getValue()
                                        .path("policy")
                                        .asText()
                                        .replaceFirst("]}$", "," + ACCESS_LOG_KEY_STATEMENT + "]}")));
        ObjectNode actual = (ObjectNode) withoutMetadata(prod.json().path("resource"));
        actual.properties()
                .forEach(type -> ((ObjectNode) type.getValue())
                        .properties()
                        .removeIf(resource -> resource.getKey().startsWith("access-logs-bucket_")
                                || resource.getKey().startsWith("data-bucket_access-logging_")));
        actual.remove("aws_s3_bucket_logging");

        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void stateRegionNameSuffixAndDataExpiryReachTheStack() {
        Synthesized staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING);

        JsonNode s3 = staging.terraform().path("backend").path("s3");
        assertThat(s3.path("bucket").asText()).isEqualTo("orders-audit-terraform-state");
        assertThat(s3.path("key").asText()).isEqualTo("orders-audit/staging/terraform.tfstate");
        assertThat(s3.path("region").asText()).isEqualTo("us-east-1");
        assertThat(staging.provider().path("region").asText()).isEqualTo("us-west-2");
        assertThat(staging.bucket("data").path("bucket").asText()).isEqualTo("orders-audit-staging-data-team7");
        assertThat(staging.bucket("data").path("force_destroy").asBoolean()).isFalse();
        assertThat(staging.resource("aws_kms_key")
                        .path("deletion_window_in_days")
                        .asInt())
                .isEqualTo(14);
        JsonNode rules = staging.partOf("aws_s3_bucket_lifecycle_configuration", staging.bucket("data"))
                .path("rule");
        assertThat(rules.get(1)
                        .path("noncurrent_version_expiration")
                        .path("noncurrent_days")
                        .asInt())
                .isEqualTo(30);
        assertThat(rules.get(2).path("expiration").path("days").asInt()).isEqualTo(365);
    }

    @Test
    void theDataBucketIsEncryptedWithTheEnvironmentsKey() {
        JsonNode rule = dev.partOf("aws_s3_bucket_server_side_encryption_configuration", dev.bucket("data"))
                .path("rule")
                .get(0);

        assertThat(rule.path("apply_server_side_encryption_by_default")
                        .path("kms_master_key_id")
                        .asText())
                .isEqualTo(dev.reference("aws_kms_key", dev.resource("aws_kms_key"), "arn"));
    }

    @Test
    void withoutAnAccountIdTheStackLooksTheAccountUpAndAllowsAnyAccount() {
        String account = "${data.aws_caller_identity.current-account.account_id}";

        assertThat(sandbox.dataSources("aws_caller_identity")).hasSize(1);
        assertThat(sandbox.provider().has("allowed_account_ids")).isFalse();
        assertThat(sandbox.bucket("data").path("bucket").asText()).isEqualTo("ddb-changes-sandbox-data-" + account);
        assertThat(Synthesized.policy(sandbox.resource("aws_kms_key"))
                        .path("Statement")
                        .get(0)
                        .path("Principal")
                        .path("AWS")
                        .asText())
                .isEqualTo("arn:aws:iam::" + account + ":root");
        assertThat(dev.dataSources("aws_caller_identity")).isEmpty();
    }

    @Test
    void theOutputsNameWhatOperatorsLookFor() {
        JsonNode outputs = dev.json().path("output");
        JsonNode function = dev.resource("aws_lambda_function");

        assertThat(outputs.properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder(
                        "key_arn",
                        "table_name",
                        "change_stream_arn",
                        "data_bucket",
                        "delivery_stream_name",
                        "converter_function_name",
                        "converter_version",
                        "glue_database",
                        "crawler_name",
                        "glue_table",
                        "glue_error_table",
                        "workgroup_name",
                        "query_results_bucket",
                        "alarm_topic_arn",
                        "current_state_table",
                        "refresh_state_machine_arn");
        assertThat(value(outputs, "alarm_topic_arn"))
                .isEqualTo(dev.reference("aws_sns_topic", dev.resource("aws_sns_topic"), "arn"));
        assertThat(value(outputs, "glue_database"))
                .isEqualTo(
                        dev.reference("aws_glue_catalog_database", dev.resource("aws_glue_catalog_database"), "name"));
        assertThat(value(outputs, "crawler_name"))
                .isEqualTo(dev.reference("aws_glue_crawler", dev.resource("aws_glue_crawler"), "name"));
        assertThat(value(outputs, "glue_table")).isEqualTo("dynamodb_changes");
        assertThat(value(outputs, "glue_error_table")).isEqualTo("delivery_errors");
        assertThat(value(outputs, "workgroup_name"))
                .isEqualTo(dev.reference("aws_athena_workgroup", dev.resource("aws_athena_workgroup"), "name"));
        assertThat(value(outputs, "query_results_bucket"))
                .isEqualTo(dev.reference("aws_s3_bucket", dev.bucket("query-results"), "bucket"));
        assertThat(value(outputs, "key_arn"))
                .isEqualTo(dev.reference("aws_kms_key", dev.resource("aws_kms_key"), "arn"));
        assertThat(value(outputs, "table_name"))
                .isEqualTo(dev.reference("aws_dynamodb_table", dev.resource("aws_dynamodb_table"), "name"));
        assertThat(value(outputs, "change_stream_arn"))
                .isEqualTo(dev.reference("aws_kinesis_stream", dev.resource("aws_kinesis_stream"), "arn"));
        assertThat(value(outputs, "data_bucket"))
                .isEqualTo(dev.reference("aws_s3_bucket", dev.bucket("data"), "bucket"));
        assertThat(value(outputs, "delivery_stream_name"))
                .isEqualTo(dev.reference(
                        "aws_kinesis_firehose_delivery_stream",
                        dev.resource("aws_kinesis_firehose_delivery_stream"),
                        "name"));
        assertThat(value(outputs, "converter_function_name"))
                .isEqualTo(dev.reference("aws_lambda_function", function, "function_name"));
        assertThat(value(outputs, "converter_version"))
                .isEqualTo(dev.reference("aws_lambda_alias", dev.resource("aws_lambda_alias"), "function_version"));
        assertThat(outputs.properties())
                .allSatisfy(o ->
                        assertThat(o.getValue().path("description").asText()).isNotBlank());
    }

    private static String value(JsonNode outputs, String name) {
        return outputs.path(name).path("value").asText();
    }

    /** Construct ids are Terraform addresses: a rename is a destroy and create, so it must be deliberate. */
    @Test
    void terraformAddressesAreTheRecordedOnes() throws IOException {
        List<String> recorded = Files.readAllLines(TestApps.resource("plan/dev-addresses.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();

        assertThat(dev.addresses()).containsExactlyElementsOf(recorded);
    }

    /** cdktf's "//" metadata holds the construct path, which names the stack. */
    private static JsonNode withoutMetadata(JsonNode node) {
        JsonNode copy = node.deepCopy();
        copy.forEach(type -> type.forEach(resource -> ((ObjectNode) resource).remove("//")));
        return copy;
    }

    private static int noncurrentDays(Synthesized stack) {
        return stack.partOf("aws_s3_bucket_lifecycle_configuration", stack.bucket("data"))
                .path("rule")
                .get(1)
                .path("noncurrent_version_expiration")
                .path("noncurrent_days")
                .asInt();
    }
}
