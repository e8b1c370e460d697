package dev.ddbchanges.app.constructs.refresh;

import com.hashicorp.cdktf.providers.aws.scheduler_schedule.SchedulerSchedule;
import com.hashicorp.cdktf.providers.aws.scheduler_schedule.SchedulerScheduleConfig;
import com.hashicorp.cdktf.providers.aws.scheduler_schedule.SchedulerScheduleFlexibleTimeWindow;
import com.hashicorp.cdktf.providers.aws.scheduler_schedule.SchedulerScheduleTarget;
import com.hashicorp.cdktf.providers.aws.scheduler_schedule.SchedulerScheduleTargetRetryPolicy;
import com.hashicorp.cdktf.providers.aws.sfn_state_machine.SfnStateMachine;
import com.hashicorp.cdktf.providers.aws.sfn_state_machine.SfnStateMachineConfig;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.catalog.ChangeCatalog;
import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema;
import dev.ddbchanges.app.constructs.catalog.CurrentStateTableSchema;
import dev.ddbchanges.app.constructs.encryption.EncryptionContext;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import dev.ddbchanges.app.iam.PolicyStatement;
import dev.ddbchanges.app.iam.ServiceRole;
import dev.ddbchanges.app.iam.ServiceRoleProps;
import dev.ddbchanges.app.queries.RefreshTarget;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * Keeps the Iceberg table {@code current_state} current: EventBridge Scheduler starts a Step Functions Standard
 * state machine every interval, on the clock in UTC, whose Athena tasks wait for each query, so a failed query fails
 * the run and the run's metrics say so. The run at 00:00 UTC also maintains the table: one schedule, so maintenance
 * never meets a refresh still going (which would fail one of them as skipped, and alarm). Step Functions sits between the schedule and Athena because
 * Scheduler can only start a query, not wait for it or run a second one after it.
 *
 * <p>The table itself is not a Terraform resource: Athena creates it (the first run's CREATE TABLE IF NOT EXISTS), and
 * every commit rewrites its metadata location in the catalog, which Terraform would otherwise undo at each apply.
 *
 * <p>No CloudWatch Logs and no X-Ray: a Standard workflow keeps each run's full event history (every state's input,
 * output and error) for 90 days, which is what an operator reads after an alarm; log delivery would need
 * logs:CreateLogDelivery and its siblings on Resource "*", and a trace of a handful of Athena calls says nothing the
 * history's timestamps do not.
 */
public final class CurrentStateRefresh extends Construct {
    /** A run must end a minute before the next is due, or that one is skipped (and alarms). */
    static final int MARGIN_SECONDS = 60;
    /** Scheduler's own retries of a start that failed (throttled, or Step Functions unavailable). */
    static final int START_RETRIES = 3;

    private final SfnStateMachine stateMachine;
    private final String stateMachineArn;
    private final int intervalSeconds;

    public CurrentStateRefresh(Construct scope, String id, CurrentStateRefreshProps props) {
        super(scope, id);
        intervalSeconds = props.refreshMinutes() * 60;
        ChangeCatalog catalog = props.changes().catalog();
        SecureBucket bucket = props.changes().bucket();
        stateMachineArn = "arn:aws:states:" + props.region() + ":" + props.accountId() + ":stateMachine:"
                + props.stateMachineName();
        ServiceRole role = new ServiceRole(
                this,
                "role",
                new ServiceRoleProps(
                        props.roleName(),
                        "Lets the state machine " + props.stateMachineName() + " refresh the current-state table",
                        "states.amazonaws.com",
                        List.of(
                                new ServiceRoleProps.TrustCondition(
                                        "StringEquals", "aws:SourceAccount", props.accountId()),
                                new ServiceRoleProps.TrustCondition("ArnLike", "aws:SourceArn", stateMachineArn))));
        props.workgroup().grantRunQueries(role, props.accountId(), props.region());
        catalog.grantQueryInto(role, props.changes().arn(), catalog.tableArn(CurrentStateTableSchema.NAME));
        bucket.grantRead(role, "read-changes", props.changes().dataPrefix());
        // VACUUM deletes the files no snapshot needs; OPTIMIZE and every merge write new ones.
        bucket.grantOwn(role, "own-current-state", CurrentStateRefreshProps.TABLE_PREFIX);
        role.grant(
                this,
                "guard-and-encrypt",
                // Its own ARN from names: a reference to the state machine would be a cycle (it names this role).
                PolicyStatement.allow("CountOwnRunningExecutions")
                        .withActions("states:ListExecutions")
                        .withResources(stateMachineArn),
                props.key()
                        .grantUseVia(
                                "EncryptOwnHistory",
                                EncryptionContext.stateMachine(stateMachineArn),
                                "kms:Decrypt",
                                "kms:GenerateDataKey"));

        int timeoutSeconds = intervalSeconds - MARGIN_SECONDS;
        RefreshTarget target = new RefreshTarget(
                ChangeTableSchema.NAME,
                CurrentStateTableSchema.NAME,
                "s3://" + bucket.name() + "/" + CurrentStateRefreshProps.TABLE_PREFIX,
                props.window());
        stateMachine = new SfnStateMachine(
                this,
                "state-machine",
                SfnStateMachineConfig.builder()
                        .name(props.stateMachineName())
                        .type("STANDARD")
                        .roleArn(role.arn())
                        // The provider has Step Functions validate a definition it knows at plan time, an API call an
                        // offline plan cannot make; naming the workgroup by its id, unknown until the workgroup
                        // exists, leaves a plan that creates both to Step Functions' own check at apply.
                        .definition(new RefreshDefinition(
                                        props.workgroup().nameOnceCreated(),
                                        catalog.databaseLiteral(),
                                        target,
                                        timeoutSeconds)
                                .json())
                        .build());
        // Provider 5.100 has this block; the 18.0.3 bindings were generated before it.
        stateMachine.addOverride(
                "encryption_configuration",
                Map.of(
                        "type",
                        "CUSTOMER_MANAGED_KMS_KEY",
                        "kms_key_id",
                        props.key().arn(),
                        "kms_data_key_reuse_period_seconds",
                        300));
        schedule(props);
    }

