package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.terraform.OfflinePlan;
import dev.ddbchanges.app.terraform.TerraformCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Terraform and the crawler do not fight. plan/crawled-table.tfstate records the dev stack's Glue table as AWS returns
 * it after a crawl: the declared definition plus the parameters a crawl writes. Planned against it without a refresh
 * (nothing asks AWS), the table must be unchanged, while a parameter the code declares differently, or one the ignore
 * list does not name, still shows as an update of exactly that key.
 */
class CrawledTablePlanIT {
    private static final String TABLE = "aws_glue_catalog_table.changes_table_8FFA8530";
    private static final String CRAWLED = "plan/crawled-table.tfstate";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path scratch;

    private static TerraformCli terraform;
    private static Path workDir;

    @BeforeAll
    static void initTheDevStack() throws Exception {
        Path binary = TerraformCli.findBinary().orElse(null);
        if (binary == null) {
            TestApps.unavailable("terraform is not on PATH: the plan against a crawled table cannot run");
        }
        terraform = TerraformCli.create(binary, scratch);
        OfflinePlan plan = OfflinePlan.prepare(
                terraform, TestApps.stackDir(ShippedStacks.outdir(), "dev"), scratch.resolve("dev"));
        plan.init();
        workDir = plan.workDir();
    }

    @Test
    void afterACrawlTheTableHasNoChange() throws Exception {
        JsonNode change = tableChange(CRAWLED, state -> {});

        assertThat(change.path("actions").toString()).isEqualTo("[\"no-op\"]");
    }

    @Test
    void aProjectionRangeTheCodeDeclaresDifferentlyShowsAsAnUpdateOfThatKeyAlone() throws Exception {
        JsonNode change = tableChange(CRAWLED, state -> parameters(state).put("projection.year.range", "2026,2030"));

        assertThat(change.path("actions").toString()).isEqualTo("[\"update\"]");
        assertThat(changedParameters(change)).isEqualTo(Map.of("projection.year.range", "2026,2030 -> 2026,NOW"));
    }

    @Test
    void aParameterTheIgnoreListDoesNotNameStillShows() throws Exception {
        JsonNode change =
                tableChange(CRAWLED, state -> parameters(state).put("lastReviewedBy", "someone-in-the-console"));

        assertThat(change.path("actions").toString()).isEqualTo("[\"update\"]");
        assertThat(changedParameters(change)).isEqualTo(Map.of("lastReviewedBy", "someone-in-the-console -> null"));
    }

    /**
     * The upgrade: plan/crawler-made-table.tfstate is the table an earlier crawler made (struct images, no projection,
     * its statistics in the storage descriptor too) as an import records it. The first apply rewrites it in place to
     * the declared definition; it is never destroyed, so the partitions it holds stay.
     */
    @Test
    void anAdoptedCrawlerMadeTableIsRewrittenInPlaceToTheDeclaration() throws Exception {
        JsonNode change = tableChange("plan/crawler-made-table.tfstate", state -> {});
        JsonNode after = change.path("after");
        List<String> types = new ArrayList<>();
        after.path("storage_descriptor")
                .path(0)
                .path("columns")
                .forEach(column -> types.add(
                        column.path("name").asText() + " " + column.path("type").asText()));

        assertThat(change.path("actions").toString()).isEqualTo("[\"update\"]");
        assertThat(types).contains("keys string", "new_image string", "old_image string", "size_bytes bigint");
        assertThat(after.path("parameters").path("projection.enabled").asText()).isEqualTo("true");
        assertThat(after.path("storage_descriptor")
                        .path(0)
                        .path("ser_de_info")
                        .path(0)
                        .path("parameters"))
                .isEqualTo(JSON.readTree("""
                        {"case.insensitive": "false", "dots.in.keys": "false", "ignore.malformed.json": "false"}
                        """));
    }

    /** Plans the dev stack against a recorded state, edited by {@code edit}, and returns the table's change. */
    private static JsonNode tableChange(String recorded, Consumer<ObjectNode> edit) throws Exception {
        ObjectNode state =
                (ObjectNode) JSON.readTree(TestApps.resource(recorded).toFile());
        edit.accept(state);
        // The path OfflinePlan's local backend reads.
        Files.writeString(workDir.resolve("offline-plan.tfstate"), JSON.writeValueAsString(state));
        terraform.run(workDir, "plan", "-refresh=false", "-input=false", "-no-color", "-lock=false", "-out=plan.bin");
        JsonNode plan = JSON.readTree(terraform.run(workDir, "show", "-json", "plan.bin"));
        for (JsonNode change : plan.path("resource_changes")) {
            if (change.path("address").asText().equals(TABLE)) {
                return change.path("change");
            }
        }
        throw new AssertionError("the plan has no change for " + TABLE);
    }

    private static ObjectNode parameters(ObjectNode state) {
        return (ObjectNode) state.path("resources")
                .path(0)
                .path("instances")
                .path(0)
                .path("attributes")
                .path("parameters");
    }

    /** Each table parameter whose value differs before and after the plan: key to {@code before -> after}. */
    private static Map<String, String> changedParameters(JsonNode change) {
        JsonNode before = change.path("before").path("parameters");
        JsonNode after = change.path("after").path("parameters");
        Map<String, String> changed = new TreeMap<>();
        before.fieldNames().forEachRemaining(key -> changed.put(key, null));
        after.fieldNames().forEachRemaining(key -> changed.put(key, null));
        changed.replaceAll((key, none) -> text(before.get(key)) + " -> " + text(after.get(key)));
        changed.values().removeIf(difference -> {
            String[] sides = difference.split(" -> ");
            return sides[0].equals(sides[1]);
        });
        return changed;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "null" : value.asText();
    }
}
