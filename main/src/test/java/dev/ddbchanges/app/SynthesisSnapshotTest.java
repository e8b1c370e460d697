package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every stack's cdk.tf.json, whole, against a reviewed snapshot in {@code snapshots/}. The property tests say what
 * must hold; this one says that nothing else moved: a refactoring that changes a single attribute, id or policy
 * statement fails here. The converter's asset (file name and hash) is normalized, because it follows the jar's bytes.
 *
 * <p>A change to the synthesized stacks that is meant: rerun with {@code -Dsnapshots.update=true}, and review the
 * snapshot diff as part of the change.
 */
class SynthesisSnapshotTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path SNAPSHOTS = TestApps.resource("snapshots");
    private static final String ASSET = "<converter asset>";

    static Stream<String> stacks() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(ShippedStacks.outdir().resolve("stacks"))) {
            dirs.map(dir -> dir.getFileName().toString()).sorted().forEach(names::add);
        }
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("stacks")
    void theSynthesizedStackEqualsItsSnapshot(String stack) throws IOException {
        JsonNode synthesized = normalized(JSON.readTree(TestApps.stackDir(ShippedStacks.outdir(), stack)
                .resolve("cdk.tf.json")
                .toFile()));
        Path snapshot = SNAPSHOTS.resolve(stack + ".tf.json");
        if (Boolean.getBoolean("snapshots.update")) {
            Files.createDirectories(SNAPSHOTS);
            Files.writeString(snapshot, JSON.writeValueAsString(synthesized) + "\n");
        }
        assertThat(snapshot)
                .as("snapshot of %s (record it with -Dsnapshots.update=true)", stack)
                .exists();
        assertThat(JSON.writeValueAsString(synthesized))
                .as("stack %s against %s", stack, snapshot)
                .isEqualTo(JSON.writeValueAsString(JSON.readTree(snapshot.toFile())));
    }

    /** The asset's path holds a hash of the jar, and source_code_hash is the jar's SHA-256. */
    private static JsonNode normalized(JsonNode stack) {
        stack.path("resource").path("aws_lambda_function").forEach(function -> {
            ((ObjectNode) function).put("filename", ASSET);
            ((ObjectNode) function).put("source_code_hash", ASSET);
        });
        return stack;
    }
}
