package dev.ddbchanges.app.stack;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The alarm topic and the alarms, in every environment. */
class MonitoringTest {
    private static final List<String> ALWAYS = List.of("delivery-late", "delivery-failing",
            "converter-failed-records", "converter-errors", "converter-throttles", "stream-reader-behind");

    @Test
    void theTopicIsEncryptedWithTheKeyAndOnlyThisEnvironmentsAlarmsMayPublish() {
        ShippedStacks.forEach((environment, stack) -> {
            JsonNode topic = stack.resource("aws_sns_topic");
            Map<String, JsonNode> statements = new java.util.HashMap<>();
            Synthesized.policy(stack.resource("aws_sns_topic_policy")).path("Statement")
                    .forEach(statement -> statements.put(statement.path("Sid").asText(), statement));
            JsonNode publish = statements.get("CloudWatchAlarmsOfThisEnvironmentPublish");
            JsonNode tls = statements.get("DenyPublishWithoutTls");
            List<String> alarmArns = stack.resources("aws_cloudwatch_metric_alarm").stream()
                    .map(alarm -> stack.reference("aws_cloudwatch_metric_alarm", alarm, "arn")).toList();

            assertThat(topic.path("name").asText()).endsWith("-" + environment + "-alarms");
            assertThat(topic.path("kms_master_key_id").asText())
                    .isEqualTo(stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"));
            assertThat(statements).hasSize(2);
            assertThat(publish.path("Principal").path("Service").asText()).isEqualTo("cloudwatch.amazonaws.com");
            assertThat(texts(publish.path("Action"))).containsExactly("sns:Publish");
            assertThat(texts(publish.path("Condition").path("ArnEquals").path("aws:SourceArn")))
                    .containsExactlyInAnyOrderElementsOf(alarmArns);
            assertThat(tls.path("Effect").asText()).isEqualTo("Deny");
            assertThat(tls.path("Condition").path("Bool").path("aws:SecureTransport").asText()).isEqualTo("false");
        });
    }

    @Test
    void anEmailIsSubscribedOnlyWhereTheSettingsNameOne() {
        assertThat(ShippedStacks.get("dev").resources("aws_sns_topic_subscription")).isEmpty();
        JsonNode subscription = ShippedStacks.get(ShippedStacks.EVERY_SETTING).resource("aws_sns_topic_subscription");
        assertThat(subscription.path("protocol").asText()).isEqualTo("email");
        assertThat(subscription.path("endpoint").asText()).isEqualTo("data-team@example.com");
    }

    @Test
    void everyAlarmPublishesAlarmAndRecoveryAndOnlyAStreamNobodyReadsCountsSilenceAsFailure() {
        ShippedStacks.forEach((environment, stack) -> {
            String topic = stack.reference("aws_sns_topic", stack.resource("aws_sns_topic"), "arn");
            assertThat(stack.resources("aws_cloudwatch_metric_alarm")).allSatisfy(alarm -> {
                assertThat(texts(alarm.path("alarm_actions"))).containsExactly(topic);
                assertThat(texts(alarm.path("ok_actions"))).containsExactly(topic);
                assertThat(alarm.path("treat_missing_data").asText()).isEqualTo(
                        alarm.path("alarm_name").asText().endsWith("-stream-reader-behind") ? "breaching"
                                : "notBreaching");
                assertThat(alarm.path("period").asInt()).isEqualTo(300);
                assertThat(alarm.path("alarm_description").asText()).isNotBlank();
            });
        });
    }

    @Test
    void theWriteThrottleAlarmExistsOnlyForAProvisionedStream() {
        assertThat(names("dev")).containsExactlyInAnyOrderElementsOf(withThrottles());
        assertThat(names(ShippedStacks.EVERY_SETTING)).containsExactlyInAnyOrderElementsOf(withThrottles());
        assertThat(names("prod")).containsExactlyInAnyOrderElementsOf(ALWAYS);
    }

    @Test
    void eachAlarmWatchesTheRightMetricOfTheRightResource() {
        Synthesized dev = ShippedStacks.get("dev");
        String delivery = dev.reference("aws_kinesis_firehose_delivery_stream",
                dev.resource("aws_kinesis_firehose_delivery_stream"), "name");
        String function = dev.reference("aws_lambda_function", dev.resource("aws_lambda_function"), "function_name");
        String stream = dev.reference("aws_kinesis_stream", dev.resource("aws_kinesis_stream"), "name");

        assertAlarm(dev, "delivery-late", "AWS/Firehose", "DeliveryToS3.DataFreshness",
                Map.of("DeliveryStreamName", delivery), "Maximum", "GreaterThanThreshold", 360);
        assertAlarm(dev, "delivery-failing", "AWS/Firehose", "DeliveryToS3.Success",
                Map.of("DeliveryStreamName", delivery), "Minimum", "LessThanThreshold", 1);
        assertAlarm(dev, "converter-failed-records", "DdbChangeAnalytics/Converter", "RecordsProcessingFailed",
                Map.of("FunctionName", function), "Sum", "GreaterThanThreshold", 0);
        assertAlarm(dev, "converter-errors", "AWS/Lambda", "Errors", Map.of("FunctionName", function), "Sum",
                "GreaterThanThreshold", 0);
        assertAlarm(dev, "converter-throttles", "AWS/Lambda", "Throttles", Map.of("FunctionName", function), "Sum",
                "GreaterThanThreshold", 0);
        assertAlarm(dev, "stream-reader-behind", "AWS/Kinesis", "GetRecords.IteratorAgeMilliseconds",
                Map.of("StreamName", stream), "Maximum", "GreaterThanThreshold", 600_000);
        assertAlarm(dev, "stream-writes-throttled", "AWS/Kinesis", "WriteProvisionedThroughputExceeded",
                Map.of("StreamName", stream), "Sum", "GreaterThanThreshold", 0);
    }

    @Test
    void thresholdsFollowTheSettings() {
        Synthesized staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING);

        // 5 rounds of (120 s converter batches + 300 s S3 buffer)
        assertThat(threshold(staging, "delivery-late")).isEqualTo(2100);
        assertThat(threshold(staging, "converter-failed-records")).isEqualTo(10);
        assertThat(threshold(staging, "stream-reader-behind")).isEqualTo(300_000);
    }

