package dev.ddbchanges.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/security-rules.md held to PolicyRulesTest: a rule the page claims must have its test, a test must have its row,
 * and every test the page cites must exist, so that renaming or dropping one shows here.
 */
public class SecurityRulesDocTest {
    private static final Path PAGE = Path.of("docs", "security-rules.md");
    private static final Path CHECKOV_CONFIG = Path.of(".checkov.yaml");
    /** How a row says Checkov skips its rule, followed by the reason .checkov.yaml gives beside the skip. */
    private static final String SKIPPED = "Skipped in `.checkov.yaml`: ";
    /** A skip with its reason as a YAML comment, which no YAML parser returns. */
    private static final Pattern SKIP_WITH_REASON = Pattern.compile("^  - (\\S+) # (.+)$", Pattern.MULTILINE);

    private static final Path TEST_SOURCES = Path.of("main", "src", "test", "java");
    private static final String RULES_TEST = "dev.ddbchanges.app.stack.PolicyRulesTest";
    private static final Pattern ROW =
            Pattern.compile("^\\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\| ([^|]+) \\|$", Pattern.MULTILINE);
    private static final Pattern TABLE_ID = Pattern.compile("CKV2?_AWS_\\d+|\\b[A-Z][A-Za-z0-9]*\\.\\d+\\b");
    private static final Pattern CITED_TEST = Pattern.compile("`([A-Z][A-Za-z]*Test)\\.([A-Za-z0-9_]+)`");
    /** The tests of PolicyRulesTest that check the checks themselves rather than a rule. */
    private static final List<String> NOT_RULES =
            List.of("theRulesAboveSeeEveryPolicyDocument", "theKeyLetsCloudWatchLogsEncryptEveryLogGroupOfTheStack");
    /** The test column of a rule the project does not hold with a test. */
    private static final String NO_TEST = "—";

    private record Row(List<String> ids, String required, String test) {}

    /** The rules table's row for a rule id, as the page writes it. */
    public static String rule(String id) {
        return rows().stream()
                .filter(row -> row.ids().contains(id))
                .findFirst()
                .map(Row::required)
                .orElseThrow(() -> new AssertionError(PAGE + " has no row for rule " + id));
    }

    @Test
    void theRulesTableAndPolicyRulesTestNameTheSameRules() throws Exception {
        List<String> tableTests = rows().stream()
                .map(Row::test)
                .filter(test -> !test.equals(NO_TEST))
                .map(test -> test.replace("`", ""))
                .toList();
        List<String> ruleTests = testMethods(Class.forName(RULES_TEST)).stream()
                .filter(name -> !NOT_RULES.contains(name))
                .toList();

        assertThat(tableTests)
                .hasSizeGreaterThan(20)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(ruleTests);
    }

    @Test
    void eachTestHeldRowListsExactlyTheRuleIdsItsTestIsNamedAfter() {
        List<Row> held =
                rows().stream().filter(row -> !row.test().equals(NO_TEST)).toList();

        assertThat(held)
                .isNotEmpty()
                .allSatisfy(row -> assertThat(row.ids())
                        .as(row.test())
                        .containsExactlyElementsOf(idsOfTestName(row.test().replace("`", ""))));
    }

    @Test
    void aRowWithoutATestNamesItsRuleAndSaysWhyItIsNotHeld() {
        List<Row> untested =
                rows().stream().filter(row -> row.test().equals(NO_TEST)).toList();

        assertThat(untested).isNotEmpty().allSatisfy(row -> {
            assertThat(row.ids()).as(row.required()).isNotEmpty();
            assertThat(row.required()).as(row.ids().toString()).matches("^Not (applicable|held)\\b.*: .{20,}");
        });
    }

    @Test
    void theRulesCheckovSkipsAreTheRowsMarkedSkippedEachWithTheSameReason() throws IOException {
        JsonNode config = new ObjectMapper(new YAMLFactory()).readTree(CHECKOV_CONFIG.toFile());
        List<String> skipped = new ArrayList<>();
        config.path("skip-check").forEach(id -> skipped.add(id.asText()));
        Map<String, String> reasons = new LinkedHashMap<>();
        SKIP_WITH_REASON
                .matcher(read(CHECKOV_CONFIG))
                .results()
                .forEach(skip -> reasons.put(skip.group(1), skip.group(2)));
        List<String> marked = rows().stream()
                .filter(row -> row.required().contains(SKIPPED))
                .flatMap(row -> row.ids().stream())
                .toList();

        assertThat(Synthesized.texts(config.path("framework"))).containsExactly("terraform_json");
        assertThat(skipped).contains("CKV_AWS_18", "CKV2_AWS_62").doesNotHaveDuplicates();
        assertThat(reasons.keySet()).as("every skip has its reason beside it").containsExactlyElementsOf(skipped);
        assertThat(marked).containsExactlyInAnyOrderElementsOf(skipped);
        reasons.forEach((id, reason) -> assertThat(rule(id)).as(id).endsWith(SKIPPED + reason));
    }

