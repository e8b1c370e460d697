package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.config.Definitions;
import dev.ddbchanges.app.config.EphemeralRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** README's settings table and commands, held to the code and the build. */
public class ReadmeTest {
    private static final Pattern SETTING_ROW =
            Pattern.compile("^\\| `([A-Za-z]+)` \\| (.+?) \\| (.+?) \\| (.+?) \\|$", Pattern.MULTILINE);
    private static final Pattern MAIN_JOB_ROW =
            Pattern.compile("^\\| main job [^|]*\\| `([^`]+)` \\|", Pattern.MULTILINE);

    private static final Path LAUNCHER = Path.of("ddb-changes");

    private final String readme = read(Path.of("README.md"));

    @Test
    void theSettingsTableListsEverySettingInOrderWithItsDefaultWhatIsAllowedAndWhatItMeans() {
        String table =
                readme.substring(readme.indexOf("<!-- settings:start -->"), readme.indexOf("<!-- settings:end -->"));
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
    void theMainJobIsTheLaunchersPlanCommandWhichCiRuns() {
        Matcher row = MAIN_JOB_ROW.matcher(readme);

        assertThat(row.find()).as("README has a main job row").isTrue();
        assertThat(row.group(1)).isEqualTo("./ddb-changes plan");
        assertThat(read(LAUNCHER)).contains("\n  plan) build && run_app dev.ddbchanges.app.MainJob \"$@\" ;;\n");
        assertThat(read(Path.of(".ci", "run")).lines()).contains(row.group(1));
    }

    @Test
    void theReplayCommandIsTheLaunchersAndReadmeNamesEverySavedQuery() {
        assertThat(readme).contains("./ddb-changes replay main/samples/changes.jsonl --query current_state");
        assertThat(read(LAUNCHER)).contains("\n  replay) build && run_app dev.ddbchanges.app.replay.ReplayMain");
        for (dev.ddbchanges.app.queries.NamedQuery query : dev.ddbchanges.app.queries.NamedQuery.values()) {
            assertThat(readme).contains("| `<prefix>-" + query.nameSuffix() + "` |");
        }
    }

    @Test
    void theEphemeralVariablesAndCdktfJsonAppCommandAreTheOnesDocumented() throws IOException {
        assertThat(readme)
                .contains(EphemeralRequest.NAME_VARIABLE + "=pr-123")
                .contains(EphemeralRequest.BASE_VARIABLE);
        assertThat(new ObjectMapper()
                        .readTree(TestApps.CDKTF_JSON.toFile())
                        .path("app")
                        .asText())
                .isEqualTo("./ddb-changes synth");
        assertThat(read(LAUNCHER))
                .contains("\n  synth) build && run_app dev.ddbchanges.app.Main \"$@\" ;;\n")
                .contains("converter_jar=converter-lambda/target/converter-lambda.jar\n")
                .contains("-D" + PipelineApp.CONVERTER_JAR_PROPERTY + "=\"$converter_jar\"");
        assertThat(Path.of("ddb-changes")).isExecutable();
        assertThat(Arrays.stream(new String[] {"help", "README.md", "pom.xml", "cdktf.json"}))
                .allSatisfy(file -> assertThat(Path.of(file)).isRegularFile());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(path + " cannot be read", e);
        }
    }
}
