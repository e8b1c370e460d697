package dev.ddbchanges.app.replay;

import dev.ddbchanges.app.cli.Arguments;
import dev.ddbchanges.app.cli.Cli;
import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import dev.ddbchanges.app.queries.RefreshWindow;
import dev.ddbchanges.app.terraform.OfflinePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * README's replay command: converts a file of DynamoDB change records with the real converter into the bucket's
 * layout (under {@value #OUTDIR}) and runs a saved query, or the user's own SQL, over it in DuckDB (current-state
 * over a current_state table built from those files by the refresh's own statements). Nothing is
 * deployed and no AWS account is needed. The user's relative paths start where they ran the launcher
 * ({@value #CALLER_DIR_VARIABLE}), as any command-line tool's do; the sample is named from the repository root.
 */
public final class ReplayMain {
    static final String OUTDIR = "main/target/replay";
    static final String SAMPLE = "main/samples/changes.jsonl";
    static final String DEFAULT_QUERY = "current_state";
    static final String CALLER_DIR_VARIABLE = "DDB_CHANGES_CALLER_DIR";
    static final String USAGE = "./ddb-changes replay [<records.jsonl>] [--query <id> | --sql <file>] "
            + "[--params <v,v>] [--environment <env>]; records default to " + SAMPLE + ", --query to " + DEFAULT_QUERY
            + ", "
            + "--environment to dev";

    private ReplayMain() {}

    public static void main(String[] args) {
        Cli.exit(() -> run(List.of(args), System.getenv()));
    }

    static int run(List<String> args, Map<String, String> variables) throws IOException, SQLException {
        if (Arguments.wantsHelp(args)) {
            System.out.println("usage: " + USAGE);
            return Cli.OK;
        }
        Arguments parsed =
                Arguments.parse(args, USAGE, Set.of("--query", "--sql", "--params", "--environment"), Set.of(), 1);
        if (parsed.has("--query") && parsed.has("--sql")) {
            throw CommandException.badInput("--query and --sql are both given; allowed: one of them");
        }
        Path callerDir = Path.of(variables.getOrDefault(CALLER_DIR_VARIABLE, ""));
        String environment = parsed.value("--environment").orElse("dev");
        EnvironmentSettings settings = SettingsLoader.loadEnvironment(
                Path.of("cdktf.json"), EphemeralRequest.from(List.of(), variables), environment);
        Path input = parsed.positional(0)
                .map(given -> existing(
                        callerDir,
                        given,
                        "records file",
                        "the sample is the repository's " + SAMPLE + ", the default when no file is given"))
                .orElse(Path.of(SAMPLE));
        String sql;
        NamedQuery.Reads reads;
        if (parsed.has("--sql")) {
            sql = Files.readString(
                    existing(
                            callerDir,
                            parsed.value("--sql").get(),
                            "--sql",
                            "allowed: a file of SQL with {{table}} (or {{current_state_table}}) and ? marks"),
                    StandardCharsets.UTF_8);
            reads = sql.contains(NamedQuery.CURRENT_STATE_PLACEHOLDER)
                    ? NamedQuery.Reads.CURRENT_STATE
                    : NamedQuery.Reads.CHANGES;
        } else {
            String queryId = parsed.value("--query").orElse(DEFAULT_QUERY);
            NamedQuery saved = NamedQuery.byId(queryId)
                    .orElseThrow(() -> CommandException.badInput("--query " + queryId + " is not a saved query; "
                            + "allowed: "
                            + Arrays.stream(NamedQuery.values())
                                    .map(NamedQuery::id)
                                    .collect(Collectors.joining(", ")) + ", or --sql <file>"));
            sql = saved.template();
            reads = saved.reads();
        }
        Path outdir = Path.of(OUTDIR);
        if (Files.exists(outdir)) {
            OfflinePlan.deleteTree(outdir);
        }
        ChangeReplay.Summary summary = ChangeReplay.replay(
                Files.readAllLines(input, StandardCharsets.UTF_8), outdir, Buffering.of(settings.delivery()));
        printSummary(summary, parsed.positional(0).orElse(SAMPLE), outdir, environment);
        String params = parsed.value("--params").orElse("");
        List<String> parameters = params.isBlank() ? List.of() : List.of(params.split(",", -1));
        QueryWindow window = QueryWindow.of(settings);
        List<List<String>> rows;
        try {
            rows = switch (reads) {
                case ERRORS -> LocalAthena.queryErrors(outdir, sql, parameters, window);
                case CHANGES -> LocalAthena.query(outdir, sql, parameters, window);
                // Built as a rebuild builds it, by the statements the schedule runs in Athena.
                case CURRENT_STATE ->
                    LocalCurrentState.query(outdir, sql, parameters, window, RefreshWindow.of(settings));
            };
        } catch (SQLException e) {
            // DuckDB's message goes on with the statement and a caret under the error: its first line says what.
            throw CommandException.badInput("the query failed in DuckDB: "
                    + String.valueOf(e.getMessage()).strip().lines().findFirst().orElse(""));
        }
        rows.forEach(row -> System.out.println(String.join("\t", row)));
        return Cli.OK;
    }

    /** On stderr: stdout carries only the result rows, so that `> rows.tsv` keeps a clean file. */
    private static void printSummary(ChangeReplay.Summary summary, String input, Path outdir, String environment) {
        System.err.println("Replayed " + input + ": " + summary.converted() + " converted, " + summary.failed()
                + " failed (under " + outdir + "/errors/), " + summary.files() + " objects under " + outdir
                + ", buffered as " + environment + "'s Firehose buffers them");
        summary.failures()
                .forEach((reason, failures) -> System.err.println("  failed as " + reason + ": " + failures.count()
                        + " (first on line " + failures.firstLine() + ": " + failures.firstDetail() + ")"));
    }

    /** A path the user gave, from where they ran the command; refused with where that was when nothing is there. */
    private static Path existing(Path callerDir, String given, String what, String hint) {
        Path path = callerDir.resolve(given);
        if (!Files.isRegularFile(path)) {
            throw CommandException.badInput(what + " " + given + ": no such file ("
                    + path.toAbsolutePath().normalize() + "; relative paths start in the directory the command was run "
                    + "from); " + hint);
        }
        return path;
    }
}