    private static void assertAlarm(Synthesized stack, String watched, String namespace, String metric,
            Map<String, String> dimensions, String statistic, String comparison, long threshold) {
        JsonNode alarm = stack.resourceWhere("aws_cloudwatch_metric_alarm", "alarm_name", "ddb-changes-dev-" + watched);
        assertThat(alarm.path("namespace").asText()).as(watched).isEqualTo(namespace);
        assertThat(alarm.path("metric_name").asText()).as(watched).isEqualTo(metric);
        assertThat(alarm.path("dimensions").properties()).as(watched).hasSize(dimensions.size());
        dimensions.forEach((name, value) -> assertThat(alarm.path("dimensions").path(name).asText()).as(watched)
                .isEqualTo(value));
        assertThat(alarm.path("statistic").asText()).as(watched).isEqualTo(statistic);
        assertThat(alarm.path("comparison_operator").asText()).as(watched).isEqualTo(comparison);
        assertThat(alarm.path("threshold").asLong()).as(watched).isEqualTo(threshold);
    }

    private static long threshold(Synthesized stack, String watched) {
        return stack.resources("aws_cloudwatch_metric_alarm").stream()
                .filter(alarm -> alarm.path("alarm_name").asText().endsWith("-" + watched)).findFirst()
                .orElseThrow().path("threshold").asLong();
    }

    private static List<String> names(String environment) {
        return ShippedStacks.get(environment).resources("aws_cloudwatch_metric_alarm").stream()
                .map(alarm -> alarm.path("alarm_name").asText().replaceFirst(".*-" + environment + "-", ""))
                .toList();
    }

    private static List<String> withThrottles() {
        return Stream.concat(ALWAYS.stream(), Stream.of("stream-writes-throttled"))
                .toList();
    }
}
