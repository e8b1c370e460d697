package dev.ddbchanges.app.constructs.monitoring;

import dev.ddbchanges.contract.ConverterMetrics;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmConfig;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopic;
import com.hashicorp.cdktf.providers.aws.sns_topic.SnsTopicConfig;
import com.hashicorp.cdktf.providers.aws.sns_topic_policy.SnsTopicPolicy;
import com.hashicorp.cdktf.providers.aws.sns_topic_policy.SnsTopicPolicyConfig;
import com.hashicorp.cdktf.providers.aws.sns_topic_subscription.SnsTopicSubscription;
import com.hashicorp.cdktf.providers.aws.sns_topic_subscription.SnsTopicSubscriptionConfig;
import dev.ddbchanges.app.iam.PolicyDocument;
import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * The alarms that say a change did not reach the table, and the encrypted topic they publish to. Missing data is
 * fine for every alarm but the stream reader's: an idle table sends no metrics, and that is not a failure.
 */
public final class PipelineAlarms extends Construct {
    static final int PERIOD_SECONDS = 300;

    private final SnsTopic topic;
    private final PipelineAlarmsProps props;
    private final List<String> alarmArns = new ArrayList<>();

    public PipelineAlarms(Construct scope, String id, PipelineAlarmsProps props) {
        super(scope, id);
        this.props = props;
        topic = new SnsTopic(this, "topic", SnsTopicConfig.builder()
                .name(props.topicName())
                .kmsMasterKeyId(props.key().arn())
                .build());
        props.settings().email().ifPresent(email -> new SnsTopicSubscription(this, "email",
                SnsTopicSubscriptionConfig.builder()
                        .topicArn(topic.getArn())
                        .protocol("email")
                        .endpoint(email)
                        .build()));

        String delivery = props.delivery().name();
        int roundSeconds = props.deliverySettings().processorBufferIntervalSeconds()
                + props.deliverySettings().bufferingIntervalSeconds();
        alarm("delivery-late", "Firehose holds data older than " + props.settings().freshnessMultiple()
                        + " buffer rounds: delivery to S3 is stuck or failing",
                "AWS/Firehose", "DeliveryToS3.DataFreshness", Map.of("DeliveryStreamName", delivery), "Maximum",
                "GreaterThanThreshold", props.settings().freshnessMultiple() * roundSeconds);
        alarm("delivery-failing", "Some Firehose deliveries to S3 failed; Firehose retries, then writes under errors/",
                "AWS/Firehose", "DeliveryToS3.Success", Map.of("DeliveryStreamName", delivery), "Minimum",
                "LessThanThreshold", 1);

        String function = props.converter().functionName();
        alarm("converter-failed-records", "The converter returned ProcessingFailed for records: they are under "
                        + "errors/processing-failed/, not in the table",
                ConverterMetrics.DEFAULT_NAMESPACE,
                ConverterMetrics.RECORDS_PROCESSING_FAILED, Map.of(ConverterMetrics.DIMENSION, function),
                "Sum", "GreaterThanThreshold", props.settings().failedRecordsThreshold());
        alarm("converter-errors", "Converter invocations failed: Firehose retries the batch, then writes it under "
                        + "errors/", "AWS/Lambda", "Errors", Map.of("FunctionName", function), "Sum",
                "GreaterThanThreshold", 0);
        alarm("converter-throttles", "Converter invocations were throttled: delivery slows down and may fail",
                "AWS/Lambda", "Throttles", Map.of("FunctionName", function), "Sum", "GreaterThanThreshold", 0);

        String stream = props.stream().name();
        // Firehose polls the stream even when the table is idle, so this metric only goes missing when nothing
        // reads the stream at all: silence here is the pipeline having stopped, and fires the alarm.
        alarm("stream-reader-behind", "Firehose reads the change stream more than "
                        + props.settings().iteratorAgeSeconds() + " s behind, or not at all: changes expire after "
                        + "the retention", "AWS/Kinesis", "GetRecords.IteratorAgeMilliseconds",
                Map.of("StreamName", stream), "Maximum", "GreaterThanThreshold",
                props.settings().iteratorAgeSeconds() * 1000L, "breaching");
        if (props.streamProvisioned()) {
            alarm("stream-writes-throttled", "DynamoDB's writes to the provisioned stream exceed its shards: add "
                            + "shards or switch to ON_DEMAND", "AWS/Kinesis", "WriteProvisionedThroughputExceeded",
                    Map.of("StreamName", stream), "Sum", "GreaterThanThreshold", 0);
        }
        restrictPublishing();
    }

    /** Only this environment's alarms may publish, and only over TLS. */
    private void restrictPublishing() {
        new SnsTopicPolicy(this, "topic-policy", SnsTopicPolicyConfig.builder()
                .arn(topic.getArn())
                .policy(PolicyDocument.of(
                        PolicyStatement.allow("CloudWatchAlarmsOfThisEnvironmentPublish")
                                .withServicePrincipal("cloudwatch.amazonaws.com")
                                .withActions("sns:Publish")
                                .withResources(topic.getArn())
                                .withCondition("ArnEquals", "aws:SourceArn", alarmArns),
                        PolicyStatement.deny("DenyPublishWithoutTls")
                                .withAnyPrincipal()
                                .withActions("sns:Publish")
                                .withResources(topic.getArn())
                                .withCondition("Bool", "aws:SecureTransport", "false")))
                .build());
    }

    public String topicArn() {
        return topic.getArn();
    }

    private void alarm(String watched, String description, String namespace, String metric,
            Map<String, String> dimensions, String statistic, String comparison, long threshold) {
        // An idle table sends no metrics, and that is not a failure.
        alarm(watched, description, namespace, metric, dimensions, statistic, comparison, threshold, "notBreaching");
    }

    private void alarm(String watched, String description, String namespace, String metric,
            Map<String, String> dimensions, String statistic, String comparison, long threshold,
            String missingData) {
        CloudwatchMetricAlarm alarm = new CloudwatchMetricAlarm(this, watched, CloudwatchMetricAlarmConfig.builder()
                .alarmName(props.alarmName().apply(watched))
                .alarmDescription(description)
                .namespace(namespace)
                .metricName(metric)
                .dimensions(dimensions)
                .statistic(statistic)
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
