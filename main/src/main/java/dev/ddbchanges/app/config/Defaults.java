package dev.ddbchanges.app.config;

import java.math.BigDecimal;

/**
 * The one place that says what an environment gets when cdktf.json leaves a setting out. README's settings table is
 * checked against {@link Setting}, whose default texts are built from these constants.
 *
 * <p>Where a default depends on {@code production}, the production value is the safer one: state and data outlive a
 * mistake, and nothing is destroyed by a single command.
 */
public final class Defaults {
    public static final String PROJECT = "ddb-changes";
    public static final String REGION = "eu-central-1";
    public static final boolean PRODUCTION = false;
    /** Deployed from a workstation unless said otherwise. */
    public static final boolean AUTOMATION = false;

    /** KMS allows 7 to 30; a production key gets the longest time to notice a scheduled deletion. */
    public static final int KEY_DELETION_WINDOW_DAYS = 7;
    public static final int KEY_DELETION_WINDOW_DAYS_PRODUCTION = 30;

    /** Overwritten and deleted objects stay recoverable this long. */
    public static final int NONCURRENT_VERSION_EXPIRATION_DAYS = 7;
    public static final int NONCURRENT_VERSION_EXPIRATION_DAYS_PRODUCTION = 90;

    /** Kinesis keeps a day for free; a week in production leaves time to repair a broken delivery and replay. */
    public static final int STREAM_RETENTION_HOURS = 24;
    public static final int STREAM_RETENTION_HOURS_PRODUCTION = 168;
    /**
     * One provisioned shard (1 MB/s of writes) costs about a third of an on-demand stream, which is billed per
     * stream-hour even when idle; production gets on-demand, which follows the table's write rate unplanned.
     */
    public static final String STREAM_MODE = "PROVISIONED";
    public static final String STREAM_MODE_PRODUCTION = "ON_DEMAND";
    /** The shard count of a PROVISIONED stream when streamShardCount is left out. */
    public static final int STREAM_SHARD_COUNT = 1;

    /** Enough for the JVM and a 3 MB batch (request, lines and response in memory at once), with headroom. */
    public static final int CONVERTER_MEMORY_MB = 512;
    /** A cold start plus a full batch takes seconds; Firehose itself waits at most 300. */
    public static final int CONVERTER_TIMEOUT_SECONDS = 60;

    public static final int LOG_RETENTION_DAYS = 14;
    public static final int LOG_RETENTION_DAYS_PRODUCTION = 365;

    /** Firehose's destination buffer: a file per minute at low volume, 64 MB files at high volume. */
    public static final int BUFFERING_INTERVAL_SECONDS = 60;
    public static final int BUFFERING_SIZE_MB = 64;

    /**
     * Firehose's own processor defaults. 1 MB, not 3: a 3 MB batch of tiny change records can make a converted
     * response larger than Lambda's 6 MB limit (see README, "The 6 MB response limit").
     */
    public static final BigDecimal PROCESSOR_BUFFER_SIZE_MB = BigDecimal.ONE;
    public static final int PROCESSOR_BUFFER_INTERVAL_SECONDS = 60;
    public static final int PROCESSOR_RETRIES = 3;

    /** Athena stops a query that would scan more: a runaway query in a test account costs cents, not dollars. */
    public static final int QUERY_SCAN_LIMIT_MB = 1024;
    public static final int QUERY_SCAN_LIMIT_MB_PRODUCTION = 102400;
    /** Query results are copies: a month is enough to download one again. */
    public static final int QUERY_RESULTS_EXPIRATION_DAYS = 30;

    /**
     * Firehose data older than this many of its buffer rounds (converter batch interval + S3 buffer interval) is
     * late: one slow round is normal, three in a row are not.
     */
    public static final int ALARM_FRESHNESS_MULTIPLE = 3;
    /** Firehose reads a healthy stream within seconds; ten minutes behind means it is stuck or throttled. */
    public static final int ALARM_ITERATOR_AGE_SECONDS = 600;
    /** Any failed record is worth a look: it did not reach the table. */
    public static final int ALARM_FAILED_RECORDS_THRESHOLD = 0;

    /** The base of an ephemeral environment when none is named. */
    public static final String EPHEMERAL_BASE = "dev";

    private Defaults() {
    }

    static int keyDeletionWindowDays(boolean production) {
        return production ? KEY_DELETION_WINDOW_DAYS_PRODUCTION : KEY_DELETION_WINDOW_DAYS;
    }

    static int noncurrentVersionExpirationDays(boolean production) {
        return production ? NONCURRENT_VERSION_EXPIRATION_DAYS_PRODUCTION : NONCURRENT_VERSION_EXPIRATION_DAYS;
    }

    static int streamRetentionHours(boolean production) {
        return production ? STREAM_RETENTION_HOURS_PRODUCTION : STREAM_RETENTION_HOURS;
    }

    static String streamMode(boolean production) {
        return production ? STREAM_MODE_PRODUCTION : STREAM_MODE;
    }

    static int queryScanLimitMb(boolean production) {
        return production ? QUERY_SCAN_LIMIT_MB_PRODUCTION : QUERY_SCAN_LIMIT_MB;
    }

    static int logRetentionDays(boolean production) {
        return production ? LOG_RETENTION_DAYS_PRODUCTION : LOG_RETENTION_DAYS;
    }

    /**
     * Production converters start from a snapshot of an initialized (and primed) JVM: a scale-out or a new version
     * then answers Firehose's first batch without a cold start. Off elsewhere, because every deploy waits for Lambda
     * to take the snapshot, which short-lived environments deploy often enough to feel.
     */
    static boolean converterSnapStart(boolean production) {
        return production;
    }

    /** A production table survives a mistaken destroy; a test table must not block one. */
    static boolean deletionProtection(boolean production) {
        return production;
    }

    /** Non-production buckets are emptied on destroy, so a test environment leaves nothing behind. */
    static boolean forceDestroy(boolean production) {
        return !production;
    }
}
