package dev.ddbchanges.app.constructs.query;

import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.util.Objects;

/**
 * @param workgroupName                   the Athena workgroup (built by {@code Names})
 * @param resultsBucketName               its own results bucket
 * @param key                             encrypts every result
 * @param scanLimitMb                     Athena cancels a query that would scan more
 * @param resultsExpirationDays           how long results stay in the bucket
 * @param noncurrentVersionExpirationDays how long overwritten results stay recoverable
 * @param forceDestroy                    let destroy remove the workgroup with its saved queries and the bucket with
 *                                        its results
 */
public record QueryWorkgroupProps(String workgroupName, String resultsBucketName, EncryptionKey key, int scanLimitMb,
        int resultsExpirationDays, int noncurrentVersionExpirationDays, boolean forceDestroy) {

    public QueryWorkgroupProps {
        Objects.requireNonNull(workgroupName, "workgroupName");
        Objects.requireNonNull(resultsBucketName, "resultsBucketName");
        Objects.requireNonNull(key, "key");
    }
}
