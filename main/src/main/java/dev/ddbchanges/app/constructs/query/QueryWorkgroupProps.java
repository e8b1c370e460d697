package dev.ddbchanges.app.constructs.query;

import dev.ddbchanges.app.constructs.catalog.ChangeCatalog;
import dev.ddbchanges.app.constructs.catalog.ChangeCrawler;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * @param workgroupName                   the Athena workgroup (built by {@code Names})
 * @param resultsBucketName               its own results bucket
 * @param key                             encrypts every result
 * @param scanLimitMb                     Athena cancels a query that would scan more
 * @param resultsExpirationDays           how long results stay in the bucket
 * @param noncurrentVersionExpirationDays how long overwritten results stay recoverable
 * @param forceDestroy                    let destroy remove the workgroup with its saved queries and the bucket with
 *                                        its results
 * @param catalog                         the database the saved queries run in
 * @param crawler                         writes the table the saved queries read
 * @param queryName                       names a saved query from what it answers (the {@code Names} helper)
 * @param streamRetentionHours            how late a change can arrive, which widens the saved queries' partition
 *                                        filters
 */
public record QueryWorkgroupProps(String workgroupName, String resultsBucketName, EncryptionKey key, int scanLimitMb,
        int resultsExpirationDays, int noncurrentVersionExpirationDays, boolean forceDestroy, ChangeCatalog catalog,
        ChangeCrawler crawler, UnaryOperator<String> queryName, int streamRetentionHours) {

    public QueryWorkgroupProps {
        Objects.requireNonNull(workgroupName, "workgroupName");
        Objects.requireNonNull(resultsBucketName, "resultsBucketName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(crawler, "crawler");
        Objects.requireNonNull(queryName, "queryName");
    }
}
