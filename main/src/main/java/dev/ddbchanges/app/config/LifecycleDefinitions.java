package dev.ddbchanges.app.config;

import java.util.List;

/** How long keys, objects, records and logs live, and what a destroy may remove. */
final class LifecycleDefinitions {
    /** Retention settings in days: at least a day, at most ten years. */
    static final Rule<Integer> DAYS = Rule.wholeNumberOf("days", 1, 3650);

    /** KMS allows 7 to 30; a production key gets the longest time to notice a scheduled deletion. */
    static final Setting<Integer> KEY_DELETION_WINDOW_DAYS = Setting.key("keyDeletionWindowDays")
            .allows(Rule.wholeNumberOf("days", Limits.KEY_DELETION_WINDOW_MIN, Limits.KEY_DELETION_WINDOW_MAX))
            .defaults(Fallback.byKind(7, 30))
            .means("days between `destroy` and the KMS key's deletion, during which it can be restored");

    /** Non-production buckets are emptied on destroy, so a test environment leaves nothing behind. */
    static final Setting<Boolean> FORCE_DESTROY = Setting.key("forceDestroy")
            .allows(Rule.trueOrFalse())
            .defaults(Fallback.byKind(true, false))
            .means("whether `destroy` deletes buckets that still hold objects and versions; always true in an "
                    + "ephemeral environment, and false in production, whose data bucket refuses destroy");

    /** Overwritten and deleted objects stay recoverable a week, in production a quarter. */
    static final Setting<Integer> NONCURRENT_VERSION_EXPIRATION_DAYS = Setting.key("noncurrentVersionExpirationDays")
            .allows(DAYS)
            .defaults(Fallback.byKind(7, 90))
            .means("how long overwritten or deleted objects stay recoverable");

    /** The change history is the product: it is kept until someone decides otherwise. */
    static final Setting<Integer> DATA_EXPIRATION_DAYS = Setting.key("dataExpirationDays")
            .allows(DAYS.orNull())
            .defaults(Fallback.none("data is kept until deleted"))
            .means("when delivered change records expire");

    /** A production table survives a mistaken destroy; a test table must not block one. */
    static final Setting<Boolean> DELETION_PROTECTION = Setting.key("deletionProtection")
            .allows(Rule.trueOrFalse())
            .defaults(Fallback.byKind(false, true))
            .means("DynamoDB refuses to delete the table while this is on, so `destroy` of such an environment "
                    + "stops at the table; always on in production");

    /**
     * Production's data bucket is the one an audit or an incident asks "who read or wrote what" of; a test
     * environment's requests are its own tests, and the logs would only cost storage.
     */
    static final Setting<Boolean> ACCESS_LOGGING = Setting.key("accessLogging")
            .allows(Rule.trueOrFalse())
            .defaults(Fallback.byKind(false, true))
            .means("whether S3 records every request to the data bucket (requester, action, object, result) in server "
                    + "access logs, kept in a bucket of their own for `logRetentionDays`, encrypted with the key; "
                    + "logging itself is free, the log objects are billed as S3 storage");

    /** Two weeks covers a test's debugging; a year of production logs covers an audit. */
    static final Setting<Integer> LOG_RETENTION_DAYS = Setting.key("logRetentionDays")
            .allows(Rule.oneOfNumbers(
                    "CloudWatch Logs' periods",
                    List.of(
                            1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922,
                            3288, 3653)))
            .defaults(Fallback.byKind(14, 365))
            .means("retention of the converter's and Firehose's log groups");

    private LifecycleDefinitions() {}
}
