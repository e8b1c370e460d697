package dev.ddbchanges.app;

import com.hashicorp.cdktf.App;
import com.hashicorp.cdktf.AppConfig;
import dev.ddbchanges.app.config.CiAccount;
import dev.ddbchanges.app.config.CiSettings;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.StateBootstrap;
import dev.ddbchanges.app.stack.CiAccessStack;
import dev.ddbchanges.app.stack.PipelineStack;
import dev.ddbchanges.app.stack.PipelineStackProps;
import dev.ddbchanges.app.stack.StateBootstrapStack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Builds the cdktf App: one stack per environment, named after it. */
public final class PipelineApp {
    /** Where the app finds the converter jar: the launcher (cdktf.json's app command) and the Maven build set it. */
    public static final String CONVERTER_JAR_PROPERTY = "converter.jar";

    private PipelineApp() {}

    /**
     * Synthesizes every environment. Call it only with validated settings: constructing the App already creates the
     * output directory.
     */
    public static App synthesize(List<EnvironmentSettings> environments, Path converterJar, AppConfig config) {
        return synthesize(environments, Optional.empty(), converterJar, config);
    }

    /** With {@code ci}, also one CI-access stack per account an automated environment names. */
    public static App synthesize(
            List<EnvironmentSettings> environments, Optional<CiSettings> ci, Path converterJar, AppConfig config) {
        App app = new App(config);
        for (EnvironmentSettings environment : environments) {
            new PipelineStack(app, new PipelineStackProps(environment, converterJar));
        }
        StateBootstrap.of(environments).forEach(bootstrap -> new StateBootstrapStack(app, bootstrap));
        ci.ifPresent(
                settings -> CiAccount.of(settings, environments).forEach(account -> new CiAccessStack(app, account)));
        app.synth();
        return app;
    }

    /**
     * @param property the value of {@value #CONVERTER_JAR_PROPERTY}, possibly null
     * @return the jar's absolute path
     * @throws IllegalArgumentException when the property is missing or names no file
     */
    public static Path converterJar(String property) {
        if (property == null || property.isBlank()) {
            throw new IllegalArgumentException("system property " + CONVERTER_JAR_PROPERTY + " is not set; run the "
                    + "app with ./ddb-changes synth (cdktf.json's app command), which sets it");
        }
        Path jar = Path.of(property).toAbsolutePath().normalize();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(CONVERTER_JAR_PROPERTY + " = " + property + ": no such file (" + jar
                    + "); ./ddb-changes synth builds it");
        }
        return jar;
    }
}
