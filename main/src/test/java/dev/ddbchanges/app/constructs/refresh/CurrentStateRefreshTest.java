package dev.ddbchanges.app.constructs.refresh;

import static dev.ddbchanges.app.Synthesized.parse;
import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.queries.AthenaFormat;
import dev.ddbchanges.app.queries.RefreshStatement;
import dev.ddbchanges.app.queries.RefreshTarget;
import dev.ddbchanges.app.queries.RefreshWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The refresh machine as dev synthesizes it (the table on by default), and staging, which turns it off. */
class CurrentStateRefreshTest {
    private static final String STATE_MACHINE_ARN =
            "arn:aws:states:eu-central-1:111111111111:stateMachine:ddb-changes-dev-current-state-refresh";
    /** dev: 24 hours of stream retention, Firehose's day of S3 retries, its buffers and two hourly intervals. */
    private static final RefreshTarget DEV_TARGET = new RefreshTarget(
            "dynamodb_changes",
            "current_state",
            "s3://${aws_s3_bucket.data-bucket_D46037D5.bucket}/current-state/",
            new RefreshWindow(51));

    private final Synthesized dev = ShippedStacks.get("dev");
    private final JsonNode machine = dev.resource("aws_sfn_state_machine");
    private final JsonNode definition = parse(machine.path("definition").asText());
    private final JsonNode states = definition.path("States");

    @Test
    void aStandardWorkflowEncryptedWithTheEnvironmentsKey() {
        assertThat(machine.path("name").asText()).isEqualTo("ddb-changes-dev-current-state-refresh");
        assertThat(machine.path("type").asText()).isEqualTo("STANDARD");
        assertThat(machine.path("role_arn").asText()).isEqualTo("${aws_iam_role.current-state_role_E7D482C5.arn}");
        assertThat(machine.path("encryption_configuration")).isEqualTo(parse("""
                {"type": "CUSTOMER_MANAGED_KMS_KEY", "kms_key_id": "${aws_kms_key.key_F64E54E4.arn}",
                 "kms_data_key_reuse_period_seconds": 300}
                """));
        // Long enough for the first run's merge of all of history; each step has its own, shorter timeout.
        assertThat(definition.path("TimeoutSeconds").asInt()).isEqualTo(14400 + 3 * 3540);
    }

    @Test
    void theGuardCountsRunningExecutionsOfItselfAndSkipsWhenAnotherRuns() {
        assertThat(definition.path("StartAt").asText()).isEqualTo("Guard");
        assertThat(states.path("Guard")).isEqualTo(parse("""
                {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:sfn:listExecutions",
                 "Parameters": {"StateMachineArn.$": "$$.StateMachine.Id", "StatusFilter": "RUNNING", "MaxResults": 2},
                 "ResultSelector": {"running.$": "States.ArrayLength($.Executions)"},
                 "ResultPath": "$.guard", "Next": "AloneOrSkip"}
                """));
        assertThat(states.path("AloneOrSkip")).isEqualTo(parse("""
                {"Type": "Choice", "Default": "Mode",
                 "Choices": [{"Variable": "$.guard.running", "NumericGreaterThan": 1, "Next": "Skipped"}]}
                """));
        assertThat(states.path("Skipped").path("Type").asText()).isEqualTo("Fail");
        assertThat(states.path("Skipped").path("Error").asText()).isEqualTo("RefreshSkipped");
        assertThat(states.path("UnknownMode").path("Type").asText()).isEqualTo("Fail");
        assertThat(states.path("Mode").path("Default").asText()).isEqualTo("UnknownMode");
    }

