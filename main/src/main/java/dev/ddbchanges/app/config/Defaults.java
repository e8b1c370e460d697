package dev.ddbchanges.app.config;

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

    /** KMS allows 7 to 30; a production key gets the longest time to notice a scheduled deletion. */
    public static final int KEY_DELETION_WINDOW_DAYS = 7;
    public static final int KEY_DELETION_WINDOW_DAYS_PRODUCTION = 30;

    /** Overwritten and deleted objects stay recoverable this long. */
    public static final int NONCURRENT_VERSION_EXPIRATION_DAYS = 7;
    public static final int NONCURRENT_VERSION_EXPIRATION_DAYS_PRODUCTION = 90;

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

    /** Non-production buckets are emptied on destroy, so a test environment leaves nothing behind. */
    static boolean forceDestroy(boolean production) {
        return !production;
    }
}
