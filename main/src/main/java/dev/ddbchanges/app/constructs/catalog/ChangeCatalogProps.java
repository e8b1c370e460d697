package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record ChangeCatalogProps(
        String databaseName, String securityConfigurationName, String accountId, String region, EncryptionKey key) {
    public ChangeCatalogProps {
        Required.components(ChangeCatalogProps.class, databaseName, securityConfigurationName, accountId, region, key);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<ChangeCatalogProps, Builder> {
        private Builder() {
            super(ChangeCatalogProps.class);
        }

        /** Required: the Glue database (built by {@code Names}: underscores, so SQL needs no quoting). */
        public Builder databaseName(String value) {
            return set("databaseName", value);
        }

        /** Required: the Glue security configuration every Glue run of this environment uses. */
        public Builder securityConfigurationName(String value) {
            return set("securityConfigurationName", value);
        }

        /** Required: the account of the Data Catalog (an id or a Terraform reference). */
        public Builder accountId(String value) {
            return set("accountId", value);
        }

        /** Required: the region of the Data Catalog. */
        public Builder region(String value) {
            return set("region", value);
        }

        /** Required: encrypts what Glue writes: S3 data, CloudWatch logs, job bookmarks. */
        public Builder key(EncryptionKey value) {
            return set("key", value);
        }
    }
}
