package dev.ddbchanges.app;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.InvalidSettingsException;
import dev.ddbchanges.app.config.SettingsLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The cdktf app (cdktf.json's {@code app}): validates every environment in cdktf.json, plus an ephemeral one when
 * asked for, and only then synthesizes one stack per environment into cdktf.out.
 */
public final class Main {
    /** Relative to the working directory, which cdktf sets to the project root. */
    public static final Path CDKTF_JSON = Path.of("cdktf.json");

    private Main() {}

    public static void main(String[] args) {
        try {
            run(
                    CDKTF_JSON,
                    List.of(args),
                    System.getenv(),
                    System.getProperty(PipelineApp.CONVERTER_JAR_PROPERTY),
                    AppConfig.builder().build());
        } catch (InvalidSettingsException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    /**
     * Everything that can be wrong is checked before the App exists, because constructing it creates the output
     * directory: a bad setting or a missing jar writes nothing.
     */
    public static App run(
            Path cdktfJson, List<String> args, Map<String, String> variables, String converterJar, AppConfig config) {
        List<EnvironmentSettings> environments = SettingsLoader.load(cdktfJson, EphemeralRequest.from(args, variables));
        Path jar = PipelineApp.converterJar(converterJar);
        return PipelineApp.synthesize(environments, SettingsLoader.loadCi(cdktfJson, environments), jar, config);
    }
}
