package dev.ddbchanges.app.stack;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;

/** Firehose, its role and the grants the stream, the bucket and the converter give it, in every environment. */
class DeliveryTest {
    private static final String HOUR = "year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/"
            + "hour=!{timestamp:HH}/";

    @Test
    void firehoseReadsTheChangeStreamWithItsRole() {
        forEachEnvironment((stack, delivery) -> {
            assertThat(delivery.firehose.path("name").asText()).isEqualTo(delivery.prefix + "-delivery");
            assertThat(delivery.firehose.path("destination").asText()).isEqualTo("extended_s3");
            assertThat(delivery.firehose.path("kinesis_source_configuration").path("kinesis_stream_arn").asText())
                    .isEqualTo(delivery.stream);
            assertThat(delivery.firehose.path("kinesis_source_configuration").path("role_arn").asText())
                    .isEqualTo(delivery.roleArn);
        });
    }

    @Test
    void linesLandGzippedAndEncryptedUnderHourlyHivePartitionsAndFailuresUnderTheErrorPrefix() {
        forEachEnvironment((stack, delivery) -> {
            JsonNode s3 = delivery.s3;
            assertThat(s3.path("bucket_arn").asText()).isEqualTo(delivery.bucket);
            assertThat(s3.path("role_arn").asText()).isEqualTo(delivery.roleArn);
            assertThat(s3.path("prefix").asText()).isEqualTo("changes/" + HOUR);
            assertThat(s3.path("error_output_prefix").asText())
                    .isEqualTo("errors/!{firehose:error-output-type}/" + HOUR);
            assertThat(s3.path("compression_format").asText()).isEqualTo("GZIP");
            assertThat(s3.path("kms_key_arn").asText()).isEqualTo(delivery.key);
        });
        JsonNode dev = Delivery.of(ShippedStacks.get("dev")).s3;
        assertThat(dev.path("buffering_interval").asInt()).isEqualTo(60);
        assertThat(dev.path("buffering_size").asInt()).isEqualTo(64);
        JsonNode staging = Delivery.of(ShippedStacks.get(ShippedStacks.EVERY_SETTING)).s3;
        assertThat(staging.path("buffering_interval").asInt()).isEqualTo(300);
        assertThat(staging.path("buffering_size").asInt()).isEqualTo(128);
    }

    @Test
    void theConverterRunsOnEveryBatchThroughItsAlias() {
        forEachEnvironment((stack, delivery) -> {
            JsonNode processing = delivery.s3.path("processing_configuration");
            assertThat(processing.path("enabled").asBoolean()).isTrue();
            assertThat(processing.path("processors")).singleElement().satisfies(processor -> {
                assertThat(processor.path("type").asText()).isEqualTo("Lambda");
                assertThat(parameters(processor)).containsEntry("LambdaArn", delivery.converter);
            });
        });
    }

    /** The provider drops parameters equal to Firehose's defaults from its state; written, they would never settle. */
    @Test
    void processorParametersAreWrittenOnlyWhereTheyDifferFromFirehosesDefaults() {
        Delivery dev = Delivery.of(ShippedStacks.get("dev"));
        Delivery staging = Delivery.of(ShippedStacks.get(ShippedStacks.EVERY_SETTING));

        assertThat(parameters(dev.s3.path("processing_configuration").path("processors").get(0)))
                .isEqualTo(Map.of("LambdaArn", dev.converter));
        Delivery prod = Delivery.of(ShippedStacks.get("prod"));
        assertThat(parameters(prod.s3.path("processing_configuration").path("processors").get(0)))
                .as("production retries 3 times: Firehose's default, which the provider keeps out of the config")
                .isEqualTo(Map.of("LambdaArn", prod.converter));
        assertThat(parameters(staging.s3.path("processing_configuration").path("processors").get(0)))
                .isEqualTo(Map.of("LambdaArn", staging.converter, "NumberOfRetries", "5", "BufferSizeInMBs", "0.5",
                        "BufferIntervalInSeconds", "120"));
    }

    @Test
    void deliveryErrorsAreLoggedToItsOwnEncryptedLogGroupAndStream() {
        forEachEnvironment((stack, delivery) -> {
            JsonNode logging = delivery.s3.path("cloudwatch_logging_options");
            JsonNode group = delivery.logGroup();
            String groupName = stack.reference("aws_cloudwatch_log_group", group, "name");
            JsonNode logStream = stack.resource("aws_cloudwatch_log_stream");

            assertThat(logging.path("enabled").asBoolean()).isTrue();
            assertThat(logging.path("log_group_name").asText()).isEqualTo(groupName);
            assertThat(logging.path("log_stream_name").asText()).isEqualTo("DestinationDelivery");
            assertThat(logStream.path("name").asText()).isEqualTo("DestinationDelivery");
            assertThat(logStream.path("log_group_name").asText()).isEqualTo(groupName);
            assertThat(group.path("kms_key_id").asText()).isEqualTo(delivery.key);
        });
        assertThat(Delivery.of(ShippedStacks.get("dev")).logGroup().path("retention_in_days").asInt()).isEqualTo(14);
        assertThat(Delivery.of(ShippedStacks.get("prod")).logGroup().path("retention_in_days").asInt())
                .isEqualTo(365);
    }

