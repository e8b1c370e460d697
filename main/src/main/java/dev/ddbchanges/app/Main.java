package dev.ddbchanges.app;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import dev.ddbchanges.app.cli.Arguments;
import dev.ddbchanges.app.cli.CdktfInvocation;
import dev.ddbchanges.app.cli.Cli;
import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.config.CiSettings;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The cdktf app (cdktf.json's {@code app}): validates every environment in cdktf.json, plus an ephemeral one when
 * asked for, and only then synthesizes one stack per environment into cdktf.out.
 */
public final class Main {
    /** Relative to the working directory, which cdktf sets to the project root. */
    public static final Path CDKTF_JSON = Path.of("cdktf.json");

    private Main() {}

    public static void main(String[] args) {
        Cli.exit(() -> {
            List<String> arguments = List.of(args);
            if (Arguments.wantsHelp(arguments)) {
                System.out.println(
                        "usage: ./ddb-changes synth [--environment=<short-lived name> [--base=<environment>]]"
                                + " (what cdktf runs: cdktf.json's app)");
                return Cli.OK;
            }
            Map<String, String> variables = System.getenv();
            List<EnvironmentSettings> environments =
                    SettingsLoader.load(CDKTF_JSON, EphemeralRequest.from(arguments, variables));
            Optional<CiSettings> ci = SettingsLoader.loadCi(CDKTF_JSON, environments);
            List<String> stacks = Stacks.names(Stacks.of(environments, ci));
            Optional<String> hint = CdktfInvocation.ofParents().flatMap(cdktf -> missingStackHint(cdktf, stacks));
            if (hint.isPresent()) {
                throw CommandException.badInput(hint.get());
            }
            synthesize(
                    environments,
                    ci,
                    System.getProperty(PipelineApp.CONVERTER_JAR_PROPERTY),
                    AppConfig.builder().build());
            return Cli.OK;
        });
    }

    /**
     * cdktf would only say it could not find the stack; a short-lived environment is a stack only while
     * {@code DDB_CHANGES_ENVIRONMENT} names it, in the shell that runs cdktf.
     */
    static Optional<String> missingStackHint(CdktfInvocation cdktf, List<String> stacks) {
        List<String> missing = cdktf.missing(stacks);
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        String name = missing.get(0);
        return Optional.of("cdktf " + cdktf.verb() + " " + name + ": this app has no stack '" + name + "' (its stacks: "
                + String.join(", ", stacks) + "); a typo, or a short-lived environment, which is one only while "
                + EphemeralRequest.NAME_VARIABLE + " names it: " + EphemeralRequest.NAME_VARIABLE + "=" + name
                + " cdktf " + cdktf.verb() + " " + name);
    }

    /**
     * Everything that can be wrong is checked before the App exists, because constructing it creates the output
     * directory: a bad setting or a missing jar writes nothing.
     */
    public static App run(
            Path cdktfJson, List<String> args, Map<String, String> variables, String converterJar, AppConfig config) {
        List<EnvironmentSettings> environments = SettingsLoader.load(cdktfJson, EphemeralRequest.from(args, variables));
        return synthesize(environments, SettingsLoader.loadCi(cdktfJson, environments), converterJar, config);
    }

    /** Settings already loaded and validated: the jar is the one thing left to check before the App exists. */
    static App synthesize(
            List<EnvironmentSettings> environments, Optional<CiSettings> ci, String converterJar, AppConfig config) {
        return PipelineApp.synthesize(environments, ci, PipelineApp.converterJar(converterJar), config);
    }
}
