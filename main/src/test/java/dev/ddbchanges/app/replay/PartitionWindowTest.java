package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.engines.QueryEngine;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each widening of {@code changes-per-day}'s partition filter is needed: without it, a change of the stream corpus is
 * lost. The corpus is buffered as Firehose buffers, so an object opened at 23:59:40 holds a change of 00:00:30 the
 * next day, filed under the day before.
 */
class PartitionWindowTest {
    private static final String EARLY = "INTERVAL '{{early_hours}}' HOUR";
    private static final String LATE = "INTERVAL '{{late_days}}' DAY";

    @TempDir
    static Path outdir;

    @BeforeAll
    static void replayTheStream() throws Exception {
        ChangeReplay.replay(
                Files.readAllLines(TestApps.resource("replay/stream.jsonl")), outdir, SavedQueriesProofTest.BUFFERING);
    }

    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void withoutTheEarlyHoursTheChangeAfterMidnightInAnObjectOpenedBeforeItIsLost(QueryEngine engine) throws Exception {
        assertThat(changesPerDay(engine, template().replace(EARLY, "INTERVAL '0' HOUR"), "2026-11-26"))
                .containsExactly("event_day\tevent_name\tchanges", "2026-11-26\tREMOVE\t1");
        assertThat(changesPerDay(engine, template(), "2026-11-26"))
                .containsExactly("event_day\tevent_name\tchanges", "2026-11-26\tINSERT\t1", "2026-11-26\tREMOVE\t1");
    }

    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void withoutTheEarlyHourTheChangeJustAfterTheHourInAnObjectOpenedBeforeItIsLost(QueryEngine engine)
            throws Exception {
        String sql = Files.readString(TestApps.resource("replay/sql/changes_in_hour.sql"));
        List<String> hour = List.of("2026-11-25 15", "2026-11-25 15", "2026-11-25 15");
        assertThat(sql).contains(EARLY);

        assertThat(engine.query(outdir, sql.replace(EARLY, "INTERVAL '0' HOUR"), hour))
                .containsExactly(List.of("event_time", "event_name", "pk"));
        assertThat(engine.query(outdir, sql, hour))
                .containsExactly(
                        List.of("event_time", "event_name", "pk"),
                        List.of("2026-11-25T15:00:05.000000Z", "MODIFY", "order-12"));
    }

    @ParameterizedTest
    @EnumSource(QueryEngine.class)
    void withoutTheLateDaysTheChangeDeliveredTwoDaysLateIsLost(QueryEngine engine) throws Exception {
        assertThat(changesPerDay(engine, template().replace(LATE, "INTERVAL '0' DAY"), "2026-11-25"))
                .startsWith("event_day\tevent_name\tchanges", "2026-11-25\tINSERT\t11");
        assertThat(changesPerDay(engine, template(), "2026-11-25"))
                .startsWith("event_day\tevent_name\tchanges", "2026-11-25\tINSERT\t12");
    }

    @Test
    void theWindowCoversBothAlarmThresholdsAndTheStreamsRetention() {
        // Defaults: 3 rounds of (60 s + 60 s) and 600 s behind: 960 s, within one hour.
        assertThat(QueryWindow.of(360, 600, 24)).isEqualTo(new QueryWindow(1, 2));
        assertThat(QueryWindow.of(360, 600, 168)).isEqualTo(new QueryWindow(1, 8));
        assertThat(QueryWindow.of(3000, 601, 25)).isEqualTo(new QueryWindow(2, 3));
        // The widest the settings allow: 20 rounds of 1800 s and a day behind.
        assertThat(QueryWindow.of(36000, 86400, 8760)).isEqualTo(new QueryWindow(34, 366));
        assertThat(NamedQuery.CHANGES_PER_DAY.sql("t", new QueryWindow(2, 8)))
                .contains("INTERVAL '2' HOUR", "INTERVAL '8' DAY")
                .doesNotContain("{{");
    }

    private static String template() {
        String template = NamedQuery.CHANGES_PER_DAY.template();
        assertThat(template).contains(EARLY, LATE);
        return template;
    }

    private static List<String> changesPerDay(QueryEngine engine, String sql, String day) throws Exception {
        return engine.query(outdir, sql, List.of(day, day, day, day)).stream()
                .map(row -> String.join("\t", row))
                .toList();
    }
}
