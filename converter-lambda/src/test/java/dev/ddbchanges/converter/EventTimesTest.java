package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventTimesTest {

    @Test
    void millisecondsAreNormalizedToMicrosecondsAndPrintedWithThreeDigits() {
        EventTimes.EventTime time = EventTimes.fromApproximateCreationDateTime(1_764_107_910_123L);

        assertThat(time.epochMicros()).isEqualTo(1_764_107_910_123_000L);
        assertThat(time.iso()).isEqualTo("2025-11-25T21:58:30.123Z");
    }

    @Test
    void microsecondsArePrintedWithSixDigitsEvenWhenTheyEndInZeros() {
        assertThat(EventTimes.fromApproximateCreationDateTime(1_764_107_910_123_456L).iso())
                .isEqualTo("2025-11-25T21:58:30.123456Z");
        assertThat(EventTimes.fromApproximateCreationDateTime(1_764_107_910_000_000L).iso())
                .isEqualTo("2025-11-25T21:58:30.000000Z");
    }

    @Test
    void theRangesMeetWithoutOverlap() {
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MIN_MILLIS - 1)).isNull();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MIN_MILLIS).microsecondPrecision()).isFalse();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MIN_MICROS - 1).microsecondPrecision())
                .isFalse();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MIN_MICROS).microsecondPrecision()).isTrue();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MAX_MICROS_EXCLUSIVE - 1)).isNotNull();
        assertThat(EventTimes.fromApproximateCreationDateTime(EventTimes.MAX_MICROS_EXCLUSIVE)).isNull();
        assertThat(EventTimes.fromApproximateCreationDateTime(-1_764_107_910_123L)).isNull();
        assertThat(EventTimes.fromApproximateCreationDateTime(1_764_107_910L)).as("seconds").isNull();
    }

    @Test
    void arrivalTimesKeepMilliseconds() {
        assertThat(EventTimes.isoMillis(1_764_107_911_500L)).isEqualTo("2025-11-25T21:58:31.500Z");
    }
}
