package dev.ddbchanges.app.config;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every key an environment in cdktf.json may set. README's settings table lists exactly these, in this order, with
 * these default texts (a test compares them); anything else in an environment is reported as an unknown key.
 */
public enum Setting {
    PROJECT("project", "\"" + Defaults.PROJECT + "\"", Limits.PROJECT_MIN + "-" + Limits.PROJECT_MAX
            + " characters: lowercase letters, digits and single hyphens, starting with a letter"),
    REGION("region", "\"" + Defaults.REGION + "\"", "an AWS commercial-partition region such as eu-central-1"),
    ACCOUNT_ID("accountId", "none: the account of the credentials in use (required when production is true)",
            "12 digits"),
    PRODUCTION("production", String.valueOf(Defaults.PRODUCTION), "true or false"),
    STATE_BUCKET("stateBucket", "none: a local state file per environment (required when production is true)",
            "an S3 bucket name: " + NameKind.S3_BUCKET.rule()),
    STATE_REGION("stateRegion", "the environment's region", "an AWS commercial-partition region"),
    NAME_SUFFIX("nameSuffix", "none: bucket names end with the account id",
            "1-12 lowercase letters and digits"),
    KEY_DELETION_WINDOW_DAYS("keyDeletionWindowDays",
            Defaults.KEY_DELETION_WINDOW_DAYS + "; production: " + Defaults.KEY_DELETION_WINDOW_DAYS_PRODUCTION,
            "a whole number of days from " + Limits.KEY_DELETION_WINDOW_MIN + " to " + Limits.KEY_DELETION_WINDOW_MAX),
    FORCE_DESTROY("forceDestroy", Defaults.forceDestroy(false) + "; production: " + Defaults.forceDestroy(true),
            "true or false"),
    NONCURRENT_VERSION_EXPIRATION_DAYS("noncurrentVersionExpirationDays",
            Defaults.NONCURRENT_VERSION_EXPIRATION_DAYS + "; production: "
                    + Defaults.NONCURRENT_VERSION_EXPIRATION_DAYS_PRODUCTION,
            "a whole number of days from " + Limits.DAYS_MIN + " to " + Limits.DAYS_MAX),
    DATA_EXPIRATION_DAYS("dataExpirationDays", "none: data is kept until deleted",
            "a whole number of days from " + Limits.DAYS_MIN + " to " + Limits.DAYS_MAX + ", or null"),
    DELETION_PROTECTION("deletionProtection", Defaults.deletionProtection(false) + "; production: "
            + Defaults.deletionProtection(true), "true or false"),
    STREAM_MODE("streamMode", "\"" + Defaults.streamMode(false) + "\"; production: \"" + Defaults.streamMode(true)
            + "\"", "\"ON_DEMAND\" or \"PROVISIONED\""),
    STREAM_SHARD_COUNT("streamShardCount", Defaults.STREAM_SHARD_COUNT + " when streamMode is PROVISIONED",
            "a whole number from 1 to " + Limits.STREAM_SHARD_COUNT_MAX + ", only with streamMode PROVISIONED"),
    STREAM_RETENTION_HOURS("streamRetentionHours", Defaults.STREAM_RETENTION_HOURS + "; production: "
            + Defaults.STREAM_RETENTION_HOURS_PRODUCTION, "a whole number of hours from "
            + Limits.STREAM_RETENTION_HOURS_MIN + " to " + Limits.STREAM_RETENTION_HOURS_MAX),
    CONVERTER_MEMORY_MB("converterMemoryMb", String.valueOf(Defaults.CONVERTER_MEMORY_MB),
            "a whole number of MB from " + Limits.CONVERTER_MEMORY_MB_MIN + " to " + Limits.CONVERTER_MEMORY_MB_MAX),
    CONVERTER_TIMEOUT_SECONDS("converterTimeoutSeconds", String.valueOf(Defaults.CONVERTER_TIMEOUT_SECONDS),
            "a whole number of seconds from 1 to " + Limits.CONVERTER_TIMEOUT_SECONDS_MAX),
    LOG_RETENTION_DAYS("logRetentionDays", Defaults.LOG_RETENTION_DAYS + "; production: "
            + Defaults.LOG_RETENTION_DAYS_PRODUCTION, "one of CloudWatch Logs' periods: "
            + Limits.LOG_RETENTION_DAYS.stream().map(String::valueOf).collect(Collectors.joining(", "))),
    BUFFERING_INTERVAL_SECONDS("bufferingIntervalSeconds", String.valueOf(Defaults.BUFFERING_INTERVAL_SECONDS),
            "a whole number of seconds from 0 to " + Limits.BUFFERING_INTERVAL_SECONDS_MAX),
    BUFFERING_SIZE_MB("bufferingSizeMb", String.valueOf(Defaults.BUFFERING_SIZE_MB),
            "a whole number of MB from " + Limits.BUFFERING_SIZE_MB_MIN + " to " + Limits.BUFFERING_SIZE_MB_MAX),
    PROCESSOR_BUFFER_SIZE_MB("processorBufferSizeMb", Defaults.PROCESSOR_BUFFER_SIZE_MB.toPlainString(),
            "a number of MB from " + Limits.PROCESSOR_BUFFER_SIZE_MB_MIN + " to "
                    + Limits.PROCESSOR_BUFFER_SIZE_MB_MAX + ", at most one decimal"),
    PROCESSOR_BUFFER_INTERVAL_SECONDS("processorBufferIntervalSeconds",
            String.valueOf(Defaults.PROCESSOR_BUFFER_INTERVAL_SECONDS), "a whole number of seconds from "
            + Limits.PROCESSOR_BUFFER_INTERVAL_SECONDS_MIN + " to " + Limits.PROCESSOR_BUFFER_INTERVAL_SECONDS_MAX),
    PROCESSOR_RETRIES("processorRetries", String.valueOf(Defaults.PROCESSOR_RETRIES),
            "a whole number from 0 to " + Limits.PROCESSOR_RETRIES_MAX),
    CRAWLER_SCHEDULE("crawlerSchedule", "none: the crawler runs when started",
            "a Glue cron expression with six fields, such as \"cron(15 * * * ? *)\", or null"),
    QUERY_SCAN_LIMIT_MB("queryScanLimitMb", Defaults.QUERY_SCAN_LIMIT_MB + "; production: "
            + Defaults.QUERY_SCAN_LIMIT_MB_PRODUCTION, "a whole number of MB from " + Limits.QUERY_SCAN_LIMIT_MB_MIN
            + " to " + Limits.QUERY_SCAN_LIMIT_MB_MAX),
    QUERY_RESULTS_EXPIRATION_DAYS("queryResultsExpirationDays", String.valueOf(Defaults.QUERY_RESULTS_EXPIRATION_DAYS),
            "a whole number of days from " + Limits.DAYS_MIN + " to " + Limits.DAYS_MAX),
    CONVERTER_RESERVED_CONCURRENCY("converterReservedConcurrency", "none: the converter shares the account's pool",
            "a whole number from 1 to " + Limits.CONVERTER_RESERVED_CONCURRENCY_MAX + ", or null"),
    CONVERTER_SNAP_START("converterSnapStart", Defaults.converterSnapStart(false) + "; production: "
            + Defaults.converterSnapStart(true), "true or false; true only where Lambda offers SnapStart (not in "
            + String.join(" or ", Limits.REGIONS_WITHOUT_SNAP_START) + ")"),
    AUTOMATION("automation", String.valueOf(Defaults.AUTOMATION), "true or false (true requires stateBucket)"),
    ALARM_EMAIL("alarmEmail", "none: alarms go to the topic only", "an e-mail address, or null"),
    ALARM_FRESHNESS_MULTIPLE("alarmFreshnessMultiple", String.valueOf(Defaults.ALARM_FRESHNESS_MULTIPLE),
            "a whole number from " + Limits.ALARM_FRESHNESS_MULTIPLE_MIN + " to "
                    + Limits.ALARM_FRESHNESS_MULTIPLE_MAX),
    ALARM_ITERATOR_AGE_SECONDS("alarmIteratorAgeSeconds", String.valueOf(Defaults.ALARM_ITERATOR_AGE_SECONDS),
            "a whole number of seconds from " + Limits.ALARM_ITERATOR_AGE_SECONDS_MIN + " to "
                    + Limits.ALARM_ITERATOR_AGE_SECONDS_MAX),
    ALARM_FAILED_RECORDS_THRESHOLD("alarmFailedRecordsThreshold",
            String.valueOf(Defaults.ALARM_FAILED_RECORDS_THRESHOLD), "a whole number from 0 to "
            + Limits.ALARM_FAILED_RECORDS_THRESHOLD_MAX);

    private final String key;
    private final String defaultText;
    private final String allowed;

    Setting(String key, String defaultText, String allowed) {
        this.key = key;
        this.defaultText = defaultText;
        this.allowed = allowed;
    }

    public String key() {
        return key;
    }

    public String defaultText() {
        return defaultText;
    }

    public String allowed() {
        return allowed;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Setting::key).toList();
    }
}
