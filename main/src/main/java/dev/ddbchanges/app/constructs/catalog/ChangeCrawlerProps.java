package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.PropsBuilder;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.util.Optional;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record ChangeCrawlerProps(
        String crawlerName,
        String roleName,
        String logGroupName,
        GlueChangeTable table,
        EncryptionKey key,
        Optional<String> schedule,
        int logRetentionDays) {

    public ChangeCrawlerProps {
        Required.components(
                ChangeCrawlerProps.class, crawlerName, roleName, logGroupName, table, key, schedule, logRetentionDays);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder extends PropsBuilder<ChangeCrawlerProps, Builder> {
        private Builder() {
            super(ChangeCrawlerProps.class);
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

        /**
         * Required: the declared table it registers partitions of; its catalog gives the security configuration the
         * crawler runs with, its bucket the only prefix it reads.
         */
        public Builder table(GlueChangeTable value) {
            return set("table", value);
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
