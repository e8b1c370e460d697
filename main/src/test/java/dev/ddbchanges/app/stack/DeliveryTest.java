package dev.ddbchanges.app.stack;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Firehose, its role and the grants the stream, the bucket and the converter give it. */
class DeliveryTest {
    private static final String HOUR = "year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/"
            + "hour=!{timestamp:HH}/";

    private final Synthesized dev = ShippedStacks.get("dev");
    private final JsonNode firehose = dev.resource("aws_kinesis_firehose_delivery_stream");
    private final JsonNode s3 = firehose.path("extended_s3_configuration");
    private final JsonNode role = dev.resourceWhere("aws_iam_role", "name", "ddb-changes-dev-delivery-role");
    private final String key = dev.reference("aws_kms_key", dev.resource("aws_kms_key"), "arn");
    private final String bucket = dev.reference("aws_s3_bucket", dev.resource("aws_s3_bucket"), "arn");
    private final String stream = dev.reference("aws_kinesis_stream", dev.resource("aws_kinesis_stream"), "arn");
    private final String converter = dev.reference("aws_lambda_function", dev.resource("aws_lambda_function"),
            "qualified_arn");

    @Test
    void firehoseReadsTheChangeStreamWithItsRole() {
        assertThat(firehose.path("name").asText()).isEqualTo("ddb-changes-dev-delivery");
        assertThat(firehose.path("destination").asText()).isEqualTo("extended_s3");
        assertThat(firehose.path("kinesis_source_configuration").path("kinesis_stream_arn").asText())
                .isEqualTo(stream);
        assertThat(firehose.path("kinesis_source_configuration").path("role_arn").asText()).isEqualTo(roleArn());
    }

    @Test
    void linesLandGzippedAndEncryptedUnderHourlyHivePartitionsAndFailuresUnderTheErrorPrefix() {
        assertThat(s3.path("bucket_arn").asText()).isEqualTo(bucket);
        assertThat(s3.path("role_arn").asText()).isEqualTo(roleArn());
        assertThat(s3.path("prefix").asText()).isEqualTo("changes/" + HOUR);
        assertThat(s3.path("error_output_prefix").asText())
                .isEqualTo("errors/!{firehose:error-output-type}/" + HOUR);
        assertThat(s3.path("compression_format").asText()).isEqualTo("GZIP");
        assertThat(s3.path("kms_key_arn").asText()).isEqualTo(key);
        assertThat(s3.path("buffering_interval").asInt()).isEqualTo(60);
        assertThat(s3.path("buffering_size").asInt()).isEqualTo(64);
    }

    @Test
    void theConverterRunsOnEveryBatchAsItsPublishedVersion() {
        JsonNode processing = s3.path("processing_configuration");

        assertThat(processing.path("enabled").asBoolean()).isTrue();
        assertThat(processing.path("processors")).singleElement().satisfies(processor -> {
            assertThat(processor.path("type").asText()).isEqualTo("Lambda");
            assertThat(parameters(processor)).isEqualTo(Map.of("LambdaArn", converter, "NumberOfRetries", "3",
                    "BufferSizeInMBs", "1", "BufferIntervalInSeconds", "60"));
        });
    }

    @Test
    void bufferingAndProcessorSettingsReachFirehose() {
        JsonNode staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING)
                .resource("aws_kinesis_firehose_delivery_stream").path("extended_s3_configuration");

