package dev.ddbchanges.app.config;

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

    private Limits() {
    }
}