    @Test
    void eachModeRunsItsStatementsInOrder() {
        List<String> refreshed = List.of("Guard", "AloneOrSkip", "Mode", "TableExists", "Merge", "MaintainAtMidnight");
        assertThat(path("refresh", "2026-12-02T00:00:00Z", true))
                .startsWith(refreshed.toArray(String[]::new))
                .endsWith("MaintainAtMidnight", "Optimize", "Vacuum")
                .hasSize(8);
        // Past midnight by hours, a quarter hour, a minute or a second: a refresh only.
        for (String time : List.of(
                "2026-12-02T05:00:00Z", "2026-12-02T00:15:00Z", "2026-12-02T00:01:00Z", "2026-12-02T00:00:01Z")) {
            assertThat(path("refresh", time, true))
                    .as(time)
                    .startsWith(refreshed.toArray(String[]::new))
                    .endsWith("MaintainAtMidnight", "Done")
                    .hasSize(7);
        }
        // The first run, or one after the table was dropped: created, and filled from all of history.
        assertThat(path("refresh", "2026-12-02T05:00:00Z", false))
                .containsExactly(
                        "Guard", "AloneOrSkip", "Mode", "TableExists", "FirstRun", "CreateTable", "MergeAll", "Done");
        assertThat(path("rebuild", null, true))
                .containsExactly(
                        "Guard", "AloneOrSkip", "Mode", "FromFirstPartition", "CreateTable", "MergeAll", "Done");
        assertThat(path("maintain", null, true)).containsExactly("Guard", "AloneOrSkip", "Mode", "Optimize", "Vacuum");
        assertThat(path("anything else", null, true)).containsExactly("Guard", "AloneOrSkip", "Mode", "UnknownMode");
        assertThat(states.path("Done").path("Type").asText()).isEqualTo("Succeed");
        for (String pass : List.of("FirstRun", "FromFirstPartition")) {
            assertThat(states.path(pass).path("Result").asText()).isEqualTo("2026-01-01T00:00:00Z");
            assertThat(states.path(pass).path("ResultPath").asText()).isEqualTo("$.time");
        }
        assertThat(states.path("TableExists")).isEqualTo(parse("""
                {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:glue:getTable",
                 "Parameters": {"DatabaseName": "ddb_changes_dev", "Name": "current_state"},
                 "ResultPath": null, "Next": "Merge",
                 "Catch": [{"ErrorEquals": ["Glue.EntityNotFoundException"], "ResultPath": "$.missingTable",
                            "Next": "FirstRun"}]}
                """));
    }

    @Test
    void eachTaskRunsItsStatementInTheWorkgroupAndWaitsForIt() {
        Map<String, RefreshStatement> tasks = Map.of(
                "CreateTable", RefreshStatement.CREATE_TABLE,
                "Merge", RefreshStatement.MERGE,
                "MergeAll", RefreshStatement.MERGE,
                "Optimize", RefreshStatement.OPTIMIZE,
                "Vacuum", RefreshStatement.VACUUM);
        tasks.forEach((name, statement) -> {
            JsonNode task = states.path(name);
            assertThat(task.path("Resource").asText()).isEqualTo("arn:aws:states:::athena:startQueryExecution.sync");
            JsonNode parameters = task.path("Parameters");
            if (statement != RefreshStatement.MERGE) {
                assertThat(parameters.path("QueryString").asText()).as(name).isEqualTo(statement.sql(DEV_TARGET));
            }
            assertThat(parameters.path("WorkGroup").asText())
                    .isEqualTo("${aws_athena_workgroup.query_workgroup_1031FA1C.id}");
            assertThat(parameters.path("QueryExecutionContext")).isEqualTo(parse("""
                    {"Catalog": "AwsDataCatalog", "Database": "ddb_changes_dev"}
                    """));
            assertThat(parameters.has("ExecutionParameters")).as(name).isFalse();
            assertThat(task.path("ResultPath").isNull()).as(name).isTrue();
            assertThat(task.path("TimeoutSeconds").asInt()).as(name).isEqualTo(name.equals("MergeAll") ? 14400 : 3540);
            assertThat(task.path("Retry")).isEqualTo(parse("""
                    [{"ErrorEquals": ["Athena.TooManyRequestsException"], "IntervalSeconds": 10, "MaxAttempts": 4,
                      "BackoffRate": 2.0}]
                    """));
        });
        // Athena takes no execution parameters in a MERGE: the time is written into its text.
        for (String merge : List.of("Merge", "MergeAll")) {
            assertThat(states.path(merge)
                            .path("Parameters")
                            .path("QueryString.$")
                            .asText())
                    .as(merge)
                    .isEqualTo(AthenaFormat.withTime(RefreshStatement.MERGE.sql(DEV_TARGET)));
        }
        // The longest path: the first run's full merge, then the table's creation and the guard.
        assertThat(definition.path("TimeoutSeconds").asInt()).isEqualTo(14400 + 3 * 3540);
    }

    @Test
    void oneScheduleStartsTheMachineOnTheHourInUtcWithTheKey() {
        assertThat(dev.resources("aws_scheduler_schedule")).hasSize(1);
        JsonNode refresh = dev.resourceWhere("aws_scheduler_schedule", "name", "ddb-changes-dev-current-state-refresh");
        assertThat(refresh.path("schedule_expression").asText()).isEqualTo("cron(0 * * * ? *)");
        assertThat(refresh.path("schedule_expression_timezone").asText()).isEqualTo("UTC");
        assertThat(parse(refresh.path("target").path("input").asText())).isEqualTo(parse("""
                {"mode": "refresh", "time": "<aws.scheduler.scheduled-time>"}
                """));
        assertThat(refresh.path("target").path("retry_policy")).isEqualTo(parse("""
                {"maximum_retry_attempts": 3, "maximum_event_age_in_seconds": 1800}
                """));
        assertThat(refresh.path("flexible_time_window").path("mode").asText()).isEqualTo("OFF");
        assertThat(refresh.path("kms_key_arn").asText()).isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
        assertThat(refresh.path("target").path("arn").asText())
                .isEqualTo("${aws_sfn_state_machine.current-state_state-machine_22F172A8.arn}");
        assertThat(refresh.path("target").path("role_arn").asText())
                .isEqualTo("${aws_iam_role.current-state_scheduler-role_A7C42CB0.arn}");
    }

