package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.queries.NamedQuery;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every figure README and the pages state that the build can count is counted here, so a page cannot keep a number
 * the code has left behind: alarms, saved queries, outputs, the planned resources. Links between the pages resolve.
 */
public class DocumentedFiguresTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]*)(?:#([^)\\s]+))?\\)");
    private static final Pattern PLAN_LINE = Pattern.compile("Plan: (\\d+) to add");
    private static final Pattern ROW_NAME = Pattern.compile("^\\| `([a-z_]+)` \\|", Pattern.MULTILINE);
    private static final List<String> NUMBER_WORDS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen");

    private final JsonNode dev = readJson(TestApps.resource("snapshots/dev.tf.json"));

    @Test
    void theAlarmCountIsTheStacksEverywhereItIsWritten() {
        int alarms = dev.path("resource").path("aws_cloudwatch_metric_alarm").size();

        assertThat(alarms).isEqualTo(15);
        assertThat(Docs.read("README.md")).contains(alarms + " CloudWatch alarms");
        assertThat(Docs.read("docs/operations.md"))
                .contains("The " + NUMBER_WORDS.get(alarms) + " alarms")
                .contains("## The topic and the " + NUMBER_WORDS.get(alarms) + " alarms");
        assertThat(Docs.read("docs/lifecycle-and-costs.md")).contains(alarms + " alarms");
    }

    @Test
    void theSavedQueryCountIsTheWorkgroupsEverywhereItIsWritten() {
        int queries = dev.path("resource").path("aws_athena_named_query").size();

        assertThat(queries).isEqualTo(NamedQuery.values().length);
        assertThat(Docs.read("README.md"))
                .contains(queries + " saved queries")
                .contains("the " + NUMBER_WORDS.get(queries) + " saved queries");
        assertThat(Docs.read("docs/queries.md")).contains("holds " + NUMBER_WORDS.get(queries) + " saved queries");
    }

    @Test
    void theOutputsTableListsExactlyTheStacksOutputs() {
        List<String> documented = new ArrayList<>();
        Matcher row = ROW_NAME.matcher(Docs.between(Docs.read("docs/queries.md"), "outputs"));
        while (row.find()) {
            documented.add(row.group(1));
        }

        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(dev.path("output")
                        .propertyStream()
                        .map(Map.Entry::getKey)
                        .toList());
    }

    @Test
    void theQuickStartsPlanTotalIsDevsPlannedResourceCount() throws IOException {
        int planned = Files.readAllLines(TestApps.resource("plan/expected-plan.tsv")).stream()
                .filter(line -> line.startsWith("dev\t"))
                .mapToInt(line -> Integer.parseInt(line.split("\t")[2]))
                .sum();
        Matcher plan = PLAN_LINE.matcher(Docs.read("README.md"));

        assertThat(plan.find()).as("README shows the plan's total").isTrue();
        assertThat(Integer.parseInt(plan.group(1))).isEqualTo(planned);
    }

    @Test
    void everyLinkBetweenThePagesReachesAFileAndItsHeading() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(page -> page.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        for (Path page : pages) {
            Matcher link = LINK.matcher(Files.readString(page));
            while (link.find()) {
                String file = link.group(1);
                if (file.startsWith("http")) {
                    continue;
                }
                Path target = file.isEmpty() ? page : page.resolveSibling(file).normalize();
                assertThat(target).as(page + " links to " + file).exists();
                if (link.group(2) != null) {
                    assertThat(anchors(target))
                            .as(page + " links to " + link.group(0))
                            .contains(link.group(2));
                }
            }
        }
    }

    /** GitHub's heading anchors: lower case, spaces to hyphens, other punctuation dropped; code blocks skipped. */
    private static List<String> anchors(Path page) throws IOException {
        List<String> headings = new ArrayList<>();
        boolean inCode = false;
        for (String line : Files.readAllLines(page)) {
            if (line.startsWith("```")) {
                inCode = !inCode;
            } else if (!inCode && line.startsWith("#")) {
                headings.add(line);
            }
        }
        return headings.stream()
                .map(line -> line.replaceFirst("^#+\\s*", "")
                        .toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^a-z0-9 _-]", "")
                        .replace(' ', '-'))
                .toList();
    }

    private static JsonNode readJson(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError(file + " cannot be read", e);
        }
    }
}
