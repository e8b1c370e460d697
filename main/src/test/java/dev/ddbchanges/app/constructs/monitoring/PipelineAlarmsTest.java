package dev.ddbchanges.app.constructs.monitoring;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Pipeline;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PipelineAlarmsTest {
    private static final String TOPIC = "${aws_sns_topic.alarms_topic_CB6504A9.arn}";
    private static final String PUBLISH = "CloudWatchAlarmsOfThisEnvironmentPublish";
    /** What each alarm watches: its name is the set's prefix, a dash and this. */
    private static final List<String> WATCHED = List.of(
            "delivery-late",
            "delivery-failing",
            "processing-failing",
            "error-objects-written",
            "converter-failed-records",
            "converter-errors",
            "converter-throttles",
            "stream-reader-behind",
            "stream-writes-throttled",
            "replication-late",
            "replication-failing",
            "replication-throttled");

    private final Synthesized stack = Pipeline.synth();

    @Test
    void theTopicIsEncryptedWithTheKeyAndOnlyTheseAlarmsMayPublish() {
        JsonNode topic = stack.resource("aws_sns_topic");
        Map<String, JsonNode> statements = new HashMap<>();
        Synthesized.policy(stack.resource("aws_sns_topic_policy"))
                .path("Statement")
                .forEach(statement -> statements.put(statement.path("Sid").asText(), statement));
        JsonNode publish = statements.get(PUBLISH);
        JsonNode tls = statements.get("DenyPublishWithoutTls");

        assertThat(topic.path("name").asText()).isEqualTo("orders-dev-alarms");
        assertThat(topic.path("kms_master_key_id").asText()).isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
        assertThat(statements).hasSize(2);
        assertThat(publish.path("Principal").path("Service").asText()).isEqualTo("cloudwatch.amazonaws.com");
        assertThat(texts(publish.path("Action"))).containsExactly("sns:Publish");
        assertThat(texts(publish.path("Condition").path("ArnEquals").path("aws:SourceArn")))
                .containsExactly(
                        "${aws_cloudwatch_metric_alarm.alarms_delivery-late_74C60F3C.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_delivery-failing_E2DBDB30.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_processing-failing_CB3F6896.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_error-objects-written_EB80AAF6.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_converter-failed-records_44CD63F8.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_converter-errors_C187233A.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_converter-throttles_DD6ABF76.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_stream-reader-behind_EBFC198B.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_stream-writes-throttled_C9E61F96.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_replication-late_7C1ECF1F.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_replication-failing_30E09423.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_replication-throttled_44988A6E.arn}");
        assertThat(tls.path("Effect").asText()).isEqualTo("Deny");
        assertThat(tls.path("Condition")
                        .path("Bool")
                        .path("aws:SecureTransport")
                        .asText())
                .isEqualTo("false");
    }

    @Test
    void everyAlarmPublishesAlarmAndRecoveryAndOnlyAStreamNobodyReadsCountsSilenceAsFailure() {
        assertThat(stack.resources("aws_cloudwatch_metric_alarm")).hasSize(12).allSatisfy(alarm -> {
            assertThat(texts(alarm.path("alarm_actions"))).containsExactly(TOPIC);
            assertThat(texts(alarm.path("ok_actions"))).containsExactly(TOPIC);
            assertThat(alarm.path("treat_missing_data").asText())
                    .isEqualTo(
                            alarm.path("alarm_name").asText().equals("orders-dev-stream-reader-behind")
                                    ? "breaching"
                                    : "notBreaching");
            assertThat(alarm.path("period").asInt()).isEqualTo(300);
            assertThat(alarm.path("alarm_description").asText()).isNotBlank();
        });
    }

    @Test
    void eachAlarmWatchesTheRightMetricOfTheRightResource() {
        Map<String, String> delivery =
                Map.of("DeliveryStreamName", "${aws_kinesis_firehose_delivery_stream.delivery_stream_036AB1BA.name}");
        Map<String, String> function =
                Map.of("FunctionName", "${aws_lambda_function.converter_function_56FCE06F.function_name}");
        Map<String, String> stream = Map.of("StreamName", "${aws_kinesis_stream.change-stream_1CA2E620.name}");
        Map<String, String> replication =
                Map.of("TableName", "${aws_dynamodb_table.table_43360BC0.name}", "DelegatedOperation", "PutRecords");

        assertAlarm(
                "delivery-late",
                "AWS/Firehose",
                "DeliveryToS3.DataFreshness",
                delivery,
                "Maximum",
                "GreaterThanThreshold",
                360);
        assertAlarm(
                "delivery-failing",
                "AWS/Firehose",
                "DeliveryToS3.Success",
                delivery,
                "Minimum",
                "LessThanThreshold",
                1);
        assertAlarm(
                "processing-failing",
                "AWS/Firehose",
                "ExecuteProcessing.Success",
                delivery,
                "Minimum",
                "LessThanThreshold",
                1);
        assertAlarm(
                "error-objects-written",
                "AWS/S3",
                "PutRequests",
                Map.of(
                        "BucketName", "${aws_s3_bucket_metric.data-bucket_request-metrics-errors_749C0082.bucket}",
                        "FilterId", "${aws_s3_bucket_metric.data-bucket_request-metrics-errors_749C0082.name}"),
                "Sum",
                "GreaterThanThreshold",
                0);
        assertAlarm(
                "converter-failed-records",
                "DdbChangeAnalytics/Converter",
                "RecordsProcessingFailed",
                function,
                "Sum",
                "GreaterThanThreshold",
                0);
        assertAlarm("converter-errors", "AWS/Lambda", "Errors", function, "Sum", "GreaterThanThreshold", 0);
        assertAlarm("converter-throttles", "AWS/Lambda", "Throttles", function, "Sum", "GreaterThanThreshold", 0);
        assertAlarm(
                "stream-reader-behind",
                "AWS/Kinesis",
                "GetRecords.IteratorAgeMilliseconds",
                stream,
                "Maximum",
                "GreaterThanThreshold",
                600_000);
        assertAlarm(
                "stream-writes-throttled",
                "AWS/Kinesis",
                "WriteProvisionedThroughputExceeded",
                stream,
                "Sum",
                "GreaterThanThreshold",
                0);
        assertAlarm(
                "replication-late",
                "AWS/DynamoDB",
                "AgeOfOldestUnreplicatedRecord",
                replication,
                "Maximum",
                "GreaterThanThreshold",
                300_000);
        assertAlarm(
                "replication-failing",
                "AWS/DynamoDB",
                "FailedToReplicateRecordCount",
                replication,
                "Sum",
                "GreaterThanThreshold",
                0);
        assertAlarm(
                "replication-throttled",
                "AWS/DynamoDB",
                "ThrottledPutRecordCount",
                replication,
                "Sum",
                "GreaterThanThreshold",
                0);
    }

    /** The policy is declared right after the topic, before any alarm, and still lists every one of them. */
    @Test
    void thePolicyNeedsNoCallAfterTheLastAlarm() {
        TestApps.synthConstruct(s -> assertThat(new Pipeline(s).alarms.getNode().getChildren())
                .extracting(child -> child.getNode().getId())
                .startsWith("topic", "topic-policy", "delivery-late"));
    }

    @Test
    void twoAlarmSetsLiveInOneStackEachPublishingOnlyToItsOwnTopic() {
        Synthesized two = TestApps.synthConstruct(s -> {
            Pipeline pipeline = new Pipeline(s);
            pipeline.alarms("second", "orders-dev-2", pipeline.stream, pipeline.converter, pipeline.delivery);
        });

        assertThat(two.resources("aws_sns_topic"))
                .extracting(t -> t.path("name").asText())
                .containsExactlyInAnyOrder("orders-dev-alarms", "orders-dev-2-alarms");
        assertThat(two.resources("aws_cloudwatch_metric_alarm"))
                .hasSize(24)
                .extracting(a -> a.path("alarm_name").asText())
                .doesNotHaveDuplicates();
        assertThat(two.resources("aws_sns_topic_policy")).hasSize(2);
        assertPublishesOnlyToItsOwnTopic(two, "orders-dev");
        assertPublishesOnlyToItsOwnTopic(two, "orders-dev-2");
    }

    /** The set's twelve alarms notify only its topic, and that topic's policy lets exactly these twelve publish. */
    private static void assertPublishesOnlyToItsOwnTopic(Synthesized stack, String prefix) {
        String topic = stack.reference(
                "aws_sns_topic", stack.resourceWhere("aws_sns_topic", "name", prefix + "-alarms"), "arn");
        List<JsonNode> alarms = WATCHED.stream()
                .map(watched ->
                        stack.resourceWhere("aws_cloudwatch_metric_alarm", "alarm_name", prefix + "-" + watched))
                .toList();
        JsonNode publish = Synthesized.statement(stack.resourceWhere("aws_sns_topic_policy", "arn", topic), PUBLISH);

        assertThat(alarms).as(prefix).allSatisfy(alarm -> {
            assertThat(texts(alarm.path("alarm_actions"))).containsExactly(topic);
            assertThat(texts(alarm.path("ok_actions"))).containsExactly(topic);
        });
        assertThat(texts(publish.path("Condition").path("ArnEquals").path("aws:SourceArn")))
                .as(prefix)
                .containsExactlyInAnyOrderElementsOf(alarms.stream()
                        .map(alarm -> stack.reference("aws_cloudwatch_metric_alarm", alarm, "arn"))
                        .toList());
    }

    private void assertAlarm(
            String watched,
            String namespace,
            String metric,
            Map<String, String> dimensions,
            String statistic,
            String comparison,
            long threshold) {
        JsonNode alarm = stack.resourceWhere("aws_cloudwatch_metric_alarm", "alarm_name", "orders-dev-" + watched);
        assertThat(alarm.path("namespace").asText()).as(watched).isEqualTo(namespace);
        assertThat(alarm.path("metric_name").asText()).as(watched).isEqualTo(metric);
        assertThat(alarm.path("dimensions").properties()).as(watched).hasSize(dimensions.size());
        dimensions.forEach(
                (name, value) -> assertThat(alarm.path("dimensions").path(name).asText())
                        .as(watched)
                        .isEqualTo(value));
        assertThat(alarm.path("statistic").asText()).as(watched).isEqualTo(statistic);
        assertThat(alarm.path("comparison_operator").asText()).as(watched).isEqualTo(comparison);
        assertThat(alarm.path("threshold").asLong()).as(watched).isEqualTo(threshold);
    }
}
