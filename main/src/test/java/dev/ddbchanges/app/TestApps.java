package dev.ddbchanges.app;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.Testing;
import dev.ddbchanges.app.config.EnvironmentSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/** Synthesizes constructs and whole environments for the tests, the way the app does. */
public final class TestApps {
    /** Surefire and failsafe run in the repository root (main/pom.xml), where cdktf runs the app. */
    public static final Path CDKTF_JSON = Path.of("cdktf.json");

    private TestApps() {}

    /** The converter jar the build passes in: the tests synthesize with the real artifact. */
    public static Path converterJar() {
        return PipelineApp.converterJar(System.getProperty(PipelineApp.CONVERTER_JAR_PROPERTY));
    }

    /** One stack holding whatever {@code build} adds, synthesized. */
    public static Synthesized synthConstruct(Consumer<TerraformStack> build) {
        App app = Testing.app();
        TerraformStack stack = new TerraformStack(app, "test");
        build.accept(stack);
        return Synthesized.of(Testing.synth(stack));
    }

    /**
     * Skips the calling test for a missing tool or service, or fails it under CI=true, where every check must run: a
     * skip there would pass a build that proved nothing.
     */
    public static void unavailable(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail(reason + " (CI=true, so this is a failure, not a skip)");
        }
        Assumptions.abort(reason);
    }

    public static Path resource(String name) {
        return Path.of("main", "src", "test", "resources").resolve(name);
    }

    /** Synthesizes the environments into {@code outdir} like the app does, and reads every stack back. */
    public static Map<String, Synthesized> synthEnvironments(List<EnvironmentSettings> environments, Path outdir) {
        PipelineApp.synthesize(
                environments,
                converterJar(),
                AppConfig.builder().outdir(outdir.toString()).build());
        Map<String, Synthesized> stacks = new LinkedHashMap<>();
        for (EnvironmentSettings environment : environments) {
            stacks.put(
                    environment.name(),
                    Synthesized.read(stackDir(outdir, environment.name()).resolve("cdk.tf.json")));
        }
        return stacks;
    }

    public static Path stackDir(Path outdir, String environment) {
        return outdir.resolve("stacks").resolve(environment);
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
