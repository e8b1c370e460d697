package dev.ddbchanges.app.constructs.query;

import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.RemovalPolicy;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.catalog.ChangeCatalog;
import dev.ddbchanges.app.constructs.catalog.GlueChangeTable;
import dev.ddbchanges.app.constructs.catalog.GlueErrorTable;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.queries.QueryWindow;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record QueryWorkgroupProps(
        String workgroupName,
        String resultsBucketName,
        EncryptionKey key,
        int scanLimitMb,
        int resultsExpirationDays,
        int noncurrentVersionExpirationDays,
        RemovalPolicy removal,
        ChangeCatalog catalog,
        GlueChangeTable table,
        GlueErrorTable errorTable,
        UnaryOperator<String> queryName,
        QueryWindow queryWindow,
        Optional<String> currentStateTable) {
    public QueryWorkgroupProps {
        Required.components(
                QueryWorkgroupProps.class,
                workgroupName,
                resultsBucketName,
                key,
                scanLimitMb,
                resultsExpirationDays,
                noncurrentVersionExpirationDays,
                removal,
                catalog,
                table,
                errorTable,
                queryName,
                queryWindow,
                currentStateTable);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<QueryWorkgroupProps, Builder> {
        private Builder() {
            super(QueryWorkgroupProps.class);
            noncurrentVersionExpirationDays(90);
            removal(RemovalPolicy.RETAIN);
            currentStateTable(Optional.empty());
        }

        /** Required: the Athena workgroup (built by {@code Names}). */
        public Builder workgroupName(String value) {
            return set("workgroupName", value);
        }

        /** Required: its own results bucket. */
        public Builder resultsBucketName(String value) {
            return set("resultsBucketName", value);
        }

        /** Required: encrypts every result. */
        public Builder key(EncryptionKey value) {
            return set("key", value);
        }

        /** Required: Athena cancels a query that would scan more. */
        public Builder scanLimitMb(int value) {
            return set("scanLimitMb", value);
        }

        /** Required: how long results stay in the bucket, in days. */
        public Builder resultsExpirationDays(int value) {
            return set("resultsExpirationDays", value);
        }

        /**
         * How long overwritten results stay recoverable, in days.
         *
         * @default 90
         */
        public Builder noncurrentVersionExpirationDays(int value) {
            return set("noncurrentVersionExpirationDays", value);
        }

        /**
         * DESTROY removes the workgroup with its saved queries and the results bucket with its results
         * ({@code force_destroy} on both); RETAIN leaves either while it holds any; RETAIN_AND_PROTECT also protects
         * the results bucket with {@code prevent_destroy}.
         *
         * @default RETAIN
         */
        public Builder removal(RemovalPolicy value) {
            return set("removal", value);
        }

        /** Required: the database the saved queries run in. */
        public Builder catalog(ChangeCatalog value) {
            return set("catalog", value);
        }

        /** Required: the table of the changes, which the saved queries read but the failure queries. */
        public Builder table(GlueChangeTable value) {
            return set("table", value);
        }

        /** Required: the table of Firehose's error records, which the failure queries read. */
        public Builder errorTable(GlueErrorTable value) {
            return set("errorTable", value);
        }

        /** Required: names a saved query from what it answers (the {@code Names} helper). */
        public Builder queryName(UnaryOperator<String> value) {
            return set("queryName", value);
        }

        /** Required: how far the hours holding a day's changes reach, which widens the saved queries' filters. */
        public Builder queryWindow(QueryWindow value) {
            return set("queryWindow", value);
        }

        /**
         * The current-state table the saved query current-state reads, in the catalog's database; empty when the
         * environment keeps none, and current-state then computes the state from the full history, as
         * current-state-full does.
         *
         * @default empty
         */
        public Builder currentStateTable(Optional<String> value) {
            return set("currentStateTable", value);
        }
    }
}
