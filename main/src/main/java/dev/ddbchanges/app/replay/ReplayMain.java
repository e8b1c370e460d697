package dev.ddbchanges.app.replay;

import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.InvalidSettingsException;
import dev.ddbchanges.app.config.SettingsLoader;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import dev.ddbchanges.app.terraform.OfflinePlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * README's replay command: converts a file of DynamoDB change records with the real converter into the bucket's
 * layout (under {@value #OUTDIR}) and runs a saved query, or the user's own SQL, over it in DuckDB. Nothing is
 * deployed and no AWS account is needed.
 *
 * <p>System properties: {@code replay.input} (the records, one JSON per line), {@code replay.query} (a saved query's
 * id) or {@code replay.sql} (a file of SQL using {@code {{table}}}), {@code replay.params} (comma-separated values
 * for the {@code ?} parameters, in order), {@code replay.environment} (whose Firehose buffering and query window the
 * replay uses; dev unless given).
 */
public final class ReplayMain {
    static final String OUTDIR = "main/target/replay";

    private ReplayMain() {}

    public static void main(String[] args) throws IOException {
        try {
            run(
                    System.getProperty("replay.input", ""),
                    System.getProperty("replay.query", ""),
                    System.getProperty("replay.sql", ""),
                    System.getProperty("replay.params", ""),
                    System.getProperty("replay.environment", "dev"));
        } catch (IllegalArgumentException | SQLException | InvalidSettingsException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    static void run(String input, String queryId, String sqlFile, String params, String environment)
            throws IOException, SQLException {
        EnvironmentSettings settings = SettingsLoader.load(Path.of("cdktf.json"), EphemeralRequest.NONE).stream()
                .filter(candidate -> candidate.name().equals(environment))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("replay.environment = " + environment
                        + " is not in cdktf.json; allowed: the name of an environment there, such as dev"));
        Path inputFile = Path.of(input);
        if (input.isBlank() || !Files.isRegularFile(inputFile)) {
            throw new IllegalArgumentException("replay.input = " + input + ": no such file; allowed: a file of "
                    + "DynamoDB change records, one JSON object per line");
        }
        String sql;
        boolean readsErrors = false;
        if (!sqlFile.isBlank()) {
            if (!Files.isRegularFile(Path.of(sqlFile))) {
                throw new IllegalArgumentException("replay.sql = " + sqlFile + ": no such file");
            }
            sql = Files.readString(Path.of(sqlFile), StandardCharsets.UTF_8);
        } else {
            NamedQuery saved = NamedQuery.byId(queryId)
                    .orElseThrow(() -> new IllegalArgumentException("replay.query = " + queryId
                            + " is not a saved query; allowed: "
                            + Arrays.stream(NamedQuery.values())
                                    .map(NamedQuery::id)
                                    .collect(Collectors.joining(", ")) + ", or replay.sql=<file>"));
            sql = saved.template();
            readsErrors = saved.readsErrors();
        }
        Path outdir = Path.of(OUTDIR);
        if (Files.exists(outdir)) {
            OfflinePlan.deleteTree(outdir);
        }
        ChangeReplay.Summary summary = ChangeReplay.replay(
                Files.readAllLines(inputFile, StandardCharsets.UTF_8), outdir, Buffering.of(settings.delivery()));
        System.out.println("Replayed " + inputFile + ": " + summary.converted() + " converted, " + summary.failed()
                + " failed (under " + outdir + "/errors/), " + summary.files() + " objects under " + outdir
                + ", buffered as " + environment + "'s Firehose buffers them");
        List<String> parameters = params.isBlank() ? List.of() : List.of(params.split(",", -1));
        QueryWindow window = QueryWindow.of(settings);
        for (List<String> row : readsErrors
                ? LocalAthena.queryErrors(outdir, sql, parameters, window)
                : LocalAthena.query(outdir, sql, parameters, window)) {
            System.out.println(String.join("\t", row));
        }
    }
}
