package dev.ddbchanges.app.constructs.refresh;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.queries.AthenaFormat;
import dev.ddbchanges.app.queries.RefreshStatement;
import dev.ddbchanges.app.queries.RefreshTarget;
import dev.ddbchanges.app.queries.RefreshWindow;

/**
 * The refresh machine's Amazon States Language definition, written with Jackson. The input's {@code mode} picks the
 * path:
 *
 * <ul>
 *   <li>{@code refresh} (with {@code time}, the scheduled time) merges the window before that time into the table;
 *       when that time is midnight UTC (one scheduled run a day) it goes on to compact the table and expire its old
 *       snapshots. A refresh that finds no table (the first run, or after someone dropped it to start afresh) creates
 *       it and merges all of history instead: a table filled from the window alone would silently lack every key
 *       not changed in it.
 *   <li>{@code rebuild} merges all of history into the table as it is. It does not empty the table first: the merge
 *       replaces a row only with a newer change and adds the keys that are missing, so it repairs a stale or
 *       incomplete table, and a rebuild that fails half-way, or one run after older objects have expired
 *       ({@code dataExpirationDays}), never leaves the table emptier than it was.
 *   <li>{@code maintain} only compacts and expires, for an operator who wants that now
 *       ({@code aws stepfunctions start-execution --input '{"mode":"maintain"}'}): no schedule sends it.
 * </ul>
 *
 * <p>Before any of them, a run that finds another one still going fails as skipped, so two runs never write the
 * table at once. Merging all of history takes longer than a window, so that step has its own, longer timeout, and the
 * machine's timeout covers it; the refreshes skipped meanwhile say so by alarm.
 *
 * @param workgroup      the Athena workgroup every query runs in (its enforced result location and encryption apply)
 * @param database       the Glue database the statements' unqualified table names resolve in
 * @param target         what the statements read and write
 * @param timeoutSeconds the longest each query of a refresh may take
 */
record RefreshDefinition(String workgroup, String database, RefreshTarget target, int timeoutSeconds) {
    static final String SKIPPED_ERROR = "RefreshSkipped";
    static final String UNKNOWN_MODE_ERROR = "UnknownMode";
    /** Athena's answer to too many queries at once; anything else failing a query fails the run. */
    static final String ATHENA_THROTTLED = "Athena.TooManyRequestsException";
    /** What the SDK integration answers for a table Glue does not have. */
    static final String NO_SUCH_TABLE = "Glue.EntityNotFoundException";
    /** The scheduled time of the day's first run, as Scheduler writes it (whole seconds, UTC). */
    static final String MIDNIGHT = "*T00:00:00Z";
    /**
     * The longest a merge of all of history may take: Athena's longest DML query timeout (a service quota that
     * defaults to 30 minutes and can be raised to 4 hours); the whole machine may run that long plus the other steps.
     */
    static final int FULL_MERGE_TIMEOUT_SECONDS = 4 * 3600;

    private static final ObjectMapper JSON = new ObjectMapper();

