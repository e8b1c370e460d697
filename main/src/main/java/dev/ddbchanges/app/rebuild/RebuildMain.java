package dev.ddbchanges.app.rebuild;

import dev.ddbchanges.app.cli.Arguments;
import dev.ddbchanges.app.cli.Cli;
import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.cli.Pause;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.Names;
import dev.ddbchanges.app.config.SettingsLoader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.SfnClientBuilder;

/**
 * The rebuild command: empties an environment's current_state and merges all of history into it, by starting its
 * refresh machine with {@code {"mode":"rebuild"}} (the run does the work in Athena; this only starts and follows it).
 * For a table that went wrong, or after a backfill older than the refresh window. Needs AWS credentials that may
 * start and describe the machine's runs ({@link StepFunctions#rights} lists them).
 */
public final class RebuildMain {
    static final String USAGE =
            "./ddb-changes rebuild-current-state --environment <env> [--no-wait] [--endpoint <url>]";
    private static final Duration POLL_INTERVAL = Duration.ofSeconds(10);

    private RebuildMain() {}

    public static void main(String[] args) {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
        Cli.exit(() -> run(
                List.of(args),
                Path.of("cdktf.json"),
                EphemeralRequest.from(List.of(), System.getenv()),
                System.out,
                System.err,
                RebuildMain::client,
                Pause.REAL));
    }

    /** Builds the client for an environment's region, and an endpoint the tests give. */
    interface Clients {
        SfnClient create(String region, Optional<URI> endpoint);
    }

    static int run(
            List<String> args,
            Path cdktfJson,
            EphemeralRequest ephemeral,
            PrintStream out,
            PrintStream err,
            Clients clients,
            Pause pause)
            throws InterruptedException {
        if (Arguments.wantsHelp(args)) {
            out.println("usage: " + USAGE);
            return Cli.OK;
        }
        Arguments arguments =
                Arguments.parse(args, USAGE, Set.of("--environment", "--endpoint"), Set.of("--no-wait"), 0);
        String environment = arguments
                .value("--environment")
                .orElseThrow(() -> CommandException.badInput("--environment is required; usage: " + USAGE));
        EnvironmentSettings settings = SettingsLoader.loadEnvironment(cdktfJson, ephemeral, environment);
        if (!settings.query().currentStateTable()) {
            throw CommandException.badInput("environment " + environment
                    + " has currentStateTable false: it has no current_state table or refresh machine to rebuild; "
                    + "allowed: an environment with currentStateTable true (its saved current-state query reads "
                    + "the whole history instead)");
        }
        Optional<URI> endpoint = arguments.value("--endpoint").map(RebuildMain::endpoint);
        Names names = new Names(settings, "");
        String name = names.refreshStateMachine();
        try (SfnClient client = clients.create(settings.region(), endpoint)) {
            StepFunctions sfn = new StepFunctions(
                    client, StepFunctions.rights(settings.region(), settings.accountId(), name, names.keyAlias()));
            String arn = settings.accountId()
                    .map(account -> "arn:aws:states:" + settings.region() + ":" + account + ":stateMachine:" + name)
                    .orElseGet(() -> sfn.find(name)
                            .orElseThrow(() -> CommandException.badInput("no state machine " + name
                                    + " in this account and region (environment " + environment
                                    + "): deploy the environment first")));
            return new Rebuild(sfn, Clock.systemUTC(), pause, POLL_INTERVAL)
                    .run(arn, !arguments.has("--no-wait"), out, err);
        }
    }

    private static URI endpoint(String value) {
        try {
            URI uri = URI.create(value);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException();
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw CommandException.badInput(
                    "--endpoint " + value + " is not a URL; allowed: an http(s) URL such as http://localhost:8083");
        }
    }

    private static SfnClient client(String region, Optional<URI> endpoint) {
        SfnClientBuilder builder = SfnClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region));
        endpoint.ifPresent(builder::endpointOverride);
        return builder.build();
    }
}
