package dev.ddbchanges.app.constructs.delivery;

import dev.ddbchanges.app.config.DeliverySettings;
import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.changestream.ChangeStream;
import dev.ddbchanges.app.constructs.converter.ConverterFunction;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.storage.SecureBucket;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record DeliveryStreamProps(
        String streamName,
        String logGroupName,
        String roleName,
        String accountId,
        ChangeStream source,
        ConverterFunction converter,
        SecureBucket bucket,
        EncryptionKey key,
        DeliverySettings settings,
        int logRetentionDays) {
    public DeliveryStreamProps {
        Required.components(
                DeliveryStreamProps.class,
                streamName,
                logGroupName,
                roleName,
                accountId,
                source,
                converter,
                bucket,
                key,
                settings,
                logRetentionDays);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<DeliveryStreamProps, Builder> {
        private Builder() {
            super(DeliveryStreamProps.class);
        }

        /** Required: the delivery stream's name (built by {@code Names}). */
        public Builder streamName(String value) {
            return set("streamName", value);
        }

        /** Required: where it logs delivery errors; the key policy lists the same name. */
        public Builder logGroupName(String value) {
            return set("logGroupName", value);
        }

        /** Required: the role Firehose reads, converts and writes with. */
        public Builder roleName(String value) {
            return set("roleName", value);
        }

        /** Required: the only account whose requests may use the role (an id or a Terraform reference). */
        public Builder accountId(String value) {
            return set("accountId", value);
        }

        /** Required: the Kinesis stream it reads. */
        public Builder source(ChangeStream value) {
            return set("source", value);
        }

        /** Required: the Lambda that turns each change record into one line. */
        public Builder converter(ConverterFunction value) {
            return set("converter", value);
        }

        /** Required: where the lines land, under {@link DeliveryLayout#DATA_PREFIX}. */
        public Builder bucket(SecureBucket value) {
            return set("bucket", value);
        }

        /** Required: encrypts the objects and the log group. */
        public Builder key(EncryptionKey value) {
            return set("key", value);
        }

        /** Required: buffering towards S3 and towards the converter, and the converter's retries. */
        public Builder settings(DeliverySettings value) {
            return set("settings", value);
        }

        /** Required: how long its delivery logs are kept, in days. */
        public Builder logRetentionDays(int value) {
            return set("logRetentionDays", value);
        }
    }
}
