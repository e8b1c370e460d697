package dev.ddbchanges.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.StreamSupport;

/** The repository's GitHub Actions workflows as parsed YAML, and a way to run one of their shell steps here. */
final class Workflows {
    static final Path DIRECTORY = Path.of(".github", "workflows");
    static final Path SCRIPTS = Path.of(".github", "scripts");
    /** A cdktf.json with production, non-production, preview-like and invalid environment names. */
    static final Path TEST_CDKTF_JSON = Path.of("main", "src", "test", "resources", "workflows", "cdktf.json");

    private Workflows() {}

    static Map<String, JsonNode> read() {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, JsonNode> workflows = new TreeMap<>();
        try (var files = Files.list(DIRECTORY)) {
            for (Path file : files.toList()) {
                workflows.put(file.getFileName().toString(), yaml.readTree(file.toFile()));
            }
        } catch (IOException e) {
            throw new AssertionError("the workflows cannot be read", e);
        }
        return workflows;
    }

    /** Calls back with "workflow job" and the job. */
    static void forEachJob(Map<String, JsonNode> workflows, BiConsumer<String, JsonNode> check) {
        workflows.forEach((name, workflow) -> workflow.path("jobs")
                .properties()
                .forEach(job -> check.accept(name + " " + job.getKey(), job.getValue())));
    }

    static JsonNode step(JsonNode job, String id) {
        return StreamSupport.stream(job.path("steps").spliterator(), false)
                .filter(step -> step.path("id").asText().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no step with id " + id));
    }

    /** What a step's script printed, set as outputs, wrote to the job summary, and exited with. */
    record Run(int status, String log, Map<String, String> outputs, String summary) {}

    /**
     * Runs a step's script as GitHub's runner does (bash -e -o pipefail) in a directory holding the test cdktf.json,
     * with the step's environment given here instead of its expressions.
     */
    static Run run(JsonNode step, Map<String, String> environment) throws IOException, InterruptedException {
        return run(step, environment, Map.of());
    }

    /** Also with files copied into the working directory: relative path there to the file here. */
    static Run run(JsonNode step, Map<String, String> environment, Map<String, Path> files)
            throws IOException, InterruptedException {
        Path directory = Files.createTempDirectory("workflow-step");
        Files.copy(TEST_CDKTF_JSON, directory.resolve("cdktf.json"));
        // The scripts the steps call, where a checkout has them.
        try (var scripts = Files.list(SCRIPTS)) {
            for (Path script : scripts.toList()) {
                Files.createDirectories(directory.resolve(SCRIPTS));
                Files.copy(script, directory.resolve(SCRIPTS).resolve(script.getFileName()));
            }
        }
        for (Map.Entry<String, Path> file : files.entrySet()) {
            Path target = directory.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(file.getValue(), target);
        }
        Path output = Files.createFile(directory.resolve("github-output"));
        ProcessBuilder bash = new ProcessBuilder(List.of(
                        "bash",
                        "--noprofile",
                        "--norc",
                        "-eo",
                        "pipefail",
                        "-c",
                        step.path("run").asText()))
                .directory(directory.toFile())
                .redirectErrorStream(true);
        bash.environment().putAll(environment);
        bash.environment().put("GITHUB_OUTPUT", output.toString());
        bash.environment()
                .put("GITHUB_STEP_SUMMARY", directory.resolve("summary").toString());
        Process process = bash.start();
        String log = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        Map<String, String> outputs = new LinkedHashMap<>();
        for (String line : Files.readAllLines(output)) {
            int equals = line.indexOf('=');
            outputs.put(line.substring(0, equals), line.substring(equals + 1));
        }
        Path summary = directory.resolve("summary");
        return new Run(status, log, outputs, Files.exists(summary) ? Files.readString(summary) : "");
    }
}