        assertThat(staging.path("buffering_interval").asInt()).isEqualTo(300);
        assertThat(staging.path("buffering_size").asInt()).isEqualTo(128);
        assertThat(parameters(staging.path("processing_configuration").path("processors").get(0)))
                .containsEntry("NumberOfRetries", "5")
                .containsEntry("BufferSizeInMBs", "0.5")
                .containsEntry("BufferIntervalInSeconds", "120");
    }

    @Test
    void deliveryErrorsAreLoggedToItsOwnEncryptedLogGroupAndStream() {
        JsonNode logging = s3.path("cloudwatch_logging_options");
        JsonNode group = dev.resourceWhere("aws_cloudwatch_log_group", "name",
                "/aws/kinesisfirehose/ddb-changes-dev-delivery");
        JsonNode logStream = dev.resource("aws_cloudwatch_log_stream");

        assertThat(logging.path("enabled").asBoolean()).isTrue();
        assertThat(logging.path("log_group_name").asText())
                .isEqualTo(dev.reference("aws_cloudwatch_log_group", group, "name"));
        assertThat(logging.path("log_stream_name").asText()).isEqualTo("DestinationDelivery");
        assertThat(logStream.path("name").asText()).isEqualTo("DestinationDelivery");
        assertThat(logStream.path("log_group_name").asText())
                .isEqualTo(dev.reference("aws_cloudwatch_log_group", group, "name"));
        assertThat(group.path("kms_key_id").asText()).isEqualTo(key);
        assertThat(group.path("retention_in_days").asInt()).isEqualTo(14);
    }

    @Test
    void theRoleTrustsOnlyFirehoseActingForThisAccount() {
        JsonNode trust = Synthesized.parse(role.path("assume_role_policy").asText()).path("Statement");

        assertThat(trust).singleElement().satisfies(statement -> {
            assertThat(statement.path("Principal").path("Service").asText()).isEqualTo("firehose.amazonaws.com");
            assertThat(statement.path("Condition").path("StringEquals").path("sts:ExternalId").asText())
                    .isEqualTo("123456789012");
        });
    }

    /** policy-rules.md, "Firehose role": every action and resource it lists, and nothing more. */
    @Test
    void theRoleMayDoExactlyWhatDeliveryNeeds() {
        Map<String, JsonNode> statements = statementsOfRole();

        assertThat(statements.keySet()).containsExactlyInAnyOrder("ReadChangeStream", "DecryptChangeStreamRecords",
                "LocateBucket", "WriteUnderPrefixes", "EncryptObjectsThroughS3", "InvokeConverterVersion",
                "WriteDeliveryLogs");
        assertStatement(statements.get("ReadChangeStream"), List.of("kinesis:DescribeStream",
                "kinesis:GetShardIterator", "kinesis:GetRecords", "kinesis:ListShards"), List.of(stream));
        assertStatement(statements.get("DecryptChangeStreamRecords"), List.of("kms:Decrypt"), List.of(key));
        JsonNode streamCondition = statements.get("DecryptChangeStreamRecords").path("Condition").path("StringEquals");
        assertThat(streamCondition.path("kms:ViaService").asText()).isEqualTo("kinesis.eu-central-1.amazonaws.com");
        assertThat(streamCondition.path("kms:EncryptionContext:aws:kinesis:arn").asText()).isEqualTo(stream);
        assertStatement(statements.get("LocateBucket"), List.of("s3:GetBucketLocation", "s3:ListBucket",
                "s3:ListBucketMultipartUploads"), List.of(bucket));
        assertStatement(statements.get("WriteUnderPrefixes"), List.of("s3:PutObject", "s3:AbortMultipartUpload",
                "s3:GetObject"), List.of(bucket + "/changes/*", bucket + "/errors/*"));
        assertStatement(statements.get("EncryptObjectsThroughS3"), List.of("kms:GenerateDataKey", "kms:Decrypt"),
                List.of(key));
        JsonNode s3Condition = statements.get("EncryptObjectsThroughS3").path("Condition");
        assertThat(s3Condition.path("StringEquals").path("kms:ViaService").asText())
                .isEqualTo("s3.eu-central-1.amazonaws.com");
        assertThat(texts(s3Condition.path("StringLike").path("kms:EncryptionContext:aws:s3:arn")))
                .containsExactly(bucket, bucket + "/changes/*", bucket + "/errors/*");
        assertStatement(statements.get("InvokeConverterVersion"), List.of("lambda:InvokeFunction",
                "lambda:GetFunctionConfiguration"), List.of(converter));
        JsonNode group = dev.resourceWhere("aws_cloudwatch_log_group", "name",
                "/aws/kinesisfirehose/ddb-changes-dev-delivery");
        assertStatement(statements.get("WriteDeliveryLogs"), List.of("logs:PutLogEvents"), List.of(
                dev.reference("aws_cloudwatch_log_group", group, "arn") + ":log-stream:DestinationDelivery"));
    }

    @Test
    void firehoseIsCreatedOnlyAfterEveryGrantAndItsLogStreamExist() {
        String roleName = dev.reference("aws_iam_role", role, "name");
        List<String> grants = dev.resources("aws_iam_role_policy").stream()
                .filter(policy -> policy.path("role").asText().equals(roleName))
                .map(policy -> dev.address("aws_iam_role_policy", policy)).toList();

        assertThat(grants).hasSize(4);
        assertThat(texts(firehose.path("depends_on"))).containsAll(grants)
                .contains(dev.address("aws_cloudwatch_log_stream", dev.resource("aws_cloudwatch_log_stream")));
    }

    private String roleArn() {
        return dev.reference("aws_iam_role", role, "arn");
    }

    private Map<String, JsonNode> statementsOfRole() {
        String roleName = dev.reference("aws_iam_role", role, "name");
        Map<String, JsonNode> statements = new LinkedHashMap<>();
        dev.resources("aws_iam_role_policy").stream()
                .filter(policy -> policy.path("role").asText().equals(roleName))
                .forEach(policy -> Synthesized.policy(policy).path("Statement")
                        .forEach(statement -> statements.put(statement.path("Sid").asText(), statement)));
        return statements;
    }

    private static void assertStatement(JsonNode statement, List<String> actions, List<String> resources) {
        assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
        assertThat(texts(statement.path("Action"))).containsExactlyElementsOf(actions);
        assertThat(texts(statement.path("Resource"))).containsExactlyElementsOf(resources);
    }

    private static Map<String, String> parameters(JsonNode processor) {
        Map<String, String> parameters = new LinkedHashMap<>();
        processor.path("parameters").forEach(p -> parameters.put(p.path("parameter_name").asText(),
                p.path("parameter_value").asText()));
        return parameters;
    }
}
