package dev.ddbchanges.app.constructs.delivery;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.Pipeline;
import org.junit.jupiter.api.Test;

class DeliveryStreamTest {
    private static final String HOUR =
            "year=!{timestamp:yyyy}/month=!{timestamp:MM}/day=!{timestamp:dd}/hour=!{timestamp:HH}/";
    private static final String ROLE = "aws_iam_role.delivery_role_8708125C";
    private static final String LOGS = "aws_cloudwatch_log_group.delivery_logs_group_34DE014B";

    private final Synthesized stack = Pipeline.synth();
    private final JsonNode firehose = stack.resource("aws_kinesis_firehose_delivery_stream");
    private final JsonNode s3 = firehose.path("extended_s3_configuration");

    @Test
    void firehoseReadsTheChangeStreamWithItsRole() {
        assertThat(firehose.path("name").asText()).isEqualTo("orders-dev-delivery");
        assertThat(firehose.path("destination").asText()).isEqualTo("extended_s3");
        assertThat(firehose.path("kinesis_source_configuration")
                        .path("kinesis_stream_arn")
                        .asText())
                .isEqualTo("${aws_kinesis_stream.change-stream_1CA2E620.arn}");
        assertThat(firehose.path("kinesis_source_configuration")
                        .path("role_arn")
                        .asText())
                .isEqualTo("${" + ROLE + ".arn}");
    }

    @Test
    void linesLandGzippedAndEncryptedUnderHourlyHivePartitionsAndFailuresUnderTheErrorPrefix() {
        assertThat(s3.path("bucket_arn").asText()).isEqualTo("${aws_s3_bucket.data-bucket_D46037D5.arn}");
        assertThat(s3.path("role_arn").asText()).isEqualTo("${" + ROLE + ".arn}");
        assertThat(s3.path("prefix").asText()).isEqualTo("changes/" + HOUR);
        assertThat(s3.path("error_output_prefix").asText()).isEqualTo("errors/!{firehose:error-output-type}/" + HOUR);
        assertThat(s3.path("compression_format").asText()).isEqualTo("GZIP");
        assertThat(s3.path("kms_key_arn").asText()).isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
    }

    @Test
    void theConverterRunsOnEveryBatchThroughItsAlias() {
        JsonNode processing = s3.path("processing_configuration");

        assertThat(processing.path("enabled").asBoolean()).isTrue();
        assertThat(processing.path("processors")).singleElement().satisfies(processor -> {
            assertThat(processor.path("type").asText()).isEqualTo("Lambda");
            assertThat(processor.path("parameters")).singleElement().satisfies(parameter -> {
                assertThat(parameter.path("parameter_name").asText()).isEqualTo("LambdaArn");
                assertThat(parameter.path("parameter_value").asText())
                        .isEqualTo("${aws_lambda_alias.converter_alias_508EFF2C.arn}");
            });
        });
    }

    @Test
    void deliveryErrorsAreLoggedToItsOwnEncryptedLogGroupAndStream() {
        JsonNode logging = s3.path("cloudwatch_logging_options");
        JsonNode group =
                stack.resourceWhere("aws_cloudwatch_log_group", "name", "/aws/kinesisfirehose/orders-dev-delivery");
        JsonNode logStream = stack.resource("aws_cloudwatch_log_stream");

        assertThat(logging.path("enabled").asBoolean()).isTrue();
        assertThat(logging.path("log_group_name").asText()).isEqualTo("${" + LOGS + ".name}");
        assertThat(logging.path("log_stream_name").asText()).isEqualTo("DestinationDelivery");
        assertThat(logStream.path("name").asText()).isEqualTo("DestinationDelivery");
        assertThat(logStream.path("log_group_name").asText()).isEqualTo("${" + LOGS + ".name}");
        assertThat(group.path("kms_key_id").asText()).isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
    }

    @Test
    void firehoseIsCreatedOnlyAfterEveryGrantAndItsLogStreamExist() {
        assertThat(texts(firehose.path("depends_on")))
                .containsExactlyInAnyOrder(
                        "aws_iam_role_policy.change-stream_read-change-stream_5339BB20",
                        "aws_iam_role_policy.data-bucket_write-delivered-objects_36CA5AF4",
                        "aws_iam_role_policy.converter_invoke-converter_7228A6A5",
                        "aws_iam_role_policy.delivery_write-delivery-logs_EBEE2224",
                        "aws_cloudwatch_log_stream.delivery_log-stream_D90685EA");
    }

    @Test
    void itNamesItsFreshnessAndSuccessAndTheLengthOfOneBufferRound() {
        TestApps.synthConstruct(s -> {
            DeliveryStream delivery = new Pipeline(s).delivery;

            assertMetric(delivery.metricDataFreshness(), "DeliveryToS3.DataFreshness", "Maximum");
            assertMetric(delivery.metricDeliverySuccess(), "DeliveryToS3.Success", "Minimum");
            assertMetric(delivery.metricProcessingSuccess(), "ExecuteProcessing.Success", "Minimum");
            assertThat(delivery.bufferRoundSeconds())
                    .as("dev: 60 s converter batches + 60 s S3 buffer")
                    .isEqualTo(120);
        });
    }

    @Test
    void twoDeliveryStreamsLiveInOneStackEachWithItsOwnRoleAndLogs() {
        Synthesized two = TestApps.synthConstruct(s -> {
            Pipeline pipeline = new Pipeline(s);
            pipeline.delivery(
                    "second",
                    "orders-dev-delivery-2",
                    pipeline.stream("second-stream", "orders-dev-changes-2", pipeline.table),
                    pipeline.converter("second-converter", "orders-dev-converter-2"));
        });

        assertThat(two.resources("aws_kinesis_firehose_delivery_stream"))
                .extracting(f -> f.path("name").asText())
                .containsExactlyInAnyOrder("orders-dev-delivery", "orders-dev-delivery-2");
        assertThat(two.resources("aws_iam_role"))
                .extracting(r -> r.path("name").asText())
                .contains("orders-dev-delivery-role", "orders-dev-delivery-2-role");
        assertThat(two.resources("aws_cloudwatch_log_stream"))
                .extracting(l -> l.path("log_group_name").asText())
                .doesNotHaveDuplicates()
                .hasSize(2);
        // The bucket grants both roles the same policy; the second sits beside the first under its role's path.
        assertThat(two.addresses())
                .contains(
                        "aws_iam_role_policy.data-bucket_write-delivered-objects_36CA5AF4",
                        "aws_iam_role_policy.data-bucket_write-delivered-objects-second-role_5284A5C5");
        assertThat(two.resources("aws_iam_role_policy"))
                .filteredOn(p -> p.path("name").asText().equals("write-delivered-objects"))
                .extracting(p -> p.path("role").asText())
                .containsExactlyInAnyOrder(
                        "${aws_iam_role.delivery_role_8708125C.name}", "${aws_iam_role.second_role_EDE0B123.name}");
    }

    private static void assertMetric(Metric metric, String name, String statistic) {
        assertThat(metric.namespace()).isEqualTo("AWS/Firehose");
        assertThat(metric.name()).isEqualTo(name);
        assertThat(metric.dimensions()).containsOnlyKeys("DeliveryStreamName");
        assertThat(metric.statistic()).isEqualTo(statistic);
    }
}
