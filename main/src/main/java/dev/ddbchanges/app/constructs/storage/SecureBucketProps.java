package dev.ddbchanges.app.constructs.storage;

import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.RemovalPolicy;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record SecureBucketProps(
        String bucketName,
        EncryptionKey key,
        RemovalPolicy removal,
        int noncurrentVersionExpirationDays,
        OptionalInt expirationDays,
        List<String> expirationPrefixes,
        Optional<TaggedExpiry> expireTagged,
        List<PrefixExpiry> expirePrefixes,
        Optional<SecureBucket> accessLogsTo,
        Optional<AccessLogDelivery> receivesAccessLogs) {

    public SecureBucketProps {
        Required.components(
                SecureBucketProps.class,
                bucketName,
                key,
                removal,
                noncurrentVersionExpirationDays,
                expirationDays,
                expirationPrefixes,
                expireTagged,
                expirePrefixes,
                accessLogsTo,
                receivesAccessLogs);
        if (accessLogsTo.isPresent() && receivesAccessLogs.isPresent()) {
            throw new IllegalArgumentException("bucket " + bucketName + " both sends and receives access logs; allowed:"
                    + " one of them, because S3 would log its own log deliveries in an endless loop");
        }
        if (noncurrentVersionExpirationDays < 1) {
            throw new IllegalArgumentException(
                    "noncurrentVersionExpirationDays = " + noncurrentVersionExpirationDays + "; allowed: 1 or more");
        }
        if (expirationDays.isPresent() && expirationDays.getAsInt() < 1) {
            throw new IllegalArgumentException(
                    "expirationDays = " + expirationDays.getAsInt() + "; allowed: 1 or more, or empty");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<SecureBucketProps, Builder> {
        private Builder() {
            super(SecureBucketProps.class);
            removal(RemovalPolicy.RETAIN);
            noncurrentVersionExpirationDays(90);
            expirationDays(OptionalInt.empty());
            expirationPrefixes(List.of());
            expireTagged(Optional.empty());
            expirePrefixes(List.of());
            accessLogsTo(Optional.empty());
            receivesAccessLogs(Optional.empty());
        }

        /** Required: the full, globally unique name (built by {@code Names}). */
        public Builder bucketName(String value) {
            return set("bucketName", value);
        }

        /** Required: encrypts every object (SSE-KMS with a bucket key). */
        public Builder key(EncryptionKey value) {
            return set("key", value);
        }

        /**
         * DESTROY empties the bucket on destroy ({@code force_destroy}); RETAIN leaves a bucket that holds objects
         * in place; RETAIN_AND_PROTECT also puts {@code prevent_destroy} on the bucket and each of its settings.
         *
         * @default RETAIN
         */
        public Builder removal(RemovalPolicy value) {
            return set("removal", value);
        }

        /**
         * How long an overwritten or deleted object stays recoverable, in days (1 or more).
         *
         * @default 90
         */
        public Builder noncurrentVersionExpirationDays(int value) {
            return set("noncurrentVersionExpirationDays", value);
        }

        /**
         * When current objects expire, in days (1 or more); empty keeps them until deleted.
         *
         * @default empty
         */
        public Builder expirationDays(OptionalInt value) {
            return set("expirationDays", value);
        }

        /**
         * Where {@link #expirationDays} applies: only under these prefixes, one rule each, so objects elsewhere (such
         * as a table format's files, which must never expire one by one) are kept.
         *
         * @default empty: every object
         */
        public Builder expirationPrefixes(List<String> value) {
            return set("expirationPrefixes", value);
        }

        /**
         * Objects under these prefixes expire on their own schedule, current and noncurrent versions alike.
         *
         * @default none
         */
        public Builder expirePrefixes(List<PrefixExpiry> value) {
            return set("expirePrefixes", value);
        }

        /**
         * Objects with this tag expire sooner than the others.
         *
         * @default empty
         */
        public Builder expireTagged(Optional<TaggedExpiry> value) {
            return set("expireTagged", value);
        }

        /**
         * The log bucket S3 sends this bucket's server access logs to (one record per request), under
         * {@link SecureBucket#ACCESS_LOG_PREFIX}; that bucket must receive them ({@link #receivesAccessLogs}).
         *
         * @default empty: no access logs
         */
        public Builder accessLogsTo(Optional<SecureBucket> value) {
            return set("accessLogsTo", value);
        }

        /**
         * Makes this a log bucket: its policy lets S3 write the access logs of these buckets.
         *
         * @default empty: S3 may not write logs here
         */
        public Builder receivesAccessLogs(Optional<AccessLogDelivery> value) {
            return set("receivesAccessLogs", value);
        }
    }
}
