package dev.ddbchanges.app.stack;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The alarm topic and the alarms, in every environment. */
class MonitoringTest {
    private static final List<String> ALWAYS = List.of(
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

    /** The topic's key and policy are PipelineAlarmsTest's; here, that each environment's lists its own alarms. */
    @Test
    void eachEnvironmentsTopicIsNamedAfterItAndOnlyItsAlarmsMayPublish() {
        ShippedStacks.forEach((environment, stack) -> {
            JsonNode publish = Synthesized.statement(
                    stack.resource("aws_sns_topic_policy"), "CloudWatchAlarmsOfThisEnvironmentPublish");
            List<String> alarmArns = stack.resources("aws_cloudwatch_metric_alarm").stream()
                    .map(alarm -> stack.reference("aws_cloudwatch_metric_alarm", alarm, "arn"))
                    .toList();

            assertThat(stack.resource("aws_sns_topic").path("name").asText()).endsWith("-" + environment + "-alarms");
            assertThat(texts(publish.path("Condition").path("ArnEquals").path("aws:SourceArn")))
                    .containsExactlyInAnyOrderElementsOf(alarmArns);
        });
    }

    @Test
    void anEmailIsSubscribedOnlyWhereTheSettingsNameOne() {
        assertThat(ShippedStacks.get("dev").resources("aws_sns_topic_subscription"))
                .isEmpty();
        JsonNode subscription = ShippedStacks.get(ShippedStacks.EVERY_SETTING).resource("aws_sns_topic_subscription");
        assertThat(subscription.path("protocol").asText()).isEqualTo("email");
        assertThat(subscription.path("endpoint").asText()).isEqualTo("data-team@example.com");
    }

    /** dev's stream is provisioned, prod's on demand: both throttle writes beyond their capacity. */
    @Test
    void everyEnvironmentHasEveryAlarmWhateverItsStreamsCapacityMode() {
        // With the current-state table on (dev and prod), its refresh machine's two alarms; staging has it off.
        List<String> withRefresh = new ArrayList<>(ALWAYS);
        withRefresh.addAll(List.of("current-state-refresh-failed", "current-state-refresh-missing"));
        assertThat(names("dev")).containsExactlyInAnyOrderElementsOf(withRefresh);
        assertThat(names("prod")).containsExactlyInAnyOrderElementsOf(withRefresh);
        assertThat(names(ShippedStacks.EVERY_SETTING)).containsExactlyInAnyOrderElementsOf(ALWAYS);
    }

    @Test
    void theNewAlarmsWatchTheirResourcesInDevAndProd() {
        for (String environment : List.of("dev", "prod")) {
            Synthesized stack = ShippedStacks.get(environment);
            String prefix = "ddb-changes-" + environment + "-";

            assertThat(watches(stack, prefix + "processing-failing"))
                    .isEqualTo(
                            "AWS/Firehose ExecuteProcessing.Success Minimum LessThanThreshold 1 notBreaching "
                                    + "{DeliveryStreamName=${aws_kinesis_firehose_delivery_stream.delivery_stream_036AB1BA.name}}");
            assertThat(watches(stack, prefix + "error-objects-written"))
                    .isEqualTo("AWS/S3 PutRequests Sum GreaterThanThreshold 0 notBreaching "
                            + "{BucketName=${aws_s3_bucket_metric.data-bucket_request-metrics-errors_749C0082.bucket}, "
                            + "FilterId=${aws_s3_bucket_metric.data-bucket_request-metrics-errors_749C0082.name}}");
            assertThat(watches(stack, prefix + "stream-writes-throttled"))
                    .isEqualTo("AWS/Kinesis WriteProvisionedThroughputExceeded Sum GreaterThanThreshold 0 notBreaching "
                            + "{StreamName=${aws_kinesis_stream.change-stream_1CA2E620.name}}");
            String table = "{DelegatedOperation=PutRecords, TableName=${aws_dynamodb_table.table_43360BC0.name}}";
            assertThat(watches(stack, prefix + "replication-late"))
                    .isEqualTo(
                            "AWS/DynamoDB AgeOfOldestUnreplicatedRecord Maximum GreaterThanThreshold 300000 notBreaching "
                                    + table);
            assertThat(watches(stack, prefix + "replication-failing"))
                    .isEqualTo("AWS/DynamoDB FailedToReplicateRecordCount Sum GreaterThanThreshold 0 notBreaching "
                            + table);
            assertThat(watches(stack, prefix + "replication-throttled"))
                    .isEqualTo("AWS/DynamoDB ThrottledPutRecordCount Sum GreaterThanThreshold 0 notBreaching " + table);

            JsonNode stopped =
                    stack.resourceWhere("aws_cloudwatch_metric_alarm", "alarm_name", prefix + "replication-stopped");
            assertThat(stopped.path("metric_query").path(0).path("expression").asText())
                    .isEqualTo("IF(input > 0 AND FILL(output, 0) == 0, 1, 0)");
            assertThat(stopped.path("metric_query")
                            .path(1)
                            .path("metric")
                            .path("dimensions")
                            .toString())
                    .isEqualTo("{\"TableName\":\"${aws_dynamodb_table.table_43360BC0.name}\"}");
            assertThat(stopped.path("metric_query")
                            .path(2)
                            .path("metric")
                            .path("dimensions")
                            .toString())
                    .isEqualTo("{\"StreamName\":\"${aws_kinesis_stream.change-stream_1CA2E620.name}\"}");
            assertThat(stopped.path("treat_missing_data").asText()).isEqualTo("notBreaching");

            JsonNode errors = stack.resource("aws_s3_bucket_metric");
            assertThat(errors.path("name").asText()).isEqualTo("errors");
            assertThat(errors.path("filter").path("prefix").asText()).isEqualTo("errors/");
        }
    }

    /**
     * CloudWatch may use the key only for this environment's alarms, each by its exact ARN (a pattern ddb-changes-dev-*
     * would also match an environment named dev-eu), and only for its alarm topic.
     */
    @Test
    void theKeyLetsCloudWatchEncryptOnlyForThisEnvironmentsAlarmsAndTopic() {
        Map.of("dev", "111111111111", "prod", "222222222222").forEach((environment, account) -> {
            JsonNode statement = Synthesized.statement(
                    ShippedStacks.get(environment).resource("aws_kms_key"), "CloudWatchAlarmsPublishToEncryptedTopic");
            String alarm = "arn:aws:cloudwatch:eu-central-1:" + account + ":alarm:ddb-changes-" + environment + "-";

            assertThat(texts(statement.path("Condition").path("ArnEquals").path("aws:SourceArn")))
                    .containsExactly(
                            alarm + "delivery-late",
                            alarm + "delivery-failing",
                            alarm + "processing-failing",
                            alarm + "error-objects-written",
                            alarm + "converter-failed-records",
                            alarm + "converter-errors",
                            alarm + "converter-throttles",
                            alarm + "stream-reader-behind",
                            alarm + "stream-writes-throttled",
                            alarm + "replication-late",
                            alarm + "replication-failing",
                            alarm + "replication-throttled",
                            alarm + "replication-stopped",
                            alarm + "current-state-refresh-failed",
                            alarm + "current-state-refresh-missing");
            assertThat(statement.path("Condition").properties())
                    .extracting(Map.Entry::getKey)
                    .containsExactlyInAnyOrder("ArnEquals", "StringEquals");
            assertThat(statement
                            .path("Condition")
                            .path("StringEquals")
                            .path("kms:EncryptionContext:aws:sns:topicArn")
                            .asText())
                    .isEqualTo("arn:aws:sns:eu-central-1:" + account + ":ddb-changes-" + environment + "-alarms");
        });
    }

    @Test
    void thresholdsFollowTheSettings() {
        Synthesized staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING);

        // 5 rounds of (120 s converter batches + 300 s S3 buffer)
        assertThat(threshold(staging, "delivery-late")).isEqualTo(2100);
        assertThat(threshold(staging, "converter-failed-records")).isEqualTo(10);
        assertThat(threshold(staging, "stream-reader-behind")).isEqualTo(300_000);
        assertThat(threshold(staging, "replication-late")).isEqualTo(900_000);
    }

