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
            "replication-throttled",
            "replication-stopped");
    /** Only a stream nobody reads counts silence as failure; everywhere else no data is an idle table. */
    private static final Map<String, String> MISSING_DATA = Map.ofEntries(
            Map.entry("delivery-late", "notBreaching"),
            Map.entry("delivery-failing", "notBreaching"),
            Map.entry("processing-failing", "notBreaching"),
            Map.entry("error-objects-written", "notBreaching"),
            Map.entry("converter-failed-records", "notBreaching"),
            Map.entry("converter-errors", "notBreaching"),
            Map.entry("converter-throttles", "notBreaching"),
            Map.entry("stream-reader-behind", "breaching"),
            Map.entry("stream-writes-throttled", "notBreaching"),
            Map.entry("replication-late", "notBreaching"),
            Map.entry("replication-failing", "notBreaching"),
            Map.entry("replication-throttled", "notBreaching"),
            Map.entry("replication-stopped", "notBreaching"));

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
                        "${aws_cloudwatch_metric_alarm.alarms_replication-throttled_44988A6E.arn}",
                        "${aws_cloudwatch_metric_alarm.alarms_replication-stopped_5FDF7BF7.arn}");
        assertThat(tls.path("Effect").asText()).isEqualTo("Deny");
        assertThat(tls.path("Condition")
                        .path("Bool")
                        .path("aws:SecureTransport")
                        .asText())
                .isEqualTo("false");
    }

    @Test
    void everyAlarmPublishesAlarmAndRecoveryAndOnlyAStreamNobodyReadsCountsSilenceAsFailure() {
        assertThat(stack.resources("aws_cloudwatch_metric_alarm")).hasSize(13).allSatisfy(alarm -> {
            String watched = alarm.path("alarm_name").asText().replaceFirst("^orders-dev-", "");
            assertThat(texts(alarm.path("alarm_actions"))).as(watched).containsExactly(TOPIC);
            assertThat(texts(alarm.path("ok_actions"))).as(watched).containsExactly(TOPIC);
            assertThat(alarm.path("treat_missing_data").asText()).as(watched).isEqualTo(MISSING_DATA.get(watched));
        });
    }

    /** What to do is after "First:"; CloudWatch refuses a description over 1024 characters. */
    @Test
    void everyDescriptionSaysWhatToLookAtFirstWithinCloudWatchsLimit() {
        assertThat(stack.resources("aws_cloudwatch_metric_alarm")).hasSize(13).allSatisfy(alarm -> {
            String description = alarm.path("alarm_description").asText();
            assertThat(description).as(alarm.path("alarm_name").asText()).contains(" First: ");
            assertThat(description.length())
                    .as(alarm.path("alarm_name").asText())
                    .isLessThanOrEqualTo(1024);
        });
    }

    @Test
    void processingFailingSaysARetryMayHaveSucceeded() {
        assertThat(description("processing-failing"))
                .isEqualTo("A converter invocation by Firehose failed (request over Lambda's 6 MB, access denied, a "
                        + "response it rejects, a converter error); a retry that then succeeds fires it too. If "
                        + "Firehose's retries ran out, the whole batch is under errors/processing-failed/, not in the "
                        + "table. First: the delivery stream's log group names the error code, and "
                        + "error-objects-written says whether anything went under errors/; fix it, then re-drive");
    }

    /**
     * DynamoDB sends its replication metrics only while it writes to the stream: when it stops, only the table's
     * writes with no record arriving say so. Two periods, so a write at one's end that arrives in the next is not it.
     */
    @Test
    void replicationStoppedFiresWhenTheTableTakesWritesAndTheStreamReceivesNothing() {
        JsonNode alarm =
                stack.resourceWhere("aws_cloudwatch_metric_alarm", "alarm_name", "orders-dev-replication-stopped");

        assertThat(alarm.path("metric_query")).isEqualTo(Synthesized.parse("""
                [{"id": "silent", "expression": "IF(input > 0 AND FILL(output, 0) == 0, 1, 0)",
                  "label": "replication-stopped", "return_data": true},
                 {"id": "input", "return_data": false,
                  "metric": {"namespace": "AWS/DynamoDB", "metric_name": "ConsumedWriteCapacityUnits",
                             "dimensions": {"TableName": "${aws_dynamodb_table.table_43360BC0.name}"},
                             "stat": "Sum", "period": 300}},
                 {"id": "output", "return_data": false,
                  "metric": {"namespace": "AWS/Kinesis", "metric_name": "IncomingRecords",
                             "dimensions": {"StreamName": "${aws_kinesis_stream.change-stream_1CA2E620.name}"},
                             "stat": "Sum", "period": 300}}]"""));
        assertThat(alarm.path("evaluation_periods").asInt()).isEqualTo(2);
        assertThat(alarm.path("datapoints_to_alarm").asInt()).isEqualTo(2);
        assertThat(alarm.path("comparison_operator").asText()).isEqualTo("GreaterThanThreshold");
        assertThat(alarm.path("threshold").asInt()).isZero();
        assertThat(alarm.has("metric_name")).isFalse();
        assertThat(alarm.has("period")).isFalse();
        assertThat(description("replication-stopped"))
                .isEqualTo("The table took writes for two 5-minute periods in a row while the change stream "
                        + "received no record: DynamoDB has stopped writing changes to the stream (its Kinesis "
                        + "streaming destination DISABLED or ENABLE_FAILED, or the stream's key or policy shutting "
                        + "it out), and no other alarm sees that. Changes made meanwhile are not in the stream and "
                        + "cannot be re-driven. Known false alarms: conditional writes that fail, and writes that "
                        + "change nothing, consume capacity but make no change record. First: the table's Kinesis "
                        + "streaming destination status (describe-kinesis-streaming-destination), then the key "
                        + "policy and CloudTrail for denied KMS or Kinesis calls by DynamoDB");
    }

    /** A declared alarm missing from the list the key policy is written from would be refused the key. */
    @Test
    void theKeyPolicysNamesAreExactlyTheAlarmsDeclared() {
        assertThat(PipelineAlarms.alarmNames(watched -> "x-" + watched, false))
                .containsExactlyElementsOf(
                        WATCHED.stream().map(watched -> "x-" + watched).toList());
        assertThat(stack.resources("aws_cloudwatch_metric_alarm"))
                .extracting(alarm -> alarm.path("alarm_name").asText().replaceFirst("^orders-dev-", ""))
                .containsExactlyInAnyOrderElementsOf(WATCHED);
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
            pipeline.alarms(
                    "second", "orders-dev-2", pipeline.table, pipeline.stream, pipeline.converter, pipeline.delivery);
        });

        assertThat(two.resources("aws_sns_topic"))
                .extracting(t -> t.path("name").asText())
                .containsExactlyInAnyOrder("orders-dev-alarms", "orders-dev-2-alarms");
        assertThat(two.resources("aws_cloudwatch_metric_alarm"))
                .hasSize(26)
                .extracting(a -> a.path("alarm_name").asText())
                .doesNotHaveDuplicates();
        assertThat(two.resources("aws_sns_topic_policy")).hasSize(2);
        assertPublishesOnlyToItsOwnTopic(two, "orders-dev");
        assertPublishesOnlyToItsOwnTopic(two, "orders-dev-2");
    }

    /** The set's thirteen alarms notify only its topic, and that topic's policy lets exactly these publish. */
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
        assertThat(alarm.path("period").asInt()).as(watched).isEqualTo(300);
    }

    private String description(String watched) {
        return stack.resourceWhere("aws_cloudwatch_metric_alarm", "alarm_name", "orders-dev-" + watched)
                .path("alarm_description")
                .asText();
    }
}
