package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.storage.SecureBucket;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record GlueChangeTableProps(ChangeCatalog catalog, SecureBucket bucket, boolean adoptExisting) {
    public GlueChangeTableProps {
        Required.components(GlueChangeTableProps.class, catalog, bucket, adoptExisting);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<GlueChangeTableProps, Builder> {
        private Builder() {
            super(GlueChangeTableProps.class);
            adoptExisting(false);
        }

        /** Required: the database the table is declared in. */
        public Builder catalog(ChangeCatalog value) {
            return set("catalog", value);
        }

        /** Required: the data bucket, whose {@code changes/} prefix the table reads. */
        public Builder bucket(SecureBucket value) {
            return set("bucket", value);
        }

        /**
         * Imports a table of the same name that already exists (the one an earlier crawler made) instead of creating
         * it: Glue refuses to create a second table of one name, and the first apply then overwrites the import with
         * the declared definition.
         *
         * @default false
         */
        public Builder adoptExisting(boolean value) {
            return set("adoptExisting", value);
        }
    }
}
