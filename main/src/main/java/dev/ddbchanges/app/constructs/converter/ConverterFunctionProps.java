package dev.ddbchanges.app.constructs.converter;

import dev.ddbchanges.app.config.ConverterSettings;
import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.nio.file.Path;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record ConverterFunctionProps(
        String functionName,
        String logGroupName,
        String roleName,
        Path jar,
        EncryptionKey key,
        ConverterSettings settings,
        int logRetentionDays) {

    public ConverterFunctionProps {
        Required.components(
                ConverterFunctionProps.class,
                functionName,
                logGroupName,
                roleName,
                jar,
                key,
                settings,
                logRetentionDays);
        if (!logGroupName.equals("/aws/lambda/" + functionName)) {
            throw new IllegalArgumentException("logGroupName = " + logGroupName + "; Lambda writes to /aws/lambda/"
                    + functionName + " and nowhere else");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<ConverterFunctionProps, Builder> {
        private Builder() {
            super(ConverterFunctionProps.class);
        }

        /** Required: the function's name (built by {@code Names}). */
        public Builder functionName(String value) {
            return set("functionName", value);
        }

        /**
         * Required: {@code /aws/lambda/<functionName>}, where Lambda writes; said here because the key policy lists
         * the same name, and checked against the function's name.
         */
        public Builder logGroupName(String value) {
            return set("logGroupName", value);
        }

        /** Required: its execution role's name. */
        public Builder roleName(String value) {
            return set("roleName", value);
        }

        /** Required: the shaded converter jar, absolute. */
        public Builder jar(Path value) {
            return set("jar", value);
        }

        /** Required: encrypts its log group. */
        public Builder key(EncryptionKey value) {
            return set("key", value);
        }

        /** Required: memory, timeout, reserved concurrency and SnapStart. */
        public Builder settings(ConverterSettings value) {
            return set("settings", value);
        }

        /** Required: how long its logs are kept, in days. */
        public Builder logRetentionDays(int value) {
            return set("logRetentionDays", value);
        }
    }
}