    private static long threshold(Synthesized stack, String watched) {
        return stack.resources("aws_cloudwatch_metric_alarm").stream()
                .filter(alarm -> alarm.path("alarm_name").asText().endsWith("-" + watched))
                .findFirst()
                .orElseThrow()
                .path("threshold")
                .asLong();
    }

    /**
     * What an alarm compares, in one line: namespace, metric, statistic, operator, threshold, what missing data counts
     * as, and dimensions.
     */
    private static String watches(Synthesized stack, String alarmName) {
        JsonNode alarm = stack.resourceWhere("aws_cloudwatch_metric_alarm", "alarm_name", alarmName);
        Map<String, String> dimensions = new TreeMap<>();
        alarm.path("dimensions")
                .properties()
                .forEach(d -> dimensions.put(d.getKey(), d.getValue().asText()));
        return String.join(
                " ",
                alarm.path("namespace").asText(),
                alarm.path("metric_name").asText(),
                alarm.path("statistic").asText(),
                alarm.path("comparison_operator").asText(),
                alarm.path("threshold").asText().replaceAll("\\.0$", ""),
                alarm.path("treat_missing_data").asText(),
                dimensions.toString());
    }

    private static List<String> names(String environment) {
        return ShippedStacks.get(environment).resources("aws_cloudwatch_metric_alarm").stream()
                .map(alarm -> alarm.path("alarm_name").asText().replaceFirst(".*-" + environment + "-", ""))
                .toList();
    }
}
