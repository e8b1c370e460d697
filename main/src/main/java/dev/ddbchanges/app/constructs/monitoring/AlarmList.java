package dev.ddbchanges.app.constructs.monitoring;

import static dev.ddbchanges.app.constructs.monitoring.Watched.GREATER;
import static dev.ddbchanges.app.constructs.monitoring.Watched.LESS;
import static dev.ddbchanges.app.constructs.monitoring.Watched.quietWhenIdle;

import dev.ddbchanges.app.config.MonitoringSettings;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every way a change can fail to reach the table, from DynamoDB's write to the stream to the object in S3, as the
 * alarms that say so. Each description says what firing means, then what to look at first (docs/operations.md has
 * the commands).
 */
final class AlarmList {
    /** What the pipeline's own alarms watch, in the order {@link #of} and {@link #silences} declare them. */
    private static final List<String> PIPELINE = List.of(
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

    /** The refresh machine's alarms, where the current-state table is on, in the order {@link #refresh} declares. */
    private static final List<String> REFRESH =
            List.of("current-state-refresh-failed", "current-state-refresh-missing");

    private AlarmList() {}

    /**
     * What every alarm watches, in the order {@link #of}, {@link #silences} and {@link #refresh} declare them: the key
     * policy lists the alarms by name before they exist, and {@link PipelineAlarms} refuses a set that differs.
     */
    static List<String> watched(boolean refreshOn) {
        return refreshOn ? Stream.concat(PIPELINE.stream(), REFRESH.stream()).toList() : PIPELINE;
    }

    /**
     * A run that fails, times out or is aborted fails it; so does a run skipped because the one before is still
     * going. The second fires when no run succeeded for two intervals: the schedule stopped starting runs, or every
     * run fails.
     */
    static List<Summed> refreshFailures(PipelineAlarmsProps props) {
        return props.refresh()
                .map(refresh -> List.of(new Summed(
                        "current-state-refresh-failed",
                        "A run of the current-state refresh machine failed, timed out or was aborted, or was "
                                + "skipped (error RefreshSkipped) because the run before it was still going: "
                                + "current_state lags until a run succeeds (each run reads two intervals back, so "
                                + "one lost run loses nothing). First: the failed run's event history "
                                + "(aws stepfunctions list-executions --status-filter FAILED, then "
                                + "get-execution-history) names the failed state and the Athena error; fix it, and "
                                + "if the table is wrong, ./ddb-changes rebuild-current-state",
                        refresh.metricUnsuccessfulRuns())))
                .orElse(List.of());
    }

    static List<Watched> refresh(PipelineAlarmsProps props) {
        return props.refresh()
                .map(refresh -> List.of(new Watched(
                        "current-state-refresh-missing",
                        "No run of the current-state refresh machine succeeded for two refresh intervals: the "
                                + "schedule is not starting it, or every run fails. current_state is stale. First: "
                                + "the current-state-refresh-failed alarm and the machine's runs "
                                + "(aws stepfunctions list-executions), then the refresh schedule and its role",
                        refresh.metricSucceededRuns(),
                        LESS,
                        1,
                        "breaching",
                        refresh.intervalSeconds(),
                        2)))
                .orElse(List.of());
    }

    /**
     * The replication alarms above watch metrics DynamoDB sends only while it writes to the stream: when it stops
     * altogether, they go quiet, and Firehose reads an empty stream without complaint. Only the table's writes
     * without any record arriving say so.
     */
    static List<Silence> silences(PipelineAlarmsProps props) {
        return List.of(new Silence(
                "replication-stopped",
                "The table took writes for two 5-minute periods in a row while the change stream received no "
                        + "record: DynamoDB has stopped writing changes to the stream (its Kinesis streaming "
                        + "destination DISABLED or ENABLE_FAILED, or the stream's key or policy shutting it out), "
                        + "and no other alarm sees that. Changes made meanwhile are not in the stream and cannot "
                        + "be re-driven. Known false alarms: conditional writes that fail, and writes that change "
                        + "nothing, consume capacity but make no change record. First: the table's Kinesis "
                        + "streaming destination status (describe-kinesis-streaming-destination), then the key "
                        + "policy and CloudTrail for denied KMS or Kinesis calls by DynamoDB",
                props.table().metricWrites(),
                props.stream().metricIncomingRecords()));
    }

    static List<Watched> of(PipelineAlarmsProps props) {
        MonitoringSettings settings = props.settings();
        int lateSeconds = settings.freshnessAlarmSeconds(props.delivery().bufferRoundSeconds());
        return List.of(
                quietWhenIdle(
                        "delivery-late",
                        "Firehose holds data older than " + settings.freshnessMultiple()
                                + " buffer rounds: delivery to S3 is stuck or failing. First: the delivery-failing "
                                + "and processing-failing alarms, then the delivery stream's log group",
                        props.delivery().metricDataFreshness(),
                        GREATER,
                        lateSeconds),
                quietWhenIdle(
                        "delivery-failing",
                        "Some Firehose deliveries to S3 failed. Firehose retries for up to 24 hours, then drops the "
                                + "data (nothing goes under errors/): fix it within the day. First: the delivery "
                                + "stream's log group (S3 or KMS access denied)",
                        props.delivery().metricDeliverySuccess(),
                        LESS,
                        1),
                quietWhenIdle(
                        "processing-failing",
                        "A converter invocation by Firehose failed (request over Lambda's 6 MB, access denied, a "
                                + "response it rejects, a converter error); a retry that then succeeds fires it too. "
                                + "If Firehose's retries ran out, the whole batch is under errors/processing-failed/, "
                                + "not in the table. First: the delivery stream's log group names the error code, and "
                                + "error-objects-written says whether anything went under errors/; fix it, then "
                                + "re-drive",
                        props.delivery().metricProcessingSuccess(),
                        LESS,
                        1),
                quietWhenIdle(
                        "error-objects-written",
                        "Objects were written under errors/ of the data bucket: changes that are not in the table "
                                + "(S3 request metrics, by the minute, best effort). First: the failures-by-hour "
                                + "query over delivery_errors for the error codes; fix the cause, then re-drive",
                        props.delivery().metricErrorObjectsWritten(),
                        GREATER,
                        0),
                quietWhenIdle(
                        "converter-failed-records",
                        "The converter returned ProcessingFailed for records: they are under "
                                + "errors/processing-failed/, not in the table. First: the converter's log group "
                                + "names each reason; fix the converter or the data, then re-drive",
                        props.converter().metricFailedRecords(),
                        GREATER,
                        settings.failedRecordsThreshold()),
                quietWhenIdle(
                        "converter-errors",
                        "Converter invocations failed: Firehose retries the batch, then writes it under errors/. "
                                + "First: the converter's log group (the exception)",
                        props.converter().metricErrors(),
                        GREATER,
                        0),
                quietWhenIdle(
                        "converter-throttles",
                        "Converter invocations were throttled: delivery slows down and may fail. First: the "
                                + "account's Lambda concurrency and converterReservedConcurrency",
                        props.converter().metricThrottles(),
                        GREATER,
                        0),
                // Firehose polls the stream even when the table is idle, so this metric only goes missing when nothing
                // reads the stream at all: silence here is the pipeline having stopped, and fires the alarm.
                new Watched(
                        "stream-reader-behind",
                        "Firehose reads the change stream more than " + settings.iteratorAgeSeconds()
                                + " s behind, or not at all: changes expire after the retention. First: the "
                                + "delivery stream's status and log group",
                        props.stream().metricIteratorAge(),
                        GREATER,
                        settings.iteratorAgeSeconds() * 1000L,
                        "breaching"),
                quietWhenIdle(
                        "stream-writes-throttled",
                        "The change stream refused writes beyond its capacity (a provisioned stream's shards; "
                                + "twice an on-demand stream's previous peak): changes arrive late. First: add "
                                + "shards or switch to ON_DEMAND; on demand, see whether the table's write rate "
                                + "jumped",
                        props.stream().metricWriteThrottles(),
                        GREATER,
                        0),
                // DynamoDB sends these only when they are not zero, so an idle table and a healthy one look alike.
                quietWhenIdle(
                        "replication-late",
                        "DynamoDB has held a change more than " + settings.replicationAgeSeconds()
                                + " s without writing it to the stream (throttled, or shut out by the stream's key or "
                                + "policy): Firehose sees nothing, so no other alarm fires. First: the "
                                + "replication-throttled alarm, then the table's Kinesis streaming destination status",
                        props.stream().metricReplicationAge(),
                        GREATER,
                        settings.replicationAgeSeconds() * 1000L),
                quietWhenIdle(
                        "replication-failing",
                        "DynamoDB skipped changes it could not write to the stream (a change record over Kinesis's "
                                + "1 MB): they never reach the table and cannot be re-driven. First: find the large "
                                + "items written then; only writing them again brings them in",
                        props.stream().metricReplicationFailures(),
                        GREATER,
                        0),
                quietWhenIdle(
                        "replication-throttled",
                        "The change stream throttled DynamoDB's writes; DynamoDB retries, so changes arrive late. "
                                + "First: as stream-writes-throttled (shards, or the on-demand peak)",
                        props.stream().metricReplicationThrottles(),
                        GREATER,
                        0));
    }
}
