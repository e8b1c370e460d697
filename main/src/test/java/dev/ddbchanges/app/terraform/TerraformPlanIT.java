package dev.ddbchanges.app.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.ci.CiStacks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real Terraform on every synthesized environment: init (offline mirror when present), validate with no warnings,
 * and a plan against empty local state that creates exactly the resources in plan/expected-plan.tsv.
 */
class TerraformPlanIT {
    private static Path binary;

    @TempDir
    Path scratch;

    @BeforeAll
    static void findTerraform() {
        binary = TerraformCli.findBinary().orElse(null);
        if (binary == null) {
            TestApps.unavailable("terraform is not on PATH: the validate and plan tests cannot run");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "dev",
                "prod",
                ShippedStacks.EPHEMERAL,
                ShippedStacks.EVERY_SETTING,
                ShippedStacks.STATE_BOOTSTRAP
            })
    void theEnvironmentValidatesAndPlansExactlyTheExpectedResources(String environment) throws Exception {
        Path stackDir = TestApps.stackDir(ShippedStacks.outdir(), environment);
        List<String> stackFilesBefore = files(stackDir);
        boolean localStateBefore = Files.exists(Path.of("terraform." + environment + ".tfstate"));

        OfflinePlan plan = prepared(environment);
        plan.init();
        assertValidWithoutWarnings(plan.validate());
        PlanSummary summary = plan.plan();

        assertThat(summary.toCreate()).isEqualTo(expected(environment));
        assertThat(summary.actions().keySet()).containsExactly("create");
        assertThat(files(stackDir)).as("the synthesized stack is untouched").isEqualTo(stackFilesBefore);
        assertThat(Files.exists(Path.of("terraform." + environment + ".tfstate")))
                .as("no real state file is written")
                .isEqualTo(localStateBefore);
    }

    /** Planned offline like the environments: it names its account, so it needs no STS. */
    @Test
    void theCiAccessStackValidatesAndPlansExactlyTheExpectedResources() throws Exception {
        OfflinePlan plan = OfflinePlan.prepare(
                TerraformCli.create(binary, scratch), CiStacks.stackDir(), scratch.resolve(CiStacks.STACK));
        plan.init();
        assertValidWithoutWarnings(plan.validate());
        PlanSummary summary = plan.plan();

        assertThat(summary.toCreate()).isEqualTo(expected(CiStacks.STACK));
        assertThat(summary.actions().keySet()).containsExactly("create");
    }

    /** Looking up the account needs STS, so an environment without accountId is validated but not planned offline. */
    @Test
    void anEnvironmentWithoutAccountIdValidates() throws Exception {
        OfflinePlan plan = prepared(ShippedStacks.WITHOUT_ACCOUNT);
        plan.init();
        assertValidWithoutWarnings(plan.validate());
    }

    @Test
    void everyExpectationIsForAnEnvironmentThatIsPlanned() throws IOException {
        assertThat(expectations().keySet())
                .containsExactlyInAnyOrder(
                        "dev",
                        "prod",
                        ShippedStacks.EPHEMERAL,
                        ShippedStacks.EVERY_SETTING,
                        ShippedStacks.STATE_BOOTSTRAP,
                        CiStacks.STACK);
    }

    private OfflinePlan prepared(String environment) throws IOException {
        return OfflinePlan.prepare(
                TerraformCli.create(binary, scratch),
                TestApps.stackDir(ShippedStacks.outdir(), environment),
                scratch.resolve(environment));
    }

    private static void assertValidWithoutWarnings(String validateJson) throws IOException {
        JsonNode verdict = new ObjectMapper().readTree(validateJson);
        assertThat(verdict.path("valid").asBoolean()).as(validateJson).isTrue();
        assertThat(verdict.path("warning_count").asInt()).as(validateJson).isZero();
    }

    private static SortedMap<String, Integer> expected(String environment) throws IOException {
        return expectations().get(environment);
    }

    /** plan/expected-plan.tsv: environment, resource type, count to create. */
    private static Map<String, SortedMap<String, Integer>> expectations() throws IOException {
        Map<String, SortedMap<String, Integer>> expected = new TreeMap<>();
        for (String line : Files.readAllLines(TestApps.resource("plan/expected-plan.tsv"))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            expected.computeIfAbsent(fields[0], e -> new TreeMap<>()).put(fields[1], Integer.parseInt(fields[2]));
        }
        return expected;
    }

    private static List<String> files(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }
}
