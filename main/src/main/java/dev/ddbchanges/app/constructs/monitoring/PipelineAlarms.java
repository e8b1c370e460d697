package dev.ddbchanges.app.constructs.monitoring;

import com.hashicorp.cdktf.Lazy;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarm;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmConfig;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmMetricQuery;
import com.hashicorp.cdktf.providers.aws.cloudwatch_metric_alarm.CloudwatchMetricAlarmMetricQueryMetric;
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
 * Which alarms there are, and why each fires, is {@link AlarmList}'s.
 */
public final class PipelineAlarms extends Construct {
    static final int PERIOD_SECONDS = 300;
    /**
     * A write at the end of one period may reach the stream in the next: a silence must last two periods to count.
     */
    static final int SILENT_PERIODS = 2;
    /** 1 where the input is busy and no output arrived (no output data at all counts as none), else 0. */
    static final String SILENCE_EXPRESSION = "IF(input > 0 AND FILL(output, 0) == 0, 1, 0)";

    private final SnsTopic topic;
    private final UnaryOperator<String> alarmName;
    private final List<String> alarmArns = new ArrayList<>();
    private final List<String> declared = new ArrayList<>();

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

        AlarmList.of(props).forEach(this::alarm);
        AlarmList.silences(props).forEach(this::alarm);
        AlarmList.refreshFailures(props).forEach(this::alarm);
        AlarmList.refresh(props).forEach(this::alarm);
        List<String> expected = AlarmList.watched(props.refresh().isPresent());
        if (!declared.equals(expected)) {
            throw new IllegalStateException(
                    "AlarmList.watched " + expected + " differs from the alarms declared " + declared);
        }
    }

    /**
     * The names of every alarm a set built with {@code alarmName} has, known before any of them exists: what the key
     * policy needs, since the topic refers to the key and a reference back would be a cycle.
     *
     * @param refreshOn the environment has the current-state table, whose refresh machine has alarms of its own
     */
    public static List<String> alarmNames(UnaryOperator<String> alarmName, boolean refreshOn) {
        return AlarmList.watched(refreshOn).stream().map(alarmName).toList();
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

    private void alarm(Watched watched) {
        Metric metric = watched.metric();
        CloudwatchMetricAlarm alarm = new CloudwatchMetricAlarm(
                this,
                watched.watched(),
                CloudwatchMetricAlarmConfig.builder()
                        .alarmName(alarmName.apply(watched.watched()))
                        .alarmDescription(watched.description())
                        .namespace(metric.namespace())
                        .metricName(metric.name())
                        .dimensions(metric.dimensions())
                        .statistic(metric.statistic())
                        .period(watched.periodSeconds())
                        .evaluationPeriods(watched.evaluationPeriods())
                        .comparisonOperator(watched.comparison())
                        .threshold(watched.threshold())
                        .treatMissingData(watched.missingData())
                        .alarmActions(List.of(topic.getArn()))
                        .okActions(List.of(topic.getArn()))
                        .build());
        published(watched.watched(), alarm);
    }

    /** No data is an idle table: neither busy nor silent. */
    private void alarm(Silence silence) {
        aboveZero(
                silence.watched(),
                silence.description(),
                List.of(
                        CloudwatchMetricAlarmMetricQuery.builder()
                                .id("silent")
                                .expression(SILENCE_EXPRESSION)
                                .label(silence.watched())
                                .returnData(true)
                                .build(),
                        query("input", silence.input()),
                        query("output", silence.output())),
                SILENT_PERIODS);
    }

    private void alarm(Summed summed) {
        List<CloudwatchMetricAlarmMetricQuery> queries = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (Metric metric : summed.metrics()) {
            String id = "m" + queries.size();
            terms.add("FILL(" + id + ", 0)");
            queries.add(query(id, metric));
        }
        queries.add(
                0,
                CloudwatchMetricAlarmMetricQuery.builder()
                        .id("total")
                        .expression(String.join(" + ", terms))
                        .label(summed.watched())
                        .returnData(true)
                        .build());
        aboveZero(summed.watched(), summed.description(), queries, 1);
    }

    /**
     * An alarm on metric math that fires when the returned expression is above zero for {@code periods} periods in a
     * row; no data is no such event.
     */
    private void aboveZero(
            String watched, String description, List<CloudwatchMetricAlarmMetricQuery> queries, int periods) {
        CloudwatchMetricAlarm alarm = new CloudwatchMetricAlarm(
                this,
                watched,
                CloudwatchMetricAlarmConfig.builder()
                        .alarmName(alarmName.apply(watched))
                        .alarmDescription(description)
                        .metricQuery(queries)
                        .evaluationPeriods(periods)
                        .datapointsToAlarm(periods)
                        .comparisonOperator(Watched.GREATER)
                        .threshold(0)
                        .treatMissingData("notBreaching")
                        .alarmActions(List.of(topic.getArn()))
                        .okActions(List.of(topic.getArn()))
                        .build());
        published(watched, alarm);
    }

    private static CloudwatchMetricAlarmMetricQuery query(String id, Metric metric) {
        return CloudwatchMetricAlarmMetricQuery.builder()
                .id(id)
                .metric(CloudwatchMetricAlarmMetricQueryMetric.builder()
                        .namespace(metric.namespace())
                        .metricName(metric.name())
                        .dimensions(metric.dimensions())
                        .stat(metric.statistic())
                        .period(PERIOD_SECONDS)
                        .build())
                .returnData(false)
                .build();
    }

    private void published(String what, CloudwatchMetricAlarm alarm) {
        declared.add(what);
        alarmArns.add(alarm.getArn());
    }
}
