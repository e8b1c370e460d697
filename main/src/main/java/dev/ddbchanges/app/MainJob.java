package dev.ddbchanges.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.AppConfig;
import dev.ddbchanges.app.cli.Arguments;
import dev.ddbchanges.app.cli.Cli;
import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.config.CiSettings;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import dev.ddbchanges.app.terraform.OfflinePlan;
import dev.ddbchanges.app.terraform.PlanSummary;
import dev.ddbchanges.app.terraform.TerraformCli;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * README's main job ({@code ./ddb-changes plan}): synthesize every environment into cdktf.out exactly as
 * {@code cdktf synth} would, then plan one of them offline (no AWS account, no real state) and print what it would
 * create.
 */
public final class MainJob {
    static final String DEFAULT_PLAN = "dev";
    static final Path OUTDIR = Path.of("cdktf.out");
    /** The full text of the plan, kept for reading after the summary. */
    static final Path PLAN_TEXT = Path.of("main", "target", "offline-plan.txt");
    /** Terraform's whole answer when it refused, which is too long for the one line of the error. */
    static final Path PLAN_ERRORS = Path.of("main", "target", "offline-plan-errors.txt");

    static final String USAGE = "./ddb-changes plan [<stack>] [--environment <short-lived name> [--base <environment>]]"
            + "; <stack> is " + DEFAULT_PLAN + " unless given";

    private MainJob() {}

    public static void main(String[] args) {
        Cli.exit(() -> run(List.of(args), System.getenv(), System.getProperty(PipelineApp.CONVERTER_JAR_PROPERTY)));
    }

    static int run(List<String> args, Map<String, String> variables, String converterJar)
            throws IOException, InterruptedException {
        if (Arguments.wantsHelp(args)) {
            System.out.println("usage: " + USAGE);
            return Cli.OK;
        }
        Arguments parsed = Arguments.parse(args, USAGE, Set.of("--environment", "--base"), Set.of(), 1);
        String stack = parsed.positional(0).orElse(DEFAULT_PLAN);
        List<String> appArgs = new ArrayList<>();
        parsed.value("--environment").ifPresent(name -> appArgs.add("--environment=" + name));
        parsed.value("--base").ifPresent(base -> appArgs.add("--base=" + base));

        List<EnvironmentSettings> environments =
                SettingsLoader.load(Main.CDKTF_JSON, EphemeralRequest.from(appArgs, variables));
        Optional<CiSettings> ci = SettingsLoader.loadCi(Main.CDKTF_JSON, environments);
        PlanTarget.check(stack, Stacks.of(environments, ci));
        // Before synthesis, so that a machine without Terraform learns it at once, not after the build's seconds.
        Path binary = TerraformCli.findBinary()
                .orElseThrow(() -> CommandException.toolMissing(
                        "terraform is not on PATH; install Terraform >= 1.10 to see the offline plan"));
        Main.synthesize(
                environments,
                ci,
                converterJar,
                AppConfig.builder().outdir(OUTDIR.toString()).build());
        printSynthesized(System.out);

        PlanSummary summary = plan(binary, OUTDIR.resolve("stacks").resolve(stack), stack);
        System.out.println("DRY RUN: offline plan of '" + stack + "' against a temporary empty state, with "
                + "fake credentials (nothing is read from or written to AWS or to any real state; provider from "
                + (Files.isDirectory(TerraformCli.PROVIDER_MIRROR) ? TerraformCli.PROVIDER_MIRROR : "the registry")
                + "). Resources to add:");
        System.out.print(summary.format());
        System.out.println("Full plan: " + PLAN_TEXT);
        return Cli.OK;
    }

    /** The manifest lists what this run synthesized; cdktf.out/stacks may still hold stacks of earlier runs. */
    private static void printSynthesized(PrintStream out) throws IOException {
        JsonNode manifest =
                new ObjectMapper().readTree(OUTDIR.resolve("manifest.json").toFile());
        out.println("Synthesized into " + OUTDIR + "/stacks: "
                + String.join(
                        ", ",
                        manifest.path("stacks")
                                .propertyStream()
                                .map(Map.Entry::getKey)
                                .sorted()
                                .toList()));
    }

    private static PlanSummary plan(Path binary, Path stackDir, String stack) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("offline-plan-");
        try {
            OfflinePlan plan =
                    OfflinePlan.prepare(TerraformCli.create(binary, scratch), stackDir, scratch.resolve(stack));
            plan.init();
            plan.validate();
            PlanSummary summary = plan.plan();
            Files.createDirectories(PLAN_TEXT.getParent());
            Files.copy(plan.workDir().resolve("plan.txt"), PLAN_TEXT, StandardCopyOption.REPLACE_EXISTING);
            return summary;
        } catch (TerraformCli.TerraformException e) {
            Files.createDirectories(PLAN_ERRORS.getParent());
            Files.writeString(PLAN_ERRORS, e.getMessage(), StandardCharsets.UTF_8);
            throw CommandException.badInput(e.summary() + "; its whole output: " + PLAN_ERRORS);
        } finally {
            OfflinePlan.deleteTree(scratch);
        }
    }
}
