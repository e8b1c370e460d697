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
    private static final String HOUR =
            "year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/hour=!{timestamp:HH}/";

    /** What the construct makes of its name and settings is DeliveryStreamTest's. */
    @Test
    void firehoseIsNamedAfterTheEnvironmentAndBuffersAsItsSettingsSay() {
        forEachEnvironment((stack, delivery) ->
                assertThat(delivery.firehose.path("name").asText()).isEqualTo(delivery.prefix + "-delivery"));
        JsonNode dev = Delivery.of(ShippedStacks.get("dev")).s3;
        assertThat(dev.path("buffering_interval").asInt()).isEqualTo(60);
        assertThat(dev.path("buffering_size").asInt()).isEqualTo(64);
        JsonNode staging = Delivery.of(ShippedStacks.get(ShippedStacks.EVERY_SETTING)).s3;
        assertThat(staging.path("buffering_interval").asInt()).isEqualTo(300);
        assertThat(staging.path("buffering_size").asInt()).isEqualTo(128);
    }

    /** The provider drops parameters equal to Firehose's defaults from its state; written, they would never settle. */
    @Test
    void processorParametersAreWrittenOnlyWhereTheyDifferFromFirehosesDefaults() {
        Delivery dev = Delivery.of(ShippedStacks.get("dev"));
        Delivery staging = Delivery.of(ShippedStacks.get(ShippedStacks.EVERY_SETTING));

        assertThat(parameters(dev.s3
                        .path("processing_configuration")
                        .path("processors")
                        .get(0)))
                .isEqualTo(Map.of("LambdaArn", dev.converter));
        Delivery prod = Delivery.of(ShippedStacks.get("prod"));
        assertThat(parameters(prod.s3
                        .path("processing_configuration")
                        .path("processors")
                        .get(0)))
                .as("production retries 3 times: Firehose's default, which the provider keeps out of the config")
                .isEqualTo(Map.of("LambdaArn", prod.converter));
        assertThat(parameters(staging.s3
                        .path("processing_configuration")
                        .path("processors")
                        .get(0)))
                .isEqualTo(Map.of(
                        "LambdaArn",
                        staging.converter,
                        "NumberOfRetries",
                        "5",
                        "BufferSizeInMBs",
                        "0.5",
                        "BufferIntervalInSeconds",
                        "120"));
    }

    @Test
    void deliveryLogsAreKeptAsTheSettingsSay() {
        assertThat(Delivery.of(ShippedStacks.get("dev"))
                        .logGroup()
                        .path("retention_in_days")
                        .asInt())
                .isEqualTo(14);
        assertThat(Delivery.of(ShippedStacks.get("prod"))
                        .logGroup()
                        .path("retention_in_days")
                        .asInt())
                .isEqualTo(365);
    }

    @Test
    void theRoleTrustsOnlyFirehoseActingForThisAccount() {
        forEachEnvironment((stack, delivery) -> {
            JsonNode trust = Synthesized.parse(
                            delivery.role.path("assume_role_policy").asText())
                    .path("Statement");
            String account = stack.provider().has("allowed_account_ids")
                    ? stack.provider().path("allowed_account_ids").get(0).asText()
                    : "${data.aws_caller_identity.current-account.account_id}";

            assertThat(trust).singleElement().satisfies(statement -> {
                assertThat(statement.path("Principal").path("Service").asText()).isEqualTo("firehose.amazonaws.com");
                assertThat(statement
                                .path("Condition")
                                .path("StringEquals")
                                .path("sts:ExternalId")
                                .asText())
                        .isEqualTo(account);
            });
        });
    }

    /** docs/security-rules.md, "Firehose role": every action and resource it lists, and nothing more. */
    @Test
    void theRoleMayDoExactlyWhatDeliveryNeeds() {
        forEachEnvironment((stack, delivery) -> {
            Map<String, JsonNode> statements = delivery.statementsOfRole();
            String region = stack.provider().path("region").asText();

            assertThat(statements.keySet())
                    .containsExactlyInAnyOrder(
                            "ReadChangeStream",
                            "DecryptChangeStreamRecords",
                            "LocateBucket",
                            "WriteUnderPrefixes",
                            "EncryptObjectsThroughS3",
                            "InvokeConverterAlias",
                            "WriteDeliveryLogs");
            assertStatement(
                    statements.get("ReadChangeStream"),
                    List.of(
                            "kinesis:DescribeStream",
                            "kinesis:GetShardIterator",
                            "kinesis:GetRecords",
                            "kinesis:ListShards"),
                    List.of(delivery.stream));
            assertStatement(
                    statements.get("DecryptChangeStreamRecords"), List.of("kms:Decrypt"), List.of(delivery.key));
            JsonNode kinesisKms = statements
                    .get("DecryptChangeStreamRecords")
                    .path("Condition")
                    .path("StringEquals");
            assertThat(kinesisKms.path("kms:ViaService").asText()).isEqualTo("kinesis." + region + ".amazonaws.com");
            assertThat(kinesisKms.path("kms:EncryptionContext:aws:kinesis:arn").asText())
                    .isEqualTo(delivery.stream);
            assertStatement(
                    statements.get("LocateBucket"),
                    List.of("s3:GetBucketLocation", "s3:ListBucket", "s3:ListBucketMultipartUploads"),
                    List.of(delivery.bucket));
            assertStatement(
                    statements.get("WriteUnderPrefixes"),
                    List.of("s3:PutObject", "s3:AbortMultipartUpload", "s3:GetObject"),
                    List.of(delivery.bucket + "/changes/*", delivery.bucket + "/errors/*"));
            assertStatement(
                    statements.get("EncryptObjectsThroughS3"),
                    List.of("kms:GenerateDataKey", "kms:Decrypt"),
                    List.of(delivery.key));
            JsonNode s3Kms = statements.get("EncryptObjectsThroughS3").path("Condition");
            assertThat(s3Kms.path("StringEquals").path("kms:ViaService").asText())
                    .isEqualTo("s3." + region + ".amazonaws.com");
            assertThat(texts(s3Kms.path("StringLike").path("kms:EncryptionContext:aws:s3:arn")))
                    .containsExactly(delivery.bucket, delivery.bucket + "/changes/*", delivery.bucket + "/errors/*");
            assertStatement(
                    statements.get("InvokeConverterAlias"),
                    List.of("lambda:InvokeFunction", "lambda:GetFunctionConfiguration"),
                    List.of(delivery.converter));
            assertStatement(
                    statements.get("WriteDeliveryLogs"),
                    List.of("logs:PutLogEvents"),
                    List.of(stack.reference("aws_cloudwatch_log_group", delivery.logGroup(), "arn")
                            + ":log-stream:DestinationDelivery"));
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
        processor
                .path("parameters")
                .forEach(p -> parameters.put(
                        p.path("parameter_name").asText(),
                        p.path("parameter_value").asText()));
        return parameters;
    }

    /** One stack's delivery resources and the references they should hold. */
    private record Delivery(
            Synthesized stack,
            String prefix,
            JsonNode firehose,
            JsonNode s3,
            JsonNode role,
            String roleArn,
            String key,
            String bucket,
            String stream,
            String converter) {

        static Delivery of(Synthesized stack) {
            JsonNode firehose = stack.resource("aws_kinesis_firehose_delivery_stream");
            String prefix = firehose.path("name").asText().replaceFirst("-delivery$", "");
            JsonNode role = stack.resourceWhere("aws_iam_role", "name", prefix + "-delivery-role");
            return new Delivery(
                    stack,
                    prefix,
                    firehose,
                    firehose.path("extended_s3_configuration"),
                    role,
                    stack.reference("aws_iam_role", role, "arn"),
                    stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"),
                    stack.reference("aws_s3_bucket", stack.bucket("data"), "arn"),
                    stack.reference("aws_kinesis_stream", stack.resource("aws_kinesis_stream"), "arn"),
                    stack.reference("aws_lambda_alias", stack.resource("aws_lambda_alias"), "arn"));
        }

        JsonNode logGroup() {
            return stack.resourceWhere(
                    "aws_cloudwatch_log_group", "name", "/aws/kinesisfirehose/" + prefix + "-delivery");
        }

        Map<String, JsonNode> statementsOfRole() {
            return stack.statementsOfRole(role);
        }
    }
}
