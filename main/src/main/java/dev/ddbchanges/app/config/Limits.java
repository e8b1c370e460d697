package dev.ddbchanges.app.config;

import java.math.BigDecimal;
import java.util.List;

/** The accepted ranges of the numeric and name settings, shared by validation, messages and construct props. */
public final class Limits {
    /** KMS's own bounds for a key's deletion window. */
    public static final int KEY_DELETION_WINDOW_MIN = 7;
    public static final int KEY_DELETION_WINDOW_MAX = 30;
    /** Retention settings in days: at least a day, at most ten years. */
    public static final int DAYS_MIN = 1;
    public static final int DAYS_MAX = 3650;
    /**
     * With both at their maximum the longest built name other than a bucket's is 56 characters, inside every
     * service's limit (IAM roles, Lambda and Firehose allow 64); bucket names (63) are the ones that can break.
     */
    public static final int PROJECT_MIN = 2;
    public static final int PROJECT_MAX = 20;
    public static final int ENVIRONMENT_NAME_MAX = 20;

    /** Kinesis retention: a day to a year. */
    public static final int STREAM_RETENTION_HOURS_MIN = 24;
    public static final int STREAM_RETENTION_HOURS_MAX = 8760;
    /**
     * The largest default shard quota of an account (us-east-1, us-west-2, eu-west-1; 200 elsewhere). The quota can
     * be raised, so it cannot be checked here: above the account's quota, apply fails with LimitExceeded.
     */
    public static final int STREAM_SHARD_COUNT_MAX = 500;
    /**
     * Commercial regions where Lambda SnapStart is not offered (Asia Pacific (New Zealand) and (Taipei), per the
     * Lambda developer guide); creating a function with SnapStart there fails at apply.
     */
    public static final List<String> REGIONS_WITHOUT_SNAP_START = List.of("ap-southeast-6", "ap-east-2");
    public static final int CONVERTER_MEMORY_MB_MIN = 128;
    public static final int CONVERTER_MEMORY_MB_MAX = 10240;
    /** Firehose waits at most 5 minutes for a transformation. */
    public static final int CONVERTER_TIMEOUT_SECONDS_MAX = 300;
    /** The retention periods CloudWatch Logs accepts. */
    public static final List<Integer> LOG_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90,
            120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);
    public static final int BUFFERING_INTERVAL_SECONDS_MAX = 900;
    public static final int BUFFERING_SIZE_MB_MIN = 1;
    public static final int BUFFERING_SIZE_MB_MAX = 128;
    public static final BigDecimal PROCESSOR_BUFFER_SIZE_MB_MIN = new BigDecimal("0.2");
    public static final BigDecimal PROCESSOR_BUFFER_SIZE_MB_MAX = new BigDecimal("3");
    /** Firehose's console offers tenths of a MB; finer sizes are refused rather than guessed at. */
    public static final int PROCESSOR_BUFFER_SIZE_MB_DECIMALS = 1;
    public static final int PROCESSOR_BUFFER_INTERVAL_SECONDS_MIN = 60;
    public static final int PROCESSOR_BUFFER_INTERVAL_SECONDS_MAX = 900;
    public static final int PROCESSOR_RETRIES_MAX = 300;

    /** Athena's smallest per-query scan limit is 10 MB; 10 TB is far above any query of this table. */
    public static final int QUERY_SCAN_LIMIT_MB_MIN = 10;
    public static final int QUERY_SCAN_LIMIT_MB_MAX = 10 * 1024 * 1024;

    public static final int ALARM_FRESHNESS_MULTIPLE_MIN = 2;
    public static final int ALARM_FRESHNESS_MULTIPLE_MAX = 20;
    public static final int ALARM_ITERATOR_AGE_SECONDS_MIN = 60;
    /** Kinesis keeps data at most a year; an iterator older than a day is already a lost cause for an alarm. */
    public static final int ALARM_ITERATOR_AGE_SECONDS_MAX = 86400;
    public static final int ALARM_FAILED_RECORDS_THRESHOLD_MAX = 1_000_000;
    /**
     * The default account quota (1000) minus the 100 Lambda always keeps unreserved. Accounts with a raised quota
     * may need more; accounts below it fail at apply for less.
     */
    public static final int CONVERTER_RESERVED_CONCURRENCY_MAX = 900;

    private Limits() {
    }
}
