package dev.ddbchanges.app.terraform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the terraform binary with a CLI configuration of its own, so nothing depends on the user's ~/.terraformrc or
 * on {@code TF_CLI_CONFIG_FILE}: the offline provider mirror when this machine has one, the public registry otherwise.
 */
public final class TerraformCli {
    /** Where the AWS provider is mirrored on machines without registry access. */
    public static final Path PROVIDER_MIRROR = Path.of("/opt/tf-plugins");
    /** Terraform's own default location for a shared provider cache. */
    static final Path PLUGIN_CACHE = Path.of(System.getProperty("user.home"), ".terraform.d", "plugin-cache");

    private final Path binary;
    private final Path cliConfig;

    private TerraformCli(Path binary, Path cliConfig) {
        this.binary = binary;
        this.cliConfig = cliConfig;
    }

    /** The terraform on PATH, if any. */
    public static Optional<Path> findBinary() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, "terraform"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * @param workDir a scratch directory for the CLI configuration
     */
    public static TerraformCli create(Path binary, Path workDir) throws IOException {
        Path config = workDir.resolve("terraform.rc");
        boolean mirrorPresent = Files.isDirectory(PROVIDER_MIRROR);
        if (!mirrorPresent) {
            Files.createDirectories(PLUGIN_CACHE);
        }
        Files.writeString(config, cliConfig(mirrorPresent), StandardCharsets.UTF_8);
        return new TerraformCli(binary, config);
    }

    static String cliConfig(boolean mirrorPresent) {
        if (!mirrorPresent) {
            // Without a mirror every init would download the AWS provider (~700 MB) again; the cache keeps one copy.
            return "plugin_cache_dir = \"" + PLUGIN_CACHE + "\"\n";
        }
        return """
                provider_installation {
                  filesystem_mirror {
                    path    = "%s"
                    include = ["registry.terraform.io/hashicorp/*"]
                  }
                  direct {
                    exclude = ["registry.terraform.io/hashicorp/*"]
                  }
                }
                """.formatted(PROVIDER_MIRROR);
    }

    /**
     * Runs {@code terraform <args>} in {@code dir}.
     *
     * @return standard output
     * @throws TerraformException when terraform exits non-zero, with its output
     */
    public String run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> env = builder.environment();
        env.put("TF_CLI_CONFIG_FILE", cliConfig.toString());
        env.put("TF_IN_AUTOMATION", "1");
        env.put("TF_INPUT", "0");
        env.put("CHECKPOINT_DISABLE", "1");
        Path stderr = Files.createTempFile(dir, "terraform-", ".err");
        builder.redirectError(stderr.toFile());
        Process process = builder.start();
        String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        String errors = Files.readString(stderr, StandardCharsets.UTF_8);
        Files.delete(stderr);
        if (exit != 0) {
            throw new TerraformException(
                    "terraform " + String.join(" ", args) + " exited " + exit, dir, errors + stdout);
        }
        return stdout;
    }

    /** Terraform refused: the message holds everything it printed. */
    public static final class TerraformException extends IOException {
        private static final long serialVersionUID = 1L;

        private final String command;
        private final String output;

        TerraformException(String command, Path dir, String output) {
            super(command + " in " + dir + ":\n" + output);
            this.command = command;
            this.output = output;
        }

        /** One line: the command and Terraform's first error, without the box it draws around each diagnostic. */
        public String summary() {
            return command + ": "
                    + output.lines()
                            .map(line -> line.replaceFirst("^[│╷╵ ]+", "").strip())
                            .filter(line -> line.startsWith("Error:"))
                            .findFirst()
                            .orElse("(no error line; see its output)");
        }
    }
}
