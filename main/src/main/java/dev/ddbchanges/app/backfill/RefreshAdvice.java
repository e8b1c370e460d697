package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.contract.HourPartitions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What follows a backfill in an environment with a current-state table. A scheduled refresh reads only the partitions
 * of its last {@code refreshHours}: lines written into an older hour (a resume long after its marker's hour) reach the
 * table only by a rebuild, and lines it does read are read again by every refresh until their hour leaves the window.
 */
final class RefreshAdvice {
    private static final long BYTES_PER_MB = 1024L * 1024L;

    private RefreshAdvice() {}

    /**
     * @param hour          the partition the lines went to, {@code year=.../hour=HH/}
     * @param gzippedBytes  the bytes of the objects written: Athena counts what it reads from S3, the compressed
     *                      objects, against the workgroup's scan limit
     */
    static List<String> lines(BackfillTarget target, String hour, Instant now, long gzippedBytes) {
        if (!target.currentStateTable()) {
            return List.of();
        }
        String where = DeliveryLayout.DATA_PREFIX + hour;
        // The refresh compares partition paths as text from the hour of (its time - window); so does this.
        if (hour.compareTo(HourPartitions.path(now.minus(Duration.ofHours(target.refreshHours())))) < 0) {
            return List.of("current_state: the lines are in " + where + ", older than the " + target.refreshHours()
                    + " hours a scheduled refresh reads; run ./ddb-changes rebuild-current-state --environment "
                    + target.environment() + " so current_state includes them");
        }
        Instant leaves = FirstStreamHour.start(hour).plus(Duration.ofHours(target.refreshHours() + 1L));
        List<String> lines = new ArrayList<>();
        lines.add("current_state: the next scheduled refresh reads them (" + where + " is within the "
                + target.refreshHours() + " hours it reads); nothing to run");
        if (gzippedBytes > target.scanLimitMb() * BYTES_PER_MB) {
            lines.add("warning: the backfill wrote " + (gzippedBytes + BYTES_PER_MB - 1) / BYTES_PER_MB + " MB "
                    + "gzipped (the bytes Athena scans), more than queryScanLimitMb = " + target.scanLimitMb()
                    + ": every refresh until " + leaves + " reads them and may hit the workgroup's scan limit "
                    + "(the refresh then fails and its alarm fires); raise queryScanLimitMb until then");
        }
        return lines;
    }
}
