package dev.ddbchanges.app.constructs.converter;

import dev.ddbchanges.app.config.ConverterSettings;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.nio.file.Path;
import java.util.Objects;

/**
 * @param functionName     the function's name (built by {@code Names}); its log group is {@code /aws/lambda/<name>}
 * @param roleName         its execution role's name
 * @param jar              the shaded converter jar, absolute
 * @param key              encrypts its log group
 * @param settings         memory and timeout
 * @param logRetentionDays how long its logs are kept
 */
public record ConverterFunctionProps(String functionName, String roleName, Path jar, EncryptionKey key,
        ConverterSettings settings, int logRetentionDays) {

    public ConverterFunctionProps {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(settings, "settings");
    }
}
