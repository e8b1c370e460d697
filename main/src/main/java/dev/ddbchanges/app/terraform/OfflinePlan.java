package dev.ddbchanges.app.terraform;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code terraform init}, {@code validate} and {@code plan} of a synthesized stack with no AWS account: in a copy of
 * the stack directory, Terraform override files swap the backend for a fresh local state and give the provider fake
 * credentials. The synthesized stack and every real state file stay untouched.
 */
public final class OfflinePlan {
    static final String BACKEND_OVERRIDE = """
            {"terraform": {"backend": {"local": {"path": "offline-plan.tfstate"}}}}
            """;
    /** allowed_account_ids is cleared: with skip_requesting_account_id the provider knows no account to compare. */
    static final String PROVIDER_OVERRIDE = """
            {"provider": {"aws": {
              "access_key": "offline-plan",
              "secret_key": "offline-plan",
              "skip_credentials_validation": true,
              "skip_requesting_account_id": true,
              "skip_metadata_api_check": true,
              "allowed_account_ids": null
            }}}
            """;

    private final TerraformCli terraform;
    private final Path workDir;

    private OfflinePlan(TerraformCli terraform, Path workDir) {
        this.terraform = terraform;
        this.workDir = workDir;
    }

    /**
     * Copies {@code stackDir} into {@code workDir} (which must not exist yet) and adds the override files.
     */
    public static OfflinePlan prepare(TerraformCli terraform, Path stackDir, Path workDir) throws IOException {
        copyTree(stackDir, workDir);
        Files.writeString(workDir.resolve("backend_override.tf.json"), BACKEND_OVERRIDE, StandardCharsets.UTF_8);
        Files.writeString(workDir.resolve("provider_override.tf.json"), PROVIDER_OVERRIDE, StandardCharsets.UTF_8);
        return new OfflinePlan(terraform, workDir);
    }

    public Path workDir() {
        return workDir;
    }

    public void init() throws IOException, InterruptedException {
        terraform.run(workDir, "init", "-input=false", "-no-color");
    }

    /** @return terraform's JSON verdict, warnings included; an invalid configuration throws with the diagnostics */
    public String validate() throws IOException, InterruptedException {
        return terraform.run(workDir, "validate", "-json", "-no-color");
    }

    /** Plans against the empty local state and returns the plan's summary; the human-readable plan is in plan.txt. */
    public PlanSummary plan() throws IOException, InterruptedException {
        String text = terraform.run(workDir, "plan", "-input=false", "-no-color", "-lock=false", "-out=plan.bin");
        Files.writeString(workDir.resolve("plan.txt"), text, StandardCharsets.UTF_8);
        String json = terraform.run(workDir, "show", "-json", "plan.bin");
        return PlanSummary.of(new ObjectMapper().readTree(json));
    }

    /** Deletes a scratch directory; symbolic links (Terraform links providers from the mirror) are not followed. */
    public static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * Copies the stack without Terraform's working files: a stack that cdktf has already initialised (after a
     * {@code cdktf diff} or {@code deploy}) holds {@code .terraform/} for its real backend and a lock file from the
     * registry, and either would make the offline init refuse.
     */
    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.filter(p -> !isTerraformWorkingFile(source.relativize(p)))
                    .toList()) {
                Files.copy(path, target.resolve(source.relativize(path).toString()));
            }
        }
    }

    private static boolean isTerraformWorkingFile(Path relative) {
        return relative.getNameCount() > 0 && relative.getName(0).toString().startsWith(".terraform");
    }
}
