package dev.ddbchanges.converter.record;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * DynamoDB's {@code ApproximateCreationDateTime} is epoch milliseconds by default and epoch microseconds when the
 * streaming destination asks for that precision; the record does not say which. The two ranges below cannot overlap
 * for any date between 1973 and 5138, so the magnitude decides.
 */
final class EventTimes {

    /** 1973-03-03T09:46:40Z in milliseconds; smaller values are neither precision (seconds, or garbage). */
    static final long MIN_MILLIS = 100_000_000_000L;
    /** 1973-03-03T09:46:40Z in microseconds: the first value read as microseconds. */
    static final long MIN_MICROS = 100_000_000_000_000L;
    /** 5138-11-16T09:46:40Z in microseconds: values from here on are rejected. */
    static final long MAX_MICROS_EXCLUSIVE = 100_000_000_000_000_000L;

    /** The whole seconds of an ISO-8601 UTC time, without the zone letter: {@link IsoTimeText} adds the fraction. */
    static final DateTimeFormatter SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss").withZone(ZoneOffset.UTC);

    private EventTimes() {}

    /** A point in time with the precision the record carried. */
    record EventTime(long epochMicros, boolean microsecondPrecision) {

        /** The lines print as many fraction digits as the source carried. */
        int fractionDigits() {
            return microsecondPrecision ? 6 : 3;
        }
    }

    /** Returns null when the value is outside both ranges. */
    static EventTime fromApproximateCreationDateTime(long value) {
        if (value >= MIN_MILLIS && value < MIN_MICROS) {
            return new EventTime(value * 1000L, false);
        }
        if (value >= MIN_MICROS && value < MAX_MICROS_EXCLUSIVE) {
            return new EventTime(value, true);
        }
        return null;
    }
}
