package dev.ddbchanges.app.queries;

import dev.ddbchanges.app.config.EnvironmentSettings;

/**
 * How many hours of arrival partitions one refresh of the current-state table reads: every partition that can have
 * received an object since the refresh before the last one.
 *
 * <p>A partition is the hour its object's oldest record reached the stream, and the object lands in S3 later: after
 * Firehose has read the record (at most the stream's retention behind, or the record is gone), buffered it (the
 * converter's batch and the S3 buffer) and delivered it (Firehose retries a failing S3 delivery for up to a day). A
 * refresh that reads that far back, plus two refresh intervals (so one skipped or failed run loses nothing), sees
 * every object that arrived since the last successful run. Reading a change twice is harmless: the merge keeps the
 * newer version of each key, so a repeated or older change changes nothing.
 *
 * @param hours how many hours before the refresh time the partitions it reads start
 */
public record RefreshWindow(int hours) {
    /** Firehose retries a failing delivery to S3 for this long, then drops the data. */
    static final int S3_DELIVERY_RETRY_HOURS = 24;

    /**
     * The refresh time a rebuild passes: the window then starts before the first partition the pipeline can write
     * ({@code ChangeTableSchema.FIRST_YEAR}), so the merge reads all of history.
     */
    public static final String REBUILD_TIME = "2026-01-01T00:00:00Z";

    private static final int HOUR_SECONDS = 3600;

    public RefreshWindow {
        if (hours < 1) {
            throw new IllegalArgumentException("hours = " + hours + "; allowed: at least 1");
        }
    }

    /** The window of an environment, from its stream's retention, its buffers and its refresh interval. */
    public static RefreshWindow of(EnvironmentSettings settings) {
        return of(
                settings.stream().retentionHours(),
                settings.delivery().bufferRoundSeconds(),
                settings.query().refreshMinutes());
    }

    /**
     * @param streamRetentionHours how long the stream keeps a record Firehose has not read
     * @param bufferRoundSeconds   the longest a record waits in Firehose's buffers
     * @param refreshMinutes       how often the refresh runs
     */
    public static RefreshWindow of(int streamRetentionHours, int bufferRoundSeconds, int refreshMinutes) {
        long seconds = (long) (streamRetentionHours + S3_DELIVERY_RETRY_HOURS) * HOUR_SECONDS
                + bufferRoundSeconds
                + 2L * refreshMinutes * 60;
        return new RefreshWindow(Math.toIntExact((seconds + HOUR_SECONDS - 1) / HOUR_SECONDS));
    }
}
