package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.config.Definitions;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.queries.NamedQuery;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's quick start and commands, and the settings page's table, held to the code and the build. */
public class ReadmeTest {
    private static final Pattern SETTING_ROW =
            Pattern.compile("^\\| `([A-Za-z]+)` \\| (.+?) \\| (.+?) \\| (.+?) \\|$", Pattern.MULTILINE);
    private static final Pattern MAIN_JOB_ROW =
            Pattern.compile("^\\| main job [^|]*\\| `([^`]+)` \\|", Pattern.MULTILINE);
    /** How far a newcomer reads before giving up on a README: the quick start must be within it. */
    private static final int FIRST_SCREENS = 90;

    private final String readme = Docs.read("README.md");

    @Test
    void theSettingsTableListsEverySettingInOrderWithItsDefaultWhatIsAllowedAndWhatItMeans() {
        String table = Docs.between(Docs.read("docs/settings.md"), "settings");
        List<String[]> rows = new ArrayList<>();
        Matcher row = SETTING_ROW.matcher(table);
        while (row.find()) {
            rows.add(new String[] {row.group(1), row.group(2), row.group(3), row.group(4)});
        }

        List<Definitions.Row> defined = Definitions.readmeTable();
        assertThat(rows)
                .extracting(r -> r[0])
                .containsExactlyElementsOf(
                        defined.stream().map(Definitions.Row::key).toList());
        for (int i = 0; i < rows.size(); i++) {
            Definitions.Row setting = defined.get(i);
            assertThat(rows.get(i)[1]).as(setting.key() + " default").isEqualTo(setting.defaultText());
            assertThat(rows.get(i)[2]).as(setting.key() + " allowed").isEqualTo(setting.allowed());
            assertThat(rows.get(i)[3]).as(setting.key() + " meaning").isEqualTo(setting.meaning());
        }
    }

    @Test
    void theMainJobIsTheLaunchersPlanAndCiRunsIt() {
        Matcher row = MAIN_JOB_ROW.matcher(readme);

        assertThat(row.find()).as("README has a main job row").isTrue();
        assertThat(row.group(1)).isEqualTo("./ddb-changes plan");
        assertThat(Path.of("ddb-changes")).isExecutable();
        assertThat(Docs.read("ddb-changes"))
                .contains("\n  plan) build && run_app dev.ddbchanges.app.MainJob \"$@\" ;;\n");
        assertThat(Docs.read(".ci/run").lines()).contains(row.group(1));
    }

    @Test
    void theQuickStartTakesANewcomerFromCloneToDeployWithinTheFirstScreens() {
        List<String> lines = readme.lines().toList();
        String firstScreens = String.join("\n", lines.subList(0, Math.min(FIRST_SCREENS, lines.size())));

        assertThat(firstScreens)
                .contains("## Quick start")
                .contains("./ddb-changes plan\n")
                .contains("mvn -B clean verify")
                .contains("./ddb-changes replay")
                .containsSubsequence(
                        "cdktf deploy state-bootstrap-<account>",
                        "cdktf deploy ci-access-<account>",
                        "cdktf deploy dev")
                .contains("cdktf destroy dev");
    }

    @Test
    void theDiagramRendersOnGithubAndShowsTheKeyTheAlarmsAndTheTopic() {
        String diagram = readme.substring(readme.indexOf("```mermaid\n"));
        diagram = diagram.substring(0, diagram.indexOf("\n```\n"));

        assertThat(diagram).startsWith("```mermaid\nflowchart LR").contains("KMS key", "alarms", "SNS topic");
    }

    @Test
    void theReplayCommandIsTheLaunchersAndTheQueriesPageNamesEverySavedQuery() {
        String queries = Docs.read("docs/queries.md");

        assertThat(readme).contains("./ddb-changes replay --query current_state");
        assertThat(queries).contains("./ddb-changes replay --query current_state");
        assertThat(Path.of("main", "samples", "changes.jsonl")).isRegularFile();
        assertThat(Docs.read("ddb-changes"))
                .contains("\n  replay) build && run_app dev.ddbchanges.app.replay.ReplayMain");
        for (NamedQuery query : NamedQuery.values()) {
            assertThat(queries).contains("| `<prefix>-" + query.nameSuffix() + "` |");
        }
    }

    @Test
    void theEphemeralVariablesAndCdktfJsonAppCommandAreTheOnesDocumented() {
        assertThat(readme).contains(EphemeralRequest.NAME_VARIABLE + "=pr-123");
        assertThat(Docs.read("docs/settings.md"))
                .contains(EphemeralRequest.NAME_VARIABLE + "=pr-123")
                .contains(EphemeralRequest.BASE_VARIABLE);
        assertThat(Docs.read(TestApps.CDKTF_JSON.toString())).contains("\"app\": \"./ddb-changes synth\"");
        assertThat(Docs.read("docs/lifecycle-and-costs.md")).contains("`./ddb-changes synth`");
    }
}