    String json() {
        ObjectNode root = JSON.createObjectNode();
        root.put("Comment", "Keeps " + target.currentStateTable() + " equal to the current state of every key");
        root.put("StartAt", "Guard");
        root.put("TimeoutSeconds", FULL_MERGE_TIMEOUT_SECONDS + 3 * timeoutSeconds);
        ObjectNode states = root.putObject("States");
        guard(states.putObject("Guard"));
        choice(states.putObject("AloneOrSkip"), "Mode")
                .addObject()
                .put("Variable", "$.guard.running")
                .put("NumericGreaterThan", 1)
                .put("Next", "Skipped");
        fail(states.putObject("Skipped"), SKIPPED_ERROR, "Another run of this state machine is still going");
        ArrayNode modes = choice(states.putObject("Mode"), "UnknownMode");
        modeIs(modes, "refresh", "TableExists");
        modeIs(modes, "rebuild", "FromFirstPartition");
        modeIs(modes, "maintain", "Optimize");
        fail(states.putObject("UnknownMode"), UNKNOWN_MODE_ERROR, "mode must be refresh, rebuild or maintain");
        tableExists(states.putObject("TableExists"));
        fromFirstPartition(states.putObject("FirstRun"), "The table is new: it starts from all of history");
        fromFirstPartition(states.putObject("FromFirstPartition"), "A rebuild merges every partition");
        query(states.putObject("CreateTable"), RefreshStatement.CREATE_TABLE, timeoutSeconds)
                .put("Next", "MergeAll");
        merge(states.putObject("MergeAll"), FULL_MERGE_TIMEOUT_SECONDS).put("Next", "Done");
        merge(states.putObject("Merge"), timeoutSeconds).put("Next", "MaintainAtMidnight");
        // The mode too: a rebuild's time is a midnight as well, before the first partition.
        ObjectNode midnight =
                choice(states.putObject("MaintainAtMidnight"), "Done").addObject();
        ArrayNode both = midnight.putArray("And");
        both.addObject().put("Variable", "$.mode").put("StringEquals", "refresh");
        both.addObject().put("Variable", "$.time").put("StringMatches", MIDNIGHT);
        midnight.put("Next", "Optimize");
        states.putObject("Done").put("Type", "Succeed");
        query(states.putObject("Optimize"), RefreshStatement.OPTIMIZE, timeoutSeconds)
                .put("Next", "Vacuum");
        query(states.putObject("Vacuum"), RefreshStatement.VACUUM, timeoutSeconds)
                .put("End", true);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a definition of strings and numbers always serializes", e);
        }
    }

    /** Glue's answer decides: the table there, merge the window; not there, create it and merge everything. */
    private void tableExists(ObjectNode state) {
        state.put("Type", "Task").put("Resource", "arn:aws:states:::aws-sdk:glue:getTable");
        state.putObject("Parameters").put("DatabaseName", database).put("Name", target.currentStateTable());
        state.putNull("ResultPath");
        state.put("Next", "Merge");
        ObjectNode missing = state.putArray("Catch").addObject();
        missing.putArray("ErrorEquals").add(NO_SUCH_TABLE);
        missing.put("ResultPath", "$.missingTable").put("Next", "FirstRun");
    }

    /** The refresh time before the first partition the pipeline can write: the merge then reads all of history. */
    private static void fromFirstPartition(ObjectNode state, String why) {
        state.put("Type", "Pass")
                .put("Comment", why + ": its refresh time is before the first partition")
                .put("Result", RefreshWindow.REBUILD_TIME)
                .put("ResultPath", "$.time")
                .put("Next", "CreateTable");
    }

    /**
     * The merge, with the refresh time written into its text: Athena runs execution parameters only in SELECT,
     * INSERT INTO, CTAS and UNLOAD, not in MERGE. {@link AthenaFormat} turns the statement the tests run (with its one
     * {@code ?}) into a {@code States.Format} template that puts the quoted time where the {@code ?} was.
     */
    private ObjectNode merge(ObjectNode state, int timeout) {
        return athena(state, "QueryString.$", AthenaFormat.withTime(RefreshStatement.MERGE.sql(target)), timeout);
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

    private ObjectNode query(ObjectNode state, RefreshStatement statement, int timeout) {
        return athena(state, "QueryString", statement.sql(target), timeout);
    }

    /** @param queryKey {@code QueryString} for a text as it is, {@code QueryString.$} for an intrinsic that makes it */
    private ObjectNode athena(ObjectNode state, String queryKey, String query, int timeout) {
        state.put("Type", "Task").put("Resource", "arn:aws:states:::athena:startQueryExecution.sync");
        ObjectNode parameters = state.putObject("Parameters");
        parameters.put(queryKey, query).put("WorkGroup", workgroup);
        parameters
                .putObject("QueryExecutionContext")
                .put("Catalog", "AwsDataCatalog")
                .put("Database", database);
        // Each query's outcome is in the execution history; the next state needs only the input (mode, time).
        state.putNull("ResultPath");
        state.put("TimeoutSeconds", timeout);
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