    private void schedule(CurrentStateRefreshProps props) {
        String scheduleArn = "arn:aws:scheduler:" + props.region() + ":" + props.accountId() + ":schedule/default/"
                + props.refreshScheduleName();
        ServiceRole starter = new ServiceRole(
                this,
                "scheduler-role",
                new ServiceRoleProps(
                        props.schedulerRoleName(),
                        "Lets the schedule of " + props.stateMachineName() + " start it",
                        "scheduler.amazonaws.com",
                        List.of(new ServiceRoleProps.TrustCondition(
                                "StringEquals", "aws:SourceAccount", props.accountId()))));
        starter.grant(
                this,
                "start-refresh",
                PolicyStatement.allow("StartRefresh")
                        .withActions("states:StartExecution")
                        .withResources(stateMachine.getArn()),
                // Scheduler reads the schedule's stored target with the key, as this role.
                props.key()
                        .grantUseVia(
                                "DecryptOwnSchedules",
                                EncryptionContext.schedules(List.of(scheduleArn)),
                                "kms:Decrypt"),
                // A run's input is encrypted with the state machine's key under the starter's credentials.
                props.key()
                        .grantUseVia(
                                "EncryptRunInput",
                                EncryptionContext.stateMachine(stateMachineArn),
                                "kms:GenerateDataKey"));
        new SchedulerSchedule(
                this,
                "refresh-schedule",
                SchedulerScheduleConfig.builder()
                        .name(props.refreshScheduleName())
                        .groupName("default")
                        .scheduleExpression(ClockSchedule.cron(props.refreshMinutes()))
                        // Midnight in UTC is the maintaining run's, whatever the region's own clock says.
                        .scheduleExpressionTimezone("UTC")
                        .flexibleTimeWindow(SchedulerScheduleFlexibleTimeWindow.builder()
                                .mode("OFF")
                                .build())
                        .kmsKeyArn(props.key().arn())
                        .target(SchedulerScheduleTarget.builder()
                                .arn(stateMachine.getArn())
                                .roleArn(starter.arn())
                                // A retried start keeps its scheduled time, so a late midnight run still maintains.
                                .input("{\"mode\":\"refresh\",\"time\":\"<aws.scheduler.scheduled-time>\"}")
                                .retryPolicy(SchedulerScheduleTargetRetryPolicy.builder()
                                        .maximumRetryAttempts(START_RETRIES)
                                        // A start later than half an interval is not worth making: the next one is
                                        // nearly due.
                                        .maximumEventAgeInSeconds(Math.max(60, intervalSeconds / 2))
                                        .build())
                                .build())
                        .build());
    }

    public String stateMachineArn() {
        return stateMachine.getArn();
    }

    /** How often a refresh starts. */
    public int intervalSeconds() {
        return intervalSeconds;
    }

    /** Runs that failed, timed out or were aborted; a skipped run is a failed one. */
    public List<Metric> metricUnsuccessfulRuns() {
        return List.of(metric("ExecutionsFailed"), metric("ExecutionsTimedOut"), metric("ExecutionsAborted"));
    }

    public Metric metricSucceededRuns() {
        return metric("ExecutionsSucceeded");
    }

    private Metric metric(String name) {
        return new Metric("AWS/States", name, Map.of("StateMachineArn", stateMachine.getArn()), "Sum");
    }
}
