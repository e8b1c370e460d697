package dev.ddbchanges.converter.record;

/**
 * The two times a line carries, as both renderers write them: the event time with the precision the record carried,
 * the arrival time in milliseconds. Each has its own {@link IsoTimeText}, whose cache of the second holds across a
 * batch only if the other time does not overwrite it. Not thread-safe.
 */
final class LineTimes {

    private final IsoTimeText event = new IsoTimeText();
    private final IsoTimeText arrival = new IsoTimeText();

    /** Formats the event time into {@link #eventChars()}; returns its length. */
    int event(EventTimes.EventTime time) {
        return event.format(time.epochMicros(), time.fractionDigits());
    }

    char[] eventChars() {
        return event.chars();
    }

    /** Formats an arrival time into {@link #arrivalChars()}; returns its length. */
    int arrival(long epochMillis) {
        return arrival.format(Math.multiplyExact(epochMillis, 1000L), 3);
    }

    char[] arrivalChars() {
        return arrival.chars();
    }
}
