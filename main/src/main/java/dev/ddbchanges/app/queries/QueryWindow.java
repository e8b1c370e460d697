package dev.ddbchanges.app.queries;

import dev.ddbchanges.app.config.EnvironmentSettings;

/**
 * How far the partitions holding the changes of a day can lie from that day, which widens the partition filter of the
 * saved queries that prune.
 *
 * <p>A partition is the hour its object's oldest record reached the stream. A change can sit in an object opened
 * before it: while Firehose keeps up, the object's records all reached the stream within the delivery-late alarm's
 * threshold (Firehose's data freshness) plus the stream-reader-behind alarm's (how far behind it reads), so a window
 * that starts that many hours early, rounded up, loses nothing while neither alarm has fired. On the late side, a
 * change's partition is at most its own arrival hour, and it arrives seconds after it happened unless DynamoDB's
 * delivery to the stream lags; no alarm bounds that lag, so the window ends a generous cap later: the stream's
 * retention, plus a day.
 *
 * @param earlyHours how many hours before the first day the filter starts
 * @param lateDays how many days after the last day it ends
 */
public record QueryWindow(int earlyHours, int lateDays) {
    private static final int HOUR_SECONDS = 3600;

    public QueryWindow {
        if (earlyHours < 1) {
            throw new IllegalArgumentException("earlyHours = " + earlyHours + "; allowed: at least 1");
        }
        if (lateDays < 1) {
            throw new IllegalArgumentException("lateDays = " + lateDays + "; allowed: at least 1");
        }
    }

    /** The window of an environment, from its alarm thresholds and its stream's retention. */
    public static QueryWindow of(EnvironmentSettings settings) {
        return of(
                settings.monitoring().freshnessAlarmSeconds(settings.delivery().bufferRoundSeconds()),
                settings.monitoring().iteratorAgeSeconds(),
                settings.stream().retentionHours());
    }

    /**
     * @param freshnessAlarmSeconds   the delivery-late alarm's threshold
     * @param iteratorAgeAlarmSeconds the stream-reader-behind alarm's threshold
     * @param streamRetentionHours    how long the stream keeps a change
     */
    public static QueryWindow of(int freshnessAlarmSeconds, int iteratorAgeAlarmSeconds, int streamRetentionHours) {
        int spanSeconds = freshnessAlarmSeconds + iteratorAgeAlarmSeconds;
        int earlyHours = Math.max(1, (spanSeconds + HOUR_SECONDS - 1) / HOUR_SECONDS);
        // A day more than the retention covers a change made just before midnight.
        return new QueryWindow(earlyHours, (streamRetentionHours + 23) / 24 + 1);
    }
}