    @Test
    void everyTestThePageCitesExists() {
        Matcher cited = CITED_TEST.matcher(read(PAGE));
        List<String> citations = new ArrayList<>();
        while (cited.find()) {
            citations.add(cited.group(1) + "." + cited.group(2));
            assertThat(testMethods(testClass(cited.group(1)))).as(cited.group()).contains(cited.group(2));
        }
        assertThat(citations)
                .contains(
                        "DeliveryTest.theRoleMayDoExactlyWhatDeliveryNeeds",
                        "CatalogTest.theCrawlerRoleMayDoExactlyWhatCrawlingNeeds",
                        "ConverterFunctionTest.itsRoleTrustsOnlyLambdaAndMayOnlyWriteItsOwnLogGroup");
    }

    @Test
    void testNamesSpellRuleIdsAsTheTableDoes() {
        assertThat(idsOfTestName("CKV2_AWS_6_CKV_AWS_53_to_56_everyBucketBlocks"))
                .containsExactly("CKV2_AWS_6", "CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56");
        assertThat(idsOfTestName("CKV_AWS_62_63_355_IAM_21_noAllow"))
                .containsExactly("CKV_AWS_62", "CKV_AWS_63", "CKV_AWS_355", "IAM.21");
        assertThat(idsOfTestName("CKV_AWS_28_DynamoDB_2_every")).containsExactly("CKV_AWS_28", "DynamoDB.2");
        assertThat(idsOfTestName("S3_5_every")).containsExactly("S3.5");
        assertThat(idsOfTestName("IAM_everyKmsGrant")).isEmpty();
    }

    /**
     * The rule ids a test name starts with: {@code CKV_AWS_7}, {@code KMS_3} for KMS.3, {@code CKV_AWS_62_63} for two
     * ids of one family, {@code CKV_AWS_53_to_56} for a range; the first word in lower case ends them.
     */
    static List<String> idsOfTestName(String name) {
        String[] parts = name.split("_");
        List<String> ids = new ArrayList<>();
        String family = null;
        for (int i = 0; i < parts.length; i++) {
            boolean numberFollows = i + 1 < parts.length && parts[i + 1].matches("\\d+");
            if (parts[i].matches("CKV2?")
                    && i + 2 < parts.length
                    && parts[i + 1].equals("AWS")
                    && parts[i + 2].matches("\\d+")) {
                family = parts[i] + "_AWS_";
                ids.add(family + parts[i + 2]);
                i += 2;
            } else if (family != null && parts[i].matches("\\d+")) {
                ids.add(family + parts[i]);
            } else if (family != null && parts[i].equals("to") && numberFollows) {
                int last = Integer.parseInt(ids.get(ids.size() - 1).substring(family.length()));
                for (int n = last + 1; n <= Integer.parseInt(parts[i + 1]); n++) {
                    ids.add(family + n);
                }
                i++;
            } else if (parts[i].matches("[A-Z][A-Za-z0-9]*") && numberFollows) {
                family = null;
                ids.add(parts[i] + "." + parts[i + 1]);
                i++;
            } else {
                break;
            }
        }
        return ids;
    }

    private static List<Row> rows() {
        String text = read(PAGE);
        int start = text.indexOf("\n## Rules\n");
        assertThat(start).as(PAGE + " has a Rules section").isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        Matcher row = ROW.matcher(text.substring(start, end < 0 ? text.length() : end));
        List<Row> rows = new ArrayList<>();
        while (row.find()) {
            if (!row.group(4).equals("test")) {
                List<String> ids = TABLE_ID.matcher(row.group(1))
                        .results()
                        .map(MatchResult::group)
                        .toList();
                rows.add(new Row(ids, row.group(3), row.group(4)));
            }
        }
        return rows;
    }

    private static List<String> testMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(method -> method.isAnnotationPresent(Test.class))
                .map(Method::getName)
                .toList();
    }

    /** A test class by its simple name, wherever under the test sources it lives. */
    private static Class<?> testClass(String simpleName) {
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            Path source = files.filter(file -> file.getFileName().toString().equals(simpleName + ".java"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no test class " + simpleName));
            String name = TEST_SOURCES
                    .relativize(source)
                    .toString()
                    .replace(".java", "")
                    .replace('/', '.');
            return Class.forName(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(simpleName + " is not compiled", e);
        }
    }

    private static String read(Path path) {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(path + " cannot be read", e);
        }
    }
}
