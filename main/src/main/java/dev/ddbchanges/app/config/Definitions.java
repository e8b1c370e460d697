package dev.ddbchanges.app.config;

import java.util.List;

/**
 * Every setting an environment in cdktf.json may set, in README's order; anything else in an environment is reported
 * as an unknown key. The definitions themselves, each with the reason for its default, are grouped by concern.
 */
public final class Definitions {
    static final List<Setting<?>> ALL = List.of(
            EnvironmentDefinitions.PROJECT,
            EnvironmentDefinitions.REGION,
            EnvironmentDefinitions.ACCOUNT_ID,
            EnvironmentDefinitions.PRODUCTION,
            EnvironmentDefinitions.SHARED_ACCOUNT,
            EnvironmentDefinitions.STATE_BUCKET,
            EnvironmentDefinitions.STATE_REGION,
            EnvironmentDefinitions.NAME_SUFFIX,
            LifecycleDefinitions.KEY_DELETION_WINDOW_DAYS,
            LifecycleDefinitions.FORCE_DESTROY,
            LifecycleDefinitions.NONCURRENT_VERSION_EXPIRATION_DAYS,
            LifecycleDefinitions.DATA_EXPIRATION_DAYS,
            LifecycleDefinitions.DELETION_PROTECTION,
            LifecycleDefinitions.ACCESS_LOGGING,
            StreamDefinitions.MODE,
            StreamDefinitions.SHARD_COUNT,
            StreamDefinitions.RETENTION_HOURS,
            ConverterDefinitions.MEMORY_MB,
            ConverterDefinitions.TIMEOUT_SECONDS,
            LifecycleDefinitions.LOG_RETENTION_DAYS,
            DeliveryDefinitions.BUFFERING_INTERVAL_SECONDS,
            DeliveryDefinitions.BUFFERING_SIZE_MB,
            DeliveryDefinitions.PROCESSOR_BUFFER_SIZE_MB,
            DeliveryDefinitions.PROCESSOR_BUFFER_INTERVAL_SECONDS,
            DeliveryDefinitions.PROCESSOR_RETRIES,
            QueryDefinitions.CRAWLER_SCHEDULE,
            QueryDefinitions.ADOPT_CRAWLER_TABLE,
            QueryDefinitions.SCAN_LIMIT_MB,
            QueryDefinitions.RESULTS_EXPIRATION_DAYS,
            QueryDefinitions.CURRENT_STATE_TABLE,
            QueryDefinitions.CURRENT_STATE_REFRESH_MINUTES,
            ConverterDefinitions.RESERVED_CONCURRENCY,
            ConverterDefinitions.SNAP_START,
            EnvironmentDefinitions.AUTOMATION,
            MonitoringDefinitions.EMAIL,
            MonitoringDefinitions.NO_SUBSCRIBER_REASON,
            MonitoringDefinitions.FRESHNESS_MULTIPLE,
            MonitoringDefinitions.ITERATOR_AGE_SECONDS,
            MonitoringDefinitions.FAILED_RECORDS_THRESHOLD,
            MonitoringDefinitions.REPLICATION_AGE_SECONDS);

    private static final List<String> KEYS = ALL.stream().map(Setting::key).toList();

    private Definitions() {}

    static List<String> keys() {
        return KEYS;
    }

    /** README's settings table as the definitions say it should be, row by row. */
    public static List<Row> readmeTable() {
        return ALL.stream()
                .map(s -> new Row(s.key(), s.defaultText(), s.allowed(), s.meaning()))
                .toList();
    }

    /** One row of README's settings table. */
    public record Row(String key, String defaultText, String allowed, String meaning) {}
}