    @Test
    void onlyThisAccountsStepFunctionsAndSchedulerMayAssumeTheRoles() {
        assertThat(trust("ddb-changes-dev-refresh-role")).isEqualTo(parse("""
                {"Sid": "AssumeStates", "Effect": "Allow", "Principal": {"Service": "states.amazonaws.com"},
                 "Action": ["sts:AssumeRole"],
                 "Condition": {"StringEquals": {"aws:SourceAccount": "111111111111"},
                               "ArnLike": {"aws:SourceArn": "%s"}}}
                """.formatted(STATE_MACHINE_ARN)));
        assertThat(trust("ddb-changes-dev-refresh-scheduler-role")).isEqualTo(parse("""
                {"Sid": "AssumeScheduler", "Effect": "Allow", "Principal": {"Service": "scheduler.amazonaws.com"},
                 "Action": ["sts:AssumeRole"], "Condition": {"StringEquals": {"aws:SourceAccount": "111111111111"}}}
                """));
    }

    @Test
    void theRefreshRoleMayRunItsQueriesAndNothingElse() throws IOException {
        assertGrants("ddb-changes-dev-refresh-role", "refresh/dev-refresh-role.json");
    }

    @Test
    void theSchedulerRoleMayOnlyStartThisMachine() throws IOException {
        assertGrants("ddb-changes-dev-refresh-scheduler-role", "refresh/dev-scheduler-role.json");
    }

    @Test
    void theAlarmsWatchTheMachinesRuns() {
        JsonNode failed = dev.resourceWhere(
                "aws_cloudwatch_metric_alarm", "alarm_name", "ddb-changes-dev-current-state-refresh-failed");
        assertThat(failed.path("metric_query"))
                .extracting(query -> query.path("metric").path("metric_name").asText())
                .containsExactly("", "ExecutionsFailed", "ExecutionsTimedOut", "ExecutionsAborted");
        assertThat(failed.path("metric_query").get(0).path("expression").asText())
                .isEqualTo("FILL(m0, 0) + FILL(m1, 0) + FILL(m2, 0)");
        assertThat(failed.path("threshold").asInt()).isZero();
        assertThat(failed.path("treat_missing_data").asText()).isEqualTo("notBreaching");

        JsonNode missing = dev.resourceWhere(
                "aws_cloudwatch_metric_alarm", "alarm_name", "ddb-changes-dev-current-state-refresh-missing");
        assertThat(missing.path("metric_name").asText()).isEqualTo("ExecutionsSucceeded");
        assertThat(missing.path("dimensions").path("StateMachineArn").asText())
                .isEqualTo("${aws_sfn_state_machine.current-state_state-machine_22F172A8.arn}");
        assertThat(missing.path("period").asInt()).isEqualTo(3600);
        assertThat(missing.path("evaluation_periods").asInt()).isEqualTo(2);
        assertThat(missing.path("comparison_operator").asText()).isEqualTo("LessThanThreshold");
        assertThat(missing.path("threshold").asInt()).isEqualTo(1);
        assertThat(missing.path("treat_missing_data").asText()).isEqualTo("breaching");
        assertThat(alarmsTheKeyLetsPublish(dev))
                .hasSize(15)
                .contains(
                        "arn:aws:cloudwatch:eu-central-1:111111111111:alarm:ddb-changes-dev-current-state-refresh-failed",
                        "arn:aws:cloudwatch:eu-central-1:111111111111:alarm:ddb-changes-dev-current-state-refresh-missing");
    }

    @Test
    void theOutputsNameTheTableAndTheMachine() {
        assertThat(dev.json()
                        .path("output")
                        .path("current_state_table")
                        .path("value")
                        .asText())
                .isEqualTo("${aws_glue_catalog_database.catalog_database_4C1F6EE3.name}.current_state");
        assertThat(dev.json()
                        .path("output")
                        .path("refresh_state_machine_arn")
                        .path("value")
                        .asText())
                .isEqualTo("${aws_sfn_state_machine.current-state_state-machine_22F172A8.arn}");
    }

