package dev.ddbchanges.app.constructs.storage;

import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * @param bucketName                      the full, globally unique name (built by {@code Names})
 * @param key                             encrypts every object (SSE-KMS with a bucket key)
 * @param forceDestroy                    let {@code terraform destroy} delete a bucket that still holds objects
 *                                        and versions
 * @param noncurrentVersionExpirationDays how long an overwritten or deleted object stays recoverable
 * @param expirationDays                  when current objects expire; empty keeps them until deleted
 * @param preventDestroy                  make Terraform refuse any plan that would delete the bucket
 */
public record SecureBucketProps(
        String bucketName,
        EncryptionKey key,
        boolean forceDestroy,
        int noncurrentVersionExpirationDays,
        OptionalInt expirationDays,
        boolean preventDestroy) {

    /** A bucket that {@code terraform destroy} may delete. */
    public SecureBucketProps(String bucketName, EncryptionKey key, boolean forceDestroy,
            int noncurrentVersionExpirationDays, OptionalInt expirationDays) {
        this(bucketName, key, forceDestroy, noncurrentVersionExpirationDays, expirationDays, false);
    }

    public SecureBucketProps {
        Objects.requireNonNull(bucketName, "bucketName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expirationDays, "expirationDays");
        if (noncurrentVersionExpirationDays < 1) {
            throw new IllegalArgumentException("noncurrentVersionExpirationDays = " + noncurrentVersionExpirationDays
                    + "; allowed: 1 or more");
        }
        if (expirationDays.isPresent() && expirationDays.getAsInt() < 1) {
            throw new IllegalArgumentException("expirationDays = " + expirationDays.getAsInt()
                    + "; allowed: 1 or more, or empty");
        }
    }
}
