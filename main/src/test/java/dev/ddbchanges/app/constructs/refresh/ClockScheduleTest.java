package dev.ddbchanges.app.constructs.refresh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClockScheduleTest {
    @ParameterizedTest
    @CsvFileSource(resources = "/refresh/schedule-expressions.csv")
    void eachIntervalThatDividesTheDayRunsOnTheClock(int minutes, String cron) {
        assertThat(ClockSchedule.fits(minutes)).isTrue();
        assertThat(ClockSchedule.cron(minutes)).isEqualTo(cron);
    }

    /** A cron cannot repeat these on the clock and still meet midnight every day. */
    @ParameterizedTest
    @ValueSource(ints = {0, 7, 25, 45, 90, 300, 600, 900, 2880})
    void anIntervalThatLeavesTheDayUnevenIsRefused(int minutes) {
        assertThat(ClockSchedule.fits(minutes)).isFalse();
        assertThatThrownBy(() -> ClockSchedule.cron(minutes))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("refreshMinutes = " + minutes
                        + "; allowed: a divisor of 60, or a whole number of hours that divides 24");
    }
}