    /** staging's settings turn the table off: nothing of the machine, and the thirteen alarms only. */
    @Test
    void offNothingOfItIsSynthesized() {
        Synthesized staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING);
        assertThat(staging.resources("aws_sfn_state_machine")).isEmpty();
        assertThat(staging.resources("aws_scheduler_schedule")).isEmpty();
        assertThat(staging.resources("aws_iam_role"))
                .extracting(role -> role.path("name").asText())
                .noneMatch(name -> name.contains("refresh"));
        assertThat(staging.resources("aws_cloudwatch_metric_alarm"))
                .hasSize(13)
                .extracting(alarm -> alarm.path("alarm_name").asText())
                .noneMatch(name -> name.contains("current-state"));
        assertThat(alarmsTheKeyLetsPublish(staging)).hasSize(13);
        assertThat(staging.json().path("output").has("current_state_table")).isFalse();
        assertThat(staging.json().path("output").has("refresh_state_machine_arn"))
                .isFalse();
    }

    /** The states a run alone (one running execution) with this input visits, as Step Functions would choose. */
    private List<String> path(String mode, String time, boolean tableExists) {
        ObjectNode input = parse("""
                {"guard": {"running": 1}}
                """).deepCopy();
        input.put("mode", mode);
        if (time != null) {
            input.put("time", time);
        }
        List<String> visited = new ArrayList<>();
        String current = definition.path("StartAt").asText();
        while (!current.isEmpty()) {
            visited.add(current);
            JsonNode state = states.path(current);
            if (state.has("ResultPath") && state.has("Result")) {
                input.set(state.path("ResultPath").asText().substring(2), state.path("Result"));
            }
            if (state.path("Type").asText().equals("Choice")) {
                current = choose(state, input);
            } else if (state.has("Catch") && !tableExists) {
                current = state.path("Catch").get(0).path("Next").asText();
            } else {
                current = state.path("Next").asText();
            }
        }
        return visited;
    }

    private static String choose(JsonNode choice, JsonNode input) {
        for (JsonNode rule : choice.path("Choices")) {
            if (holds(rule, input)) {
                return rule.path("Next").asText();
            }
        }
        return choice.path("Default").asText();
    }

    /** The comparisons the definition uses; any other fails the test rather than guess. */
    private static boolean holds(JsonNode rule, JsonNode input) {
        if (rule.has("And")) {
            boolean all = true;
            for (JsonNode each : rule.path("And")) {
                all &= holds(each, input);
            }
            return all;
        }
        JsonNode value = input.at(rule.path("Variable").asText().substring(1).replace('.', '/'));
        if (rule.has("IsPresent")) {
            return !value.isMissingNode() == rule.path("IsPresent").asBoolean();
        }
        if (rule.has("StringEquals")) {
            return value.asText().equals(rule.path("StringEquals").asText());
        }
        if (rule.has("StringMatches")) {
            String glob = rule.path("StringMatches").asText();
            return value.asText().matches(Pattern.quote(glob).replace("*", "\\E.*\\Q"));
        }
        if (rule.has("NumericGreaterThan")) {
            return value.asInt() > rule.path("NumericGreaterThan").asInt();
        }
        throw new AssertionError("a comparison this test cannot evaluate: " + rule);
    }

    private JsonNode trust(String roleName) {
        JsonNode role = dev.resourceWhere("aws_iam_role", "name", roleName);
        return parse(role.path("assume_role_policy").asText()).path("Statement").get(0);
    }

    private void assertGrants(String roleName, String expectedFile) throws IOException {
        JsonNode expected = parse(Files.readString(TestApps.resource(expectedFile)));
        Map<String, JsonNode> granted = dev.statementsOfRole(dev.resourceWhere("aws_iam_role", "name", roleName));
        for (var entry : granted.entrySet()) {
            if (expected.has(entry.getKey())) {
                JsonNode want = expected.path(entry.getKey());
                assertThat(texts(entry.getValue().path("Action")))
                        .as(entry.getKey())
                        .containsExactlyElementsOf(texts(want.path("Action")));
                assertThat(texts(entry.getValue().path("Resource")))
                        .as(entry.getKey())
                        .containsExactlyElementsOf(texts(want.path("Resource")));
                if (want.has("Condition")) {
                    assertThat(entry.getValue().path("Condition"))
                            .as(entry.getKey())
                            .isEqualTo(want.path("Condition"));
                }
            }
        }
        List<String> sids = new ArrayList<>();
        expected.fieldNames().forEachRemaining(sids::add);
        // Bucket location, listing under a prefix and the S3 key grants are each bucket's own, held by its tests.
        assertThat(granted.keySet())
                .containsAll(sids)
                .allMatch(sid -> sids.contains(sid)
                        || sid.equals("LocateBucket")
                        || sid.equals("ListUnderPrefix")
                        || sid.endsWith("ThroughS3"));
    }

    private static List<String> alarmsTheKeyLetsPublish(Synthesized stack) {
        return texts(Synthesized.statement(stack.resource("aws_kms_key"), "CloudWatchAlarmsPublishToEncryptedTopic")
                .path("Condition")
                .path("ArnEquals")
                .path("aws:SourceArn"));
    }
}
