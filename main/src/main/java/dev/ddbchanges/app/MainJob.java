package dev.ddbchanges.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.hashicorp.cdktf.AppConfig;
import dev.ddbchanges.app.config.InvalidSettingsException;
import dev.ddbchanges.app.terraform.OfflinePlan;
import dev.ddbchanges.app.terraform.PlanSummary;
import dev.ddbchanges.app.terraform.TerraformCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;

/**
 * README's main job: synthesize every environment into cdktf.out exactly as {@code cdktf synth} would, then plan one
 * of them offline (no AWS account, no real state) and print what it would create.
 *
 * <p>Arguments: the environment to plan (default {@value #DEFAULT_PLAN}), then any arguments {@link Main} takes.
 */
public final class MainJob {
    static final String DEFAULT_PLAN = "dev";
    static final Path OUTDIR = Path.of("cdktf.out");
    /** The full text of the plan, kept for reading after the summary. */
    static final Path PLAN_TEXT = Path.of("main", "target", "offline-plan.txt");

    private MainJob() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        String environment = args.length > 0 ? args[0] : DEFAULT_PLAN;
        List<String> appArgs = args.length > 0 ? List.of(args).subList(1, args.length) : List.of();
        try {
            Main.run(
                    Main.CDKTF_JSON,
                    appArgs,
                    System.getenv(),
                    System.getProperty(PipelineApp.CONVERTER_JAR_PROPERTY),
                    AppConfig.builder().outdir(OUTDIR.toString()).build());
        } catch (InvalidSettingsException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
        // The manifest lists what this run synthesized; cdktf.out/stacks may still hold stacks of earlier runs.
        JsonNode manifest =
                new ObjectMapper().readTree(OUTDIR.resolve("manifest.json").toFile());
        System.out.println("Synthesized into " + OUTDIR + "/stacks: "
                + String.join(
                        ", ",
                        manifest.path("stacks")
                                .propertyStream()
                                .map(Map.Entry::getKey)
                                .sorted()
                                .toList()));
        Path stackDir = OUTDIR.resolve("stacks").resolve(environment);
        if (!Files.isDirectory(stackDir)) {
            System.err.println("error: no environment '" + environment + "' was synthesized");
            System.exit(2);
        }
        Path binary = TerraformCli.findBinary().orElse(null);
        if (binary == null) {
            System.err.println("error: terraform is not on PATH; install Terraform >= 1.10 to see the offline plan");
            System.exit(3);
        }
        Path scratch = Files.createTempDirectory("offline-plan-");
        PlanSummary summary;
        try {
            OfflinePlan plan =
                    OfflinePlan.prepare(TerraformCli.create(binary, scratch), stackDir, scratch.resolve(environment));
            plan.init();
            plan.validate();
            summary = plan.plan();
            Files.createDirectories(PLAN_TEXT.getParent());
            Files.copy(plan.workDir().resolve("plan.txt"), PLAN_TEXT, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            OfflinePlan.deleteTree(scratch);
        }
        System.out.println("DRY RUN: offline plan of '" + environment + "' against a temporary empty state, with "
                + "fake credentials (nothing is read from or written to AWS or to any real state; provider from "
                + (Files.isDirectory(TerraformCli.PROVIDER_MIRROR) ? TerraformCli.PROVIDER_MIRROR : "the registry")
                + "). Resources to add:");
        System.out.print(summary.format());
        System.out.println("Full plan: " + PLAN_TEXT);
    }
}
