package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * README's diagram parses with mermaid, the library GitHub renders Mermaid blocks with: a syntax slip would show
 * newcomers an error box where the pipeline should be. A broken diagram is refused, so the check can fail.
 */
public class MermaidDiagramTest {
    private static final Path PREFIX = Path.of("main", "target", "mermaid").toAbsolutePath();

    @BeforeAll
    static void installMermaid() throws Exception {
        Files.createDirectories(PREFIX);
        for (String file : List.of("package.json", "package-lock.json", "parse.mjs")) {
            Files.copy(
                    TestApps.resource("docs/mermaid/" + file),
                    PREFIX.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        if (Files.isDirectory(PREFIX.resolve("node_modules/mermaid"))) {
            return;
        }
        // The lock file pins every package mermaid and jsdom pull in, so each build parses with the same code.
        Result install = run("npm", "ci", "--no-audit", "--no-fund", "--prefix", PREFIX.toString());
        if (install.exit() != 0) {
            TestApps.unavailable("npm ci of mermaid and jsdom failed (offline?): " + install.output());
        }
    }

    @Test
    void readmesDiagramParsesAsAFlowchart() throws Exception {
        String readme = Docs.read("README.md");
        String diagram = readme.substring(readme.indexOf("```mermaid\n") + "```mermaid\n".length());

        Result parsed = parse(diagram.substring(0, diagram.indexOf("\n```")));

        assertThat(parsed.exit()).as(parsed.output()).isZero();
        assertThat(parsed.output().strip()).isEqualTo("flowchart-v2");
    }

    @Test
    void aDiagramWithADanglingEdgeIsRefused() throws Exception {
        Result parsed = parse("flowchart LR\n    table --> stream -->");

        assertThat(parsed.exit()).isEqualTo(1);
        assertThat(parsed.output()).contains("Parse error");
    }

    private static Result parse(String diagram) throws Exception {
        Path file = Files.createTempFile(PREFIX, "diagram-", ".mmd");
        Files.writeString(file, diagram, StandardCharsets.UTF_8);
        return run("node", PREFIX.resolve("parse.mjs").toString(), file.toString());
    }

    private record Result(int exit, String output) {}

    private static Result run(String... command) throws Exception {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException missing) {
            TestApps.unavailable(command[0] + " is not on PATH: README's diagram cannot be parsed");
            throw missing;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
