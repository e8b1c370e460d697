package dev.ddbchanges.app.constructs.monitoring;

import com.hashicorp.cdktf.Lazy;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmConfig;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopic;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopicConfig;
import com.hashicorp.cdktf.providers.aws.sns_topic_policy.SnsTopicPolicy;
import com.hashicorp.cdktf.providers.aws.sns_topic_policy.SnsTopicPolicyConfig;
import com.hashicorp.cdktf.providers.aws.sns_topic_subscription.SnsTopicSubscription;
import com.hashicorp.cdktf.providers.aws.sns_topic_subscription.SnsTopicSubscriptionConfig;
import dev.ddbchanges.app.config.MonitoringSettings;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.iam.PolicyDocument;
import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import software.constructs.Construct;

/**
 * The alarms that say a change did not reach the table, and the encrypted topic they publish to. Each alarm watches a
 * metric its construct names ({@code delivery.metricDataFreshness()}); this construct only says when it is alarming.
 * Missing data is fine for every alarm but the stream reader's: an idle table sends no metrics, and that is not a
 * failure.
 */
public final class PipelineAlarms extends Construct {
    static final int PERIOD_SECONDS = 300;

    private final SnsTopic topic;
    private final UnaryOperator<String> alarmName;
    private final List<String> alarmArns = new ArrayList<>();

    public PipelineAlarms(Construct scope, String id, PipelineAlarmsProps props) {
        super(scope, id);
        alarmName = props.alarmName();
        topic = new SnsTopic(
                this,
                "topic",
                SnsTopicConfig.builder()
                        .name(props.topicName())
                        .kmsMasterKeyId(props.key().arn())
                        .build());
        restrictPublishing();
        MonitoringSettings settings = props.settings();
        settings.email()
                .ifPresent(email -> new SnsTopicSubscription(
                        this,
                        "email",
                        SnsTopicSubscriptionConfig.builder()
                                .topicArn(topic.getArn())
                                .protocol("email")
                                .endpoint(email)
                                .build()));

        alarm(
                "delivery-late",
                "Firehose holds data older than " + settings.freshnessMultiple()
                        + " buffer rounds: delivery to S3 is stuck or failing",
                props.delivery().metricDataFreshness(),
                "GreaterThanThreshold",
                settings.freshnessAlarmSeconds(props.delivery().bufferRoundSeconds()));
        alarm(
                "delivery-failing",
                "Some Firehose deliveries to S3 failed; Firehose retries, then writes under errors/",
                props.delivery().metricDeliverySuccess(),
                "LessThanThreshold",
                1);

        alarm(
                "converter-failed-records",
                "The converter returned ProcessingFailed for records: they are under "
                        + "errors/processing-failed/, not in the table",
                props.converter().metricFailedRecords(),
                "GreaterThanThreshold",
                settings.failedRecordsThreshold());
        alarm(
                "converter-errors",
                "Converter invocations failed: Firehose retries the batch, then writes it under errors/",
                props.converter().metricErrors(),
                "GreaterThanThreshold",
                0);
        alarm(
                "converter-throttles",
                "Converter invocations were throttled: delivery slows down and may fail",
                props.converter().metricThrottles(),
                "GreaterThanThreshold",
                0);

        // Firehose polls the stream even when the table is idle, so this metric only goes missing when nothing
        // reads the stream at all: silence here is the pipeline having stopped, and fires the alarm.
        alarm(
                "stream-reader-behind",
                "Firehose reads the change stream more than " + settings.iteratorAgeSeconds()
                        + " s behind, or not at all: changes expire after the retention",
                props.stream().metricIteratorAge(),
                "GreaterThanThreshold",
                settings.iteratorAgeSeconds() * 1000L,
                "breaching");
        props.stream()
                .metricWriteThrottles()
                .ifPresent(throttles -> alarm(
                        "stream-writes-throttled",
                        "DynamoDB's writes to the provisioned stream exceed its shards: add shards or switch to "
                                + "ON_DEMAND",
                        throttles,
                        "GreaterThanThreshold",
                        0));
    }

    public String topicArn() {
        return topic.getArn();
    }

    /**
     * Only this environment's alarms may publish, and only over TLS. The policy is written when the stack is
     * synthesized (a cdktf {@link Lazy} value), from every alarm declared by then: no alarm can be added after the
     * policy and be left out of it.
     */
    private void restrictPublishing() {
        new SnsTopicPolicy(
                this,
                "topic-policy",
                SnsTopicPolicyConfig.builder()
                        .arn(topic.getArn())
                        .policy(Lazy.stringValue(context -> PolicyDocument.of(
                                PolicyStatement.allow("CloudWatchAlarmsOfThisEnvironmentPublish")
                                        .withServicePrincipal("cloudwatch.amazonaws.com")
                                        .withActions("sns:Publish")
                                        .withResources(topic.getArn())
                                        .withCondition("ArnEquals", "aws:SourceArn", List.copyOf(alarmArns)),
                                PolicyStatement.deny("DenyPublishWithoutTls")
                                        .withAnyPrincipal()
                                        .withActions("sns:Publish")
                                        .withResources(topic.getArn())
                                        .withCondition("Bool", "aws:SecureTransport", "false"))))
                        .build());
    }

    private void alarm(String watched, String description, Metric metric, String comparison, long threshold) {
        // An idle table sends no metrics, and that is not a failure.
        alarm(watched, description, metric, comparison, threshold, "notBreaching");
    }

    private void alarm(
            String watched, String description, Metric metric, String comparison, long threshold, String missingData) {
        CloudwatchMetricAlarm alarm = new CloudwatchMetricAlarm(
                this,
                watched,
                CloudwatchMetricAlarmConfig.builder()
                        .alarmName(alarmName.apply(watched))
                        .alarmDescription(description)
                        .namespace(metric.namespace())
                        .metricName(metric.name())
                        .dimensions(metric.dimensions())
                        .statistic(metric.statistic())
                        .period(PERIOD_SECONDS)
                        .evaluationPeriods(1)
                        .comparisonOperator(comparison)
                        .threshold(threshold)
                        .treatMissingData(missingData)
                        .alarmActions(List.of(topic.getArn()))
                        .okActions(List.of(topic.getArn()))
                        .build());
        alarmArns.add(alarm.getArn());
    }
}
