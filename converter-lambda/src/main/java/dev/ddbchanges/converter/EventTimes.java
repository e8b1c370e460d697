package dev.ddbchanges.converter;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;

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

    private static final DateTimeFormatter MILLIS = formatter(3);
    private static final DateTimeFormatter MICROS = formatter(6);
    /** The whole-second part of both, for {@link IsoTimeText}. */
    static final DateTimeFormatter SECONDS = formatter(0);

    private EventTimes() {
    }

    /** A point in time with the precision the record carried. */
    record EventTime(long epochMicros, boolean microsecondPrecision) {

        /** ISO-8601 UTC with exactly as many fraction digits as the source carried (3 or 6). */
        String iso() {
            return format(epochMicros, microsecondPrecision ? MICROS : MILLIS);
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

    /** ISO-8601 UTC with millisecond precision, as Kinesis reports arrival times. */
    static String isoMillis(long epochMillis) {
        return format(Math.multiplyExact(epochMillis, 1000L), MILLIS);
    }

    private static String format(long epochMicros, DateTimeFormatter formatter) {
        Instant instant = Instant.ofEpochSecond(
                Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1000L);
        return formatter.format(instant);
    }

    /** With no fraction digits, the seconds alone, without the zone letter. */
    private static DateTimeFormatter formatter(int fractionDigits) {
        DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder().appendPattern("uuuu-MM-dd'T'HH:mm:ss");
        if (fractionDigits > 0) {
            builder.appendFraction(ChronoField.NANO_OF_SECOND, fractionDigits, fractionDigits, true).appendLiteral('Z');
        }
        return builder.toFormatter().withZone(ZoneOffset.UTC);
    }
}
