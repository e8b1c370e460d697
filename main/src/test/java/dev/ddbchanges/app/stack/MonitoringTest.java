package dev.ddbchanges.app.stack;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The alarm topic and the alarms, in every environment. */
class MonitoringTest {
    private static final List<String> ALWAYS = List.of(
            "delivery-late",
            "delivery-failing",
            "converter-failed-records",
            "converter-errors",
            "converter-throttles",
            "stream-reader-behind");

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

    @Test
    void theWriteThrottleAlarmExistsOnlyForAProvisionedStream() {
        assertThat(names("dev")).containsExactlyInAnyOrderElementsOf(withThrottles());
        assertThat(names(ShippedStacks.EVERY_SETTING)).containsExactlyInAnyOrderElementsOf(withThrottles());
        assertThat(names("prod")).containsExactlyInAnyOrderElementsOf(ALWAYS);
    }

    @Test
    void thresholdsFollowTheSettings() {
        Synthesized staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING);

        // 5 rounds of (120 s converter batches + 300 s S3 buffer)
        assertThat(threshold(staging, "delivery-late")).isEqualTo(2100);
        assertThat(threshold(staging, "converter-failed-records")).isEqualTo(10);
        assertThat(threshold(staging, "stream-reader-behind")).isEqualTo(300_000);
    }

    private static long threshold(Synthesized stack, String watched) {
        return stack.resources("aws_cloudwatch_metric_alarm").stream()
                .filter(alarm -> alarm.path("alarm_name").asText().endsWith("-" + watched))
                .findFirst()
                .orElseThrow()
                .path("threshold")
                .asLong();
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
