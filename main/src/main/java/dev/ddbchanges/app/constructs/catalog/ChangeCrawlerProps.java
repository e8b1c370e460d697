package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import java.util.Optional;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record ChangeCrawlerProps(
        String crawlerName,
        String roleName,
        String logGroupName,
        ChangeCatalog catalog,
        SecureBucket bucket,
        String dataPrefix,
        EncryptionKey key,
        Optional<String> schedule,
        int logRetentionDays) {

    public ChangeCrawlerProps {
        Required.components(
                ChangeCrawlerProps.class,
                crawlerName,
                roleName,
                logGroupName,
                catalog,
                bucket,
                dataPrefix,
                key,
                schedule,
                logRetentionDays);
        if (!dataPrefix.matches("[a-z0-9_]+/")) {
            throw new IllegalArgumentException("dataPrefix = " + dataPrefix + "; allowed: one folder of lowercase "
                    + "letters, digits and '_' (it names the table), such as changes/");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<ChangeCrawlerProps, Builder> {
        private Builder() {
            super(ChangeCrawlerProps.class);
            dataPrefix(DeliveryLayout.DATA_PREFIX);
            schedule(Optional.empty());
        }

        /** Required: the crawler's name (built by {@code Names}). */
        public Builder crawlerName(String value) {
            return set("crawlerName", value);
        }

        /** Required: the role it runs with. */
        public Builder roleName(String value) {
            return set("roleName", value);
        }

        /**
         * Required: where Glue logs a crawler that runs with a security configuration:
         * {@code /aws-glue/crawlers-role/<role>-<security configuration>}.
         */
        public Builder logGroupName(String value) {
            return set("logGroupName", value);
        }

        /** Required: the database it writes the table into, and the security configuration it runs with. */
        public Builder catalog(ChangeCatalog value) {
            return set("catalog", value);
        }

        /** Required: the data bucket. */
        public Builder bucket(SecureBucket value) {
            return set("bucket", value);
        }

        /**
         * The only prefix it reads (never the error prefix): one folder, which names the table.
         *
         * @default {@link DeliveryLayout#DATA_PREFIX}, where Firehose writes the lines
         */
        public Builder dataPrefix(String value) {
            return set("dataPrefix", value);
        }

        /** Required: encrypts its log group. */
        public Builder key(EncryptionKey value) {
            return set("key", value);
        }

        /**
         * A Glue cron expression; empty runs it only when started.
         *
         * @default empty
         */
        public Builder schedule(Optional<String> value) {
            return set("schedule", value);
        }

        /** Required: how long its logs are kept, in days. */
        public Builder logRetentionDays(int value) {
            return set("logRetentionDays", value);
        }
    }
}
