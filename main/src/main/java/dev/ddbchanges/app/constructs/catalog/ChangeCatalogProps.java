package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.util.Objects;

/**
 * @param databaseName              the Glue database (built by {@code Names}: underscores, so SQL needs no quoting)
 * @param securityConfigurationName the Glue security configuration every Glue run of this environment uses
 * @param accountId                 the account of the Data Catalog (an id or a Terraform reference)
 * @param region                    the region of the Data Catalog
 * @param key                       encrypts what Glue writes: S3 data, CloudWatch logs, job bookmarks
 */
public record ChangeCatalogProps(String databaseName, String securityConfigurationName, String accountId,
        String region, EncryptionKey key) {

    public ChangeCatalogProps {
        Objects.requireNonNull(databaseName, "databaseName");
        Objects.requireNonNull(securityConfigurationName, "securityConfigurationName");
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(key, "key");
    }
}
