package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.TestApps;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The replay command refuses what it cannot use before it writes anything. */
class ReplayMainTest {
    @Test
    void anEnvironmentNotInCdktfJsonIsRefusedWithWhatIsAllowed() {
        assertThatThrownBy(() -> ReplayMain.run("main/samples/changes.jsonl", "current_state", "", "", "qa"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replay.environment = qa is not in cdktf.json; allowed: the name of an environment there, "
                        + "such as dev");
    }

    @Test
    void aSavedQueryThatDoesNotExistIsRefusedWithTheOnesThatDo() {
        assertThatThrownBy(() -> ReplayMain.run("main/samples/changes.jsonl", "latest", "", "", "dev"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replay.query = latest is not a saved query; allowed: current_state, key_history, "
                        + "changes_per_day, ttl_deletes, failures_by_hour, or replay.sql=<file>");
    }

    /** The sample's refused record is counted in the hour it arrived: the replay writes Firehose's error record. */
    @Test
    void failuresByHourOverTheSampleShowsTheHourOfItsRefusedRecord() throws Exception {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            ReplayMain.run(
                    "main/samples/changes.jsonl",
                    "failures_by_hour",
                    "",
                    "'2026-11-01','2026-11-30','2026-11-01','2026-11-30'",
                    "dev");
        } finally {
            System.setOut(stdout);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(TestApps.resource("replay/failures_by_hour-of-sample.txt")));
    }
}
