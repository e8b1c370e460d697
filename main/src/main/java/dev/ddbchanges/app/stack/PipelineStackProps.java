package dev.ddbchanges.app.stack;

import dev.ddbchanges.app.config.EnvironmentSettings;
import java.nio.file.Path;
import java.util.Objects;

/**
 * @param settings     the environment, validated
 * @param converterJar the converter Lambda's shaded jar, absolute (Terraform assets are copied from absolute paths)
 */
public record PipelineStackProps(EnvironmentSettings settings, Path converterJar) {
    public PipelineStackProps {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(converterJar, "converterJar");
        if (!converterJar.isAbsolute()) {
            throw new IllegalArgumentException("converterJar must be absolute, was " + converterJar);
        }
    }
}
