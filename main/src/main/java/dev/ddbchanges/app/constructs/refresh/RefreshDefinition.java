package dev.ddbchanges.app.constructs.refresh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.queries.RefreshStatement;
import dev.ddbchanges.app.queries.RefreshTarget;
import dev.ddbchanges.app.queries.RefreshWindow;

/**
 * The refresh machine's Amazon States Language definition, written with Jackson. The input's {@code mode} picks the
 * path: {@code refresh} (with {@code time}, the scheduled time) creates the table if needed and merges the window
 * before that time, and when that time is midnight UTC (one scheduled run a day) goes on to compact the table and
 * expire its old snapshots; {@code rebuild} merges from the first partition on, after emptying the table, and ends
 * there (it is the longest run already, under the same timeout; the next midnight run maintains what it wrote);
 * {@code maintain} only compacts and expires, for an operator who wants that now
 * ({@code aws stepfunctions start-execution --input '{"mode":"maintain"}'}): no schedule sends it. Before any of
 * them, a run that finds another one still going fails as skipped, so two runs never write the table at once.
 *
 * @param workgroup  the Athena workgroup every query runs in (its enforced result location and encryption apply)
 * @param database   the Glue database the statements' unqualified table names resolve in
 * @param target     what the statements read and write
 * @param timeoutSeconds the longest a run, and each query in it, may take
 */
record RefreshDefinition(String workgroup, String database, RefreshTarget target, int timeoutSeconds) {
    static final String SKIPPED_ERROR = "RefreshSkipped";
    static final String UNKNOWN_MODE_ERROR = "UnknownMode";
    /** Athena's answer to too many queries at once; anything else failing a query fails the run. */
    static final String ATHENA_THROTTLED = "Athena.TooManyRequestsException";
    /** The scheduled time of the day's first run, as Scheduler writes it (whole seconds, UTC). */
    static final String MIDNIGHT = "*T00:00:00Z";

    private static final ObjectMapper JSON = new ObjectMapper();

    String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("Comment", "Keeps " + target.currentStateTable() + " equal to the current state of every key");
        root.put("StartAt", "Guard");
        root.put("TimeoutSeconds", timeoutSeconds);
        ObjectNode states = root.putObject("States");
        guard(states.putObject("Guard"));
        choice(states.putObject("AloneOrSkip"), "Mode")
                .addObject()
                .put("Variable", "$.guard.running")
                .put("NumericGreaterThan", 1)
                .put("Next", "Skipped");
        fail(states.putObject("Skipped"), SKIPPED_ERROR, "Another run of this state machine is still going");
        ArrayNode modes = choice(states.putObject("Mode"), "UnknownMode");
        modeIs(modes, "refresh", "CreateTable");
        modeIs(modes, "rebuild", "FromFirstPartition");
        modeIs(modes, "maintain", "Optimize");
        fail(states.putObject("UnknownMode"), UNKNOWN_MODE_ERROR, "mode must be refresh, rebuild or maintain");
        states.putObject("FromFirstPartition")
                .put("Type", "Pass")
                .put("Comment", "A rebuild merges every partition: its refresh time is before the first one")
                .put("Result", RefreshWindow.REBUILD_TIME)
                .put("ResultPath", "$.time")
                .put("Next", "CreateTable");
        query(states.putObject("CreateTable"), RefreshStatement.CREATE_TABLE).put("Next", "ClearFirst");
        modeIs(choice(states.putObject("ClearFirst"), "Merge"), "rebuild", "Clear");
        query(states.putObject("Clear"), RefreshStatement.CLEAR).put("Next", "Merge");
        ObjectNode merge =
                query(states.putObject("Merge"), RefreshStatement.MERGE).put("Next", "MaintainAtMidnight");
        // The merge's one parameter is the refresh time as a quoted SQL text; the backslashes escape the quotes
        // inside the intrinsic function's own quoted string.
        ((ObjectNode) merge.get("Parameters"))
                .put("ExecutionParameters.$", "States.Array(States.Format('\\'{}\\'', $.time))");
        // The mode too: a rebuild's time is a midnight as well, before the first partition.
        ObjectNode midnight =
                choice(states.putObject("MaintainAtMidnight"), "Done").addObject();
        ArrayNode both = midnight.putArray("And");
        both.addObject().put("Variable", "$.mode").put("StringEquals", "refresh");
        both.addObject().put("Variable", "$.time").put("StringMatches", MIDNIGHT);
        midnight.put("Next", "Optimize");
        states.putObject("Done").put("Type", "Succeed");
        query(states.putObject("Optimize"), RefreshStatement.OPTIMIZE).put("Next", "Vacuum");
        query(states.putObject("Vacuum"), RefreshStatement.VACUUM).put("End", true);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a definition of strings and numbers always serializes", e);
        }
    }

    /** How many runs of this state machine are going, this one included; two are enough to know. */
    private static void guard(ObjectNode state) {
        state.put("Type", "Task").put("Resource", "arn:aws:states:::aws-sdk:sfn:listExecutions");
        state.putObject("Parameters")
                .put("StateMachineArn.$", "$$.StateMachine.Id")
                .put("StatusFilter", "RUNNING")
                .put("MaxResults", 2);
        state.putObject("ResultSelector").put("running.$", "States.ArrayLength($.Executions)");
        state.put("ResultPath", "$.guard").put("Next", "AloneOrSkip");
    }

    private ObjectNode query(ObjectNode state, RefreshStatement statement) {
        state.put("Type", "Task").put("Resource", "arn:aws:states:::athena:startQueryExecution.sync");
        ObjectNode parameters = state.putObject("Parameters");
        parameters.put("QueryString", statement.sql(target)).put("WorkGroup", workgroup);
        parameters
                .putObject("QueryExecutionContext")
                .put("Catalog", "AwsDataCatalog")
                .put("Database", database);
        // Each query's outcome is in the execution history; the next state needs only the input (mode, time).
        state.putNull("ResultPath");
        state.put("TimeoutSeconds", timeoutSeconds);
        // Iceberg commit conflicts surface only as a failed query (States.TaskFailed, the reason in its cause), which
        // no retry can tell apart from a wrong statement; the guard keeps this machine from conflicting with itself.
        ObjectNode throttled = state.putArray("Retry").addObject();
        throttled.putArray("ErrorEquals").add(ATHENA_THROTTLED);
        throttled.put("IntervalSeconds", 10).put("MaxAttempts", 4).put("BackoffRate", 2.0);
        return state;
    }

    /** @return the choice's rules, to add to */
    private static ArrayNode choice(ObjectNode state, String otherwise) {
        ArrayNode choices = state.put("Type", "Choice").putArray("Choices");
        state.put("Default", otherwise);
        return choices;
    }

    /** A missing mode goes to the default, not to a runtime error. */
    private static void modeIs(ArrayNode choices, String mode, String next) {
        ObjectNode rule = choices.addObject();
        ArrayNode and = rule.putArray("And");
        and.addObject().put("Variable", "$.mode").put("IsPresent", true);
        and.addObject().put("Variable", "$.mode").put("StringEquals", mode);
        rule.put("Next", next);
    }

    private static void fail(ObjectNode state, String error, String cause) {
        state.put("Type", "Fail").put("Error", error).put("Cause", cause);
    }
}
