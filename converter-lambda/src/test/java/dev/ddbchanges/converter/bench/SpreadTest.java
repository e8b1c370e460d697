package dev.ddbchanges.converter.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

class SpreadTest {
    private static final Offset<Double> EXACT = Offset.offset(1e-9);

    @ParameterizedTest(name = "{0}: {4}")
    @CsvFileSource(resources = "/bench/verdicts.tsv", delimiter = '\t')
    void theVerdictFollowsFromTheRoundsRange(String ratios, double min, double median, double max, String verdict) {
        Spread spread = Spread.of(Arrays.stream(ratios.split(","))
                .mapToDouble(Double::parseDouble)
                .toArray());

        assertThat(spread.min()).isCloseTo(min, EXACT);
        assertThat(spread.median()).isCloseTo(median, EXACT);
        assertThat(spread.max()).isCloseTo(max, EXACT);
        assertThat(spread.verdict().text).isEqualTo(verdict);
    }

    @Test
    void theGoalIsMetOnlyWhenEveryRatioIsFaster() {
        Spread faster = Spread.of(1.2, 1.3, 1.4);
        Spread wide = Spread.of(0.46, 1.1, 1.34);
        Spread slower = Spread.of(0.86, 0.9, 0.93);

        assertThat(Spread.goalStatus(List.of(faster, faster))).isEqualTo("met");
        assertThat(Spread.goalStatus(List.of(faster, wide)))
                .isEqualTo("undecided (no ratio is slower, but not every ratio is conclusively faster)");
        assertThat(Spread.goalStatus(List.of(faster, wide, slower))).isEqualTo("not met");
        assertThat(Spread.goalStatus(List.of()))
                .isEqualTo("undecided (no ratio is slower, but not every ratio is conclusively faster)");
    }

    @Test
    void aRatioPrintsWithItsRangeAndVerdict() {
        assertThat(Spread.of(0.46, 1.34, 1.1)).hasToString("1.10x (0.46-1.34) spread too wide to conclude");
    }
}
