package dev.ddbchanges.app.replay;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
}
