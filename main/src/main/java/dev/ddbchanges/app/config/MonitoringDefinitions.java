package dev.ddbchanges.app.config;

/** Where alarms go and when they fire. */
final class MonitoringDefinitions {
    /** Alarms always reach the topic; an address is someone's to give. */
    static final Setting<String> EMAIL = Setting.key("alarmEmail")
            // Enough to catch a typo; SNS itself asks the address to confirm the subscription.
            .allows(Rule.matching("[^@\\s]+@[^@\\s]+\\.[^@\\s]+", "an e-mail address")
                    .orNull())
            .defaults(Fallback.none("alarms go to the topic only (production needs this or alarmNoSubscriberReason)"))
            .means("subscribed to the alarm topic; AWS e-mails a confirmation link first");

    /**
     * A production topic nobody reads mutes every alarm, so production must name its subscriber: an address here, or
     * in {@link #NO_SUBSCRIBER_REASON} who watches the topic instead. Ten characters is enough for "team X's pager" and
     * too much for "n/a".
     */
    static final Setting<String> NO_SUBSCRIBER_REASON = Setting.key("alarmNoSubscriberReason")
            // At least 10 characters once leading and trailing white space is left out.
            .allows(Rule.matching("\\s*\\S[\\s\\S]{8,}\\S\\s*", "a text of at least 10 characters")
                    .orNull())
            .defaults(Fallback.none("production must then set alarmEmail"))
            .means("who watches the alarm topic when alarmEmail is not set (another stack's subscription, a chat "
                    + "integration); production sets exactly one of the two");

    /**
     * Firehose data older than this many of its buffer rounds (converter batch interval + S3 buffer interval) is
     * late: one slow round is normal, three in a row are not.
     */
    static final Setting<Integer> FRESHNESS_MULTIPLE = Setting.key("alarmFreshnessMultiple")
            .allows(Rule.wholeNumber(2, 20))
            .defaults(Fallback.always(3))
            .means("the delivery-late alarm fires when Firehose holds data older than this many buffer rounds");

    /**
     * Firehose reads a healthy stream within seconds; ten minutes behind means it is stuck or throttled. Kinesis keeps
     * data at most a year; an iterator older than a day is already a lost cause for an alarm.
     */
    static final Setting<Integer> ITERATOR_AGE_SECONDS = Setting.key("alarmIteratorAgeSeconds")
            .allows(Rule.wholeNumberOf("seconds", 60, 86400))
            .defaults(Fallback.always(600))
            .means("the stream-reader-behind alarm fires when Firehose reads this far behind");

    /** Any failed record is worth a look: it did not reach the table. */
    static final Setting<Integer> FAILED_RECORDS_THRESHOLD = Setting.key("alarmFailedRecordsThreshold")
            .allows(Rule.wholeNumber(0, 1_000_000))
            .defaults(Fallback.always(0))
            .means("the converter-failed-records alarm fires above this many failed records in 5 minutes");

    /**
     * DynamoDB replicates a change to the stream within milliseconds; five minutes behind is a stream refusing its
     * writes (throttling, or a policy that shuts DynamoDB out), not a slow moment. A day behind is past what an alarm
     * on it can still save.
     */
    static final Setting<Integer> REPLICATION_AGE_SECONDS = Setting.key("alarmReplicationAgeSeconds")
            .allows(Rule.wholeNumberOf("seconds", 60, 86400))
            .defaults(Fallback.always(300))
            .means("the replication-late alarm fires when DynamoDB holds a change this long without writing it to "
                    + "the stream");

    private MonitoringDefinitions() {}
}
