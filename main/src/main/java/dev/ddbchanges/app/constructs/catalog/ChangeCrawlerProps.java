package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import java.util.Objects;
import java.util.Optional;

/**
 * @param crawlerName      the crawler's name (built by {@code Names})
 * @param roleName         the role it runs with
 * @param logGroupName     where Glue logs a crawler that runs with a security configuration:
 *                         {@code /aws-glue/crawlers-role/<role>-<security configuration>}
 * @param catalog          the database it writes the table into, and the security configuration it runs with
 * @param bucket           the data bucket
 * @param dataPrefix       the only prefix it reads (never the error prefix)
 * @param key              encrypts its log group
 * @param schedule         a Glue cron expression; empty runs it only when started
 * @param logRetentionDays how long its logs are kept
 */
public record ChangeCrawlerProps(String crawlerName, String roleName, String logGroupName, ChangeCatalog catalog,
        SecureBucket bucket, String dataPrefix, EncryptionKey key, Optional<String> schedule, int logRetentionDays) {

    public ChangeCrawlerProps {
        Objects.requireNonNull(crawlerName, "crawlerName");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(logGroupName, "logGroupName");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(dataPrefix, "dataPrefix");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(schedule, "schedule");
        if (!dataPrefix.matches("[a-z0-9_]+/")) {
            throw new IllegalArgumentException("dataPrefix = " + dataPrefix + "; allowed: one folder of lowercase "
                    + "letters, digits and '_' (it names the table), such as changes/");
        }
    }
}
