package dev.ddbchanges.converter.record;

import java.time.Instant;

/**
 * EventTimes' ISO-8601 text, written into a reusable buffer. The date and time of day go through DateTimeFormatter
 * only when the second changes: the records of one batch mostly share their seconds, and formatting costs more than
 * the rest of a small record's line. Not thread-safe.
 */
final class IsoTimeText {

    /** {@code uuuu-MM-ddTHH:mm:ss}: four-digit years cover all of EventTimes' range. */
    private static final int SECONDS_LENGTH = 19;

    private final char[] text = new char[SECONDS_LENGTH + 1 + 6 + 1];
    private long cachedSecond = Long.MIN_VALUE;

    /**
     * Formats {@code epochMicros} with 3 or 6 fraction digits (truncated, as DateTimeFormatter does).
     *
     * @return the length of the text in {@link #chars()}
     */
    int format(long epochMicros, int fractionDigits) {
        long second = Math.floorDiv(epochMicros, 1_000_000L);
        if (second != cachedSecond) {
            String seconds = EventTimes.SECONDS.format(Instant.ofEpochSecond(second));
            if (seconds.length() != SECONDS_LENGTH) {
                throw new IllegalArgumentException("epoch microseconds outside EventTimes' range: " + epochMicros);
            }
            seconds.getChars(0, SECONDS_LENGTH, text, 0);
            cachedSecond = second;
        }
        int fraction = (int) Math.floorMod(epochMicros, 1_000_000L);
        if (fractionDigits == 3) {
            fraction /= 1000;
        } else if (fractionDigits != 6) {
            throw new IllegalArgumentException("fractionDigits must be 3 or 6, was " + fractionDigits);
        }
        int end = SECONDS_LENGTH + 1 + fractionDigits;
        text[SECONDS_LENGTH] = '.';
        for (int i = end - 1; i > SECONDS_LENGTH; i--) {
            text[i] = (char) ('0' + fraction % 10);
            fraction /= 10;
        }
        text[end] = 'Z';
        return end + 1;
    }

    char[] chars() {
        return text;
    }
}
