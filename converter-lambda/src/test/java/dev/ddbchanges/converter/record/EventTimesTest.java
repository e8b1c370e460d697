package dev.ddbchanges.converter.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The times as the lines print them: through {@link IsoTimeText}, with the digits {@link EventTimes} chose. */
class EventTimesTest {

    private static String iso(EventTimes.EventTime time) {
        return text(time.epochMicros(), time.fractionDigits());
    }

    private static String text(long epochMicros, int fractionDigits) {
        IsoTimeText text = new IsoTimeText();
        return new String(text.chars(), 0, text.format(epochMicros, fractionDigits));
    }

    @Test
    void millisecondsAreNormalizedToMicrosecondsAndPrintedWithThreeDigits() {
        EventTimes.EventTime time = EventTimes.fromApproximateCreationDateTime(1_764_107_910_123L);

        assertThat(time.epochMicros()).isEqualTo(1_764_107_910_123_000L);
        assertThat(iso(time)).isEqualTo("2025-11-25T21:58:30.123Z");
    }

    @Test
    void microsecondsArePrintedWithSixDigitsEvenWhenTheyEndInZeros() {
        assertThat(iso(EventTimes.fromApproximateCreationDateTime(1_764_107_910_123_456L)))
                .isEqualTo("2025-11-25T21:58:30.123456Z");
        assertThat(iso(EventTimes.fromApproximateCreationDateTime(1_764_107_910_000_000L)))
                .isEqualTo("2025-11-25T21:58:30.000000Z");
    }

    @Test
    void theRangesMeetWithoutOverlap() {
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MIN_MILLIS - 1))
                .isNull();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MIN_MILLIS)
                        .microsecondPrecision())
                .isFalse();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MIN_MICROS - 1)
                        .microsecondPrecision())
                .isFalse();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MIN_MICROS)
                        .microsecondPrecision())
                .isTrue();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MAX_MICROS_EXCLUSIVE - 1))
                .isNotNull();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MAX_MICROS_EXCLUSIVE))
                .isNull();
        assertThat(EventTimes.fromApproximateCreationDateTime(-1_764_107_910_123L))
                .isNull();
        assertThat(EventTimes.fromApproximateCreationDateTime(1_764_107_910L))
                .as("seconds")
                .isNull();
    }

    @Test
    void arrivalTimesKeepMilliseconds() {
        assertThat(text(1_764_107_911_500_000L, 3)).isEqualTo("2025-11-25T21:58:31.500Z");
    }
}
