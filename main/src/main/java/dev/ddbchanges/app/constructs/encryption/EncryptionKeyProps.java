package dev.ddbchanges.app.constructs.encryption;

import dev.ddbchanges.app.config.Limits;
import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.RemovalPolicy;
import dev.ddbchanges.app.constructs.Required;
import java.util.List;
import java.util.Optional;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record EncryptionKeyProps(
        String alias,
        String description,
        int deletionWindowDays,
        String accountId,
        String region,
        List<String> logGroupNames,
        Optional<AlarmTopicGrant> alarmTopic,
        RemovalPolicy removal,
        List<String> accessLogSourceBuckets) {

    public EncryptionKeyProps {
        Required.components(
                EncryptionKeyProps.class,
                alias,
                description,
                deletionWindowDays,
                accountId,
                region,
                logGroupNames,
                alarmTopic,
                removal,
                accessLogSourceBuckets);
        logGroupNames = List.copyOf(logGroupNames);
        accessLogSourceBuckets = List.copyOf(accessLogSourceBuckets);
        if (deletionWindowDays < Limits.KEY_DELETION_WINDOW_MIN
                || deletionWindowDays > Limits.KEY_DELETION_WINDOW_MAX) {
            throw new IllegalArgumentException("deletionWindowDays = " + deletionWindowDays + "; KMS allows "
                    + Limits.KEY_DELETION_WINDOW_MIN + " to " + Limits.KEY_DELETION_WINDOW_MAX);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<EncryptionKeyProps, Builder> {
        private Builder() {
            super(EncryptionKeyProps.class);
            deletionWindowDays(Limits.KEY_DELETION_WINDOW_MAX);
            logGroupNames(List.of());
            removal(RemovalPolicy.RETAIN);
            alarmTopic(Optional.empty());
            accessLogSourceBuckets(List.of());
        }

        /** Required: the key's alias, {@code alias/...} (built by {@code Names}). */
        public Builder alias(String value) {
            return set("alias", value);
        }

        /** Required: what the key encrypts, as the console shows it. */
        public Builder description(String value) {
            return set("description", value);
        }

        /**
         * Days between scheduling the key's deletion and the deletion (KMS allows 7-30).
         *
         * @default 30, KMS's own
         */
        public Builder deletionWindowDays(int value) {
            return set("deletionWindowDays", value);
        }

        /** Required: the account whose root administers the key (an id or a Terraform reference to one). */
        public Builder accountId(String value) {
            return set("accountId", value);
        }

        /** Required: the region of the log groups, for the CloudWatch Logs service principal. */
        public Builder region(String value) {
            return set("region", value);
        }

        /**
         * The only log groups CloudWatch Logs may encrypt with the key; names, not references, because the log groups
         * refer to the key (a reference back would be a cycle).
         *
         * @default none: CloudWatch Logs may not use the key
         */
        public Builder logGroupNames(List<String> value) {
            return set("logGroupNames", value);
        }

        /**
         * The topic encrypted with the key that CloudWatch alarms publish to, and which alarms those are.
         *
         * @default empty: CloudWatch may not use the key
         */
        public Builder alarmTopic(Optional<AlarmTopicGrant> value) {
            return set("alarmTopic", value);
        }

        /**
         * DESTROY and RETAIN both let destroy schedule the key's deletion, after the window (KMS never deletes a key
         * at once); RETAIN_AND_PROTECT makes Terraform refuse any plan that would, for the key and its alias.
         *
         * @default RETAIN
         */
        public Builder removal(RemovalPolicy value) {
            return set("removal", value);
        }

        /**
         * The buckets, by name, whose S3 server access logs go to a bucket encrypted with the key: S3's log delivery
         * may then encrypt those logs, for these buckets of this account only. Names, not references: the buckets
         * depend on the key.
         *
         * @default none: S3's log delivery may not use the key
         */
        public Builder accessLogSourceBuckets(List<String> value) {
            return set("accessLogSourceBuckets", value);
        }
    }
}