    @Test
    void theRoleTrustsOnlyFirehoseActingForThisAccount() {
        forEachEnvironment((stack, delivery) -> {
            JsonNode trust = Synthesized.parse(delivery.role.path("assume_role_policy").asText()).path("Statement");
            String account = stack.provider().has("allowed_account_ids")
                    ? stack.provider().path("allowed_account_ids").get(0).asText()
                    : "${data.aws_caller_identity.current-account.account_id}";

            assertThat(trust).singleElement().satisfies(statement -> {
                assertThat(statement.path("Principal").path("Service").asText()).isEqualTo("firehose.amazonaws.com");
                assertThat(statement.path("Condition").path("StringEquals").path("sts:ExternalId").asText())
                        .isEqualTo(account);
            });
        });
    }

    /** policy-rules.md, "Firehose role": every action and resource it lists, and nothing more. */
    @Test
    void theRoleMayDoExactlyWhatDeliveryNeeds() {
        forEachEnvironment((stack, delivery) -> {
            Map<String, JsonNode> statements = delivery.statementsOfRole();
            String region = stack.provider().path("region").asText();

            assertThat(statements.keySet()).containsExactlyInAnyOrder("ReadChangeStream",
                    "DecryptChangeStreamRecords", "LocateBucket", "WriteUnderPrefixes", "EncryptObjectsThroughS3",
                    "InvokeConverterAlias", "WriteDeliveryLogs");
            assertStatement(statements.get("ReadChangeStream"), List.of("kinesis:DescribeStream",
                    "kinesis:GetShardIterator", "kinesis:GetRecords", "kinesis:ListShards"), List.of(delivery.stream));
            assertStatement(statements.get("DecryptChangeStreamRecords"), List.of("kms:Decrypt"),
                    List.of(delivery.key));
            JsonNode kinesisKms = statements.get("DecryptChangeStreamRecords").path("Condition").path("StringEquals");
            assertThat(kinesisKms.path("kms:ViaService").asText()).isEqualTo("kinesis." + region + ".amazonaws.com");
            assertThat(kinesisKms.path("kms:EncryptionContext:aws:kinesis:arn").asText()).isEqualTo(delivery.stream);
            assertStatement(statements.get("LocateBucket"), List.of("s3:GetBucketLocation", "s3:ListBucket",
                    "s3:ListBucketMultipartUploads"), List.of(delivery.bucket));
            assertStatement(statements.get("WriteUnderPrefixes"), List.of("s3:PutObject",
                    "s3:AbortMultipartUpload", "s3:GetObject"),
                    List.of(delivery.bucket + "/changes/*", delivery.bucket + "/errors/*"));
            assertStatement(statements.get("EncryptObjectsThroughS3"), List.of("kms:GenerateDataKey", "kms:Decrypt"),
                    List.of(delivery.key));
            JsonNode s3Kms = statements.get("EncryptObjectsThroughS3").path("Condition");
            assertThat(s3Kms.path("StringEquals").path("kms:ViaService").asText())
                    .isEqualTo("s3." + region + ".amazonaws.com");
            assertThat(texts(s3Kms.path("StringLike").path("kms:EncryptionContext:aws:s3:arn")))
                    .containsExactly(delivery.bucket, delivery.bucket + "/changes/*", delivery.bucket + "/errors/*");
            assertStatement(statements.get("InvokeConverterAlias"), List.of("lambda:InvokeFunction",
                    "lambda:GetFunctionConfiguration"), List.of(delivery.converter));
            assertStatement(statements.get("WriteDeliveryLogs"), List.of("logs:PutLogEvents"), List.of(
                    stack.reference("aws_cloudwatch_log_group", delivery.logGroup(), "arn")
                            + ":log-stream:DestinationDelivery"));
        });
    }

    @Test
    void firehoseIsCreatedOnlyAfterEveryGrantAndItsLogStreamExist() {
        forEachEnvironment((stack, delivery) -> {
            String roleName = stack.reference("aws_iam_role", delivery.role, "name");
            List<String> grants = stack.resources("aws_iam_role_policy").stream()
                    .filter(policy -> policy.path("role").asText().equals(roleName))
                    .map(policy -> stack.address("aws_iam_role_policy", policy)).toList();

            assertThat(grants).hasSize(4);
            assertThat(texts(delivery.firehose.path("depends_on"))).containsAll(grants)
                    .contains(stack.address("aws_cloudwatch_log_stream", stack.resource("aws_cloudwatch_log_stream")));
        });
    }

    private static void forEachEnvironment(BiConsumer<Synthesized, Delivery> check) {
        ShippedStacks.forEach((environment, stack) -> check.accept(stack, Delivery.of(stack)));
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

    /** One stack's delivery resources and the references they should hold. */
    private record Delivery(Synthesized stack, String prefix, JsonNode firehose, JsonNode s3, JsonNode role,
            String roleArn, String key, String bucket, String stream, String converter) {

        static Delivery of(Synthesized stack) {
            JsonNode firehose = stack.resource("aws_kinesis_firehose_delivery_stream");
            String prefix = firehose.path("name").asText().replaceFirst("-delivery$", "");
            JsonNode role = stack.resourceWhere("aws_iam_role", "name", prefix + "-delivery-role");
            return new Delivery(stack, prefix, firehose, firehose.path("extended_s3_configuration"), role,
                    stack.reference("aws_iam_role", role, "arn"),
                    stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"),
                    stack.reference("aws_s3_bucket", stack.bucket("data"), "arn"),
                    stack.reference("aws_kinesis_stream", stack.resource("aws_kinesis_stream"), "arn"),
                    stack.reference("aws_lambda_alias", stack.resource("aws_lambda_alias"), "arn"));
        }

        JsonNode logGroup() {
            return stack.resourceWhere("aws_cloudwatch_log_group", "name", "/aws/kinesisfirehose/" + prefix
                    + "-delivery");
        }

        Map<String, JsonNode> statementsOfRole() {
            return stack.statementsOfRole(role);
        }
    }
}
