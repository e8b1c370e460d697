package dev.ddbchanges.app.queries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RefreshWindowTest {

    @Test
    void coversTheRetentionADayOfS3RetriesTheBuffersAndTwoIntervalsRoundedUpToWholeHours() {
        // 24 h + 24 h + 120 s + 2 x 60 min = 50 h 2 min: 51 partitions' hours.
        assertThat(RefreshWindow.of(24, 120, 60).hours()).isEqualTo(51);
        // 168 h + 24 h + 960 s + 2 x 15 min = 192 h 46 min.
        assertThat(RefreshWindow.of(168, 960, 15).hours()).isEqualTo(193);
    }

    @Test
    void aWholeNumberOfHoursStaysAsItIs() {
        // 24 h + 24 h + 0 s + 2 x 30 min = 49 h exactly.
        assertThat(RefreshWindow.of(24, 0, 30).hours()).isEqualTo(49);
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatThrownBy(() -> new RefreshWindow(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("hours = 0; allowed: at least 1");
    }

    @Test
    void fillsTheMergeWithTheTablesTheLocationAndTheWindow() {
        String sql = RefreshStatement.MERGE.sql(new RefreshTarget(
                "db.dynamodb_changes", "db.current_state", "s3://b/current-state/", new RefreshWindow(7)));

        assertThat(sql)
                .contains("MERGE INTO db.current_state AS state")
                .contains("FROM db.dynamodb_changes\n")
                .contains("INTERVAL '7' HOUR")
                .doesNotContain("{{");
        assertThat(RefreshStatement.CREATE_TABLE.sql(
                        new RefreshTarget("c", "db.current_state", "s3://b/current-state/", new RefreshWindow(7))))
                .contains("LOCATION 's3://b/current-state/'")
                .contains("'table_type' = 'ICEBERG'");
    }

    @Test
    void refusesALocationThatIsNotAFolder() {
        assertThatThrownBy(() -> new RefreshTarget("c", "t", "s3://b", new RefreshWindow(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("currentStateLocation = s3://b; allowed: a folder ending in '/'");
    }
}
