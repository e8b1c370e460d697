package dev.ddbchanges.app.constructs.converter;

import dev.ddbchanges.app.config.ConverterSettings;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.nio.file.Path;
import java.util.Objects;

/**
 * @param functionName     the function's name (built by {@code Names})
 * @param logGroupName     {@code /aws/lambda/<functionName>}, where Lambda writes; the key policy lists the same name
 * @param roleName         its execution role's name
 * @param jar              the shaded converter jar, absolute
 * @param key              encrypts its log group
 * @param settings         memory and timeout
 * @param logRetentionDays how long its logs are kept
 */
public record ConverterFunctionProps(String functionName, String logGroupName, String roleName, Path jar,
        EncryptionKey key, ConverterSettings settings, int logRetentionDays) {

    public ConverterFunctionProps {
        Objects.requireNonNull(functionName, "functionName");
        Objects.requireNonNull(logGroupName, "logGroupName");
        if (!logGroupName.equals("/aws/lambda/" + functionName)) {
            throw new IllegalArgumentException("logGroupName = " + logGroupName + "; Lambda writes to /aws/lambda/"
                    + functionName + " and nowhere else");
        }
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(jar, "jar");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(settings, "settings");
    }
}
