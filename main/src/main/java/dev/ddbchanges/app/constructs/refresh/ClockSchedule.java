package dev.ddbchanges.app.constructs.refresh;

/**
 * The refresh schedule's expression: a cron on the clock, not a rate, because a rate's runs fall wherever its
 * schedule was created, while a cron's fall on the same times every day, one of them at 00:00 UTC, the run that also
 * maintains the table. Only intervals that divide the hour, or whole hours that divide the day, keep that rhythm.
 */
final class ClockSchedule {
    private static final int HOUR = 60;
    private static final int DAY = 24 * HOUR;

    private ClockSchedule() {}

    /** Whether runs every {@code minutes} fall on the same clock times every day, one of them at midnight. */
    static boolean fits(int minutes) {
        return minutes > 0 && (minutes < HOUR ? HOUR % minutes == 0 : minutes % HOUR == 0 && DAY % minutes == 0);
    }

    /** EventBridge Scheduler's cron (minutes, hours, day of month, month, day of week, year), read in UTC. */
    static String cron(int minutes) {
        if (!fits(minutes)) {
            throw new IllegalArgumentException("refreshMinutes = " + minutes
                    + "; allowed: a divisor of 60, or a whole number of hours that divides 24");
        }
        if (minutes < HOUR) {
            return "cron(0/" + minutes + " * * * ? *)";
        }
        if (minutes == DAY) {
            return "cron(0 0 * * ? *)";
        }
        return minutes == HOUR ? "cron(0 * * * ? *)" : "cron(0 0/" + minutes / HOUR + " * * ? *)";
    }
}
