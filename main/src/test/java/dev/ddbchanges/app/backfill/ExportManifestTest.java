package dev.ddbchanges.app.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.cli.CommandException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The manifests as DynamoDB writes them (the test resources), and the ways a copy of them can be unusable. */
class ExportManifestTest {
    private static final String SUMMARY_KEY = BackfillS3MockTest.EXPORT_DIR + "manifest-summary.json";
    private static final String SUMMARY = text("export/manifest-summary.json");
    private static final String FILES = text("export/manifest-files.json");

    @Test
    void aCompleteExportListsItsDataFilesInOrder() {
        ExportManifest manifest = ExportManifest.read(SUMMARY_KEY, SUMMARY, key -> FILES);

        assertThat(manifest.exportArn()).isEqualTo(FakeDynamoDb.EXPORT_ARN);
        assertThat(manifest.exportTime()).isEqualTo(Instant.parse("2026-12-01T20:00:00Z"));
        assertThat(manifest.tableArn()).isEqualTo(FakeDynamoDb.TABLE_ARN);
        assertThat(manifest.itemCount()).isEqualTo(6);
        assertThat(manifest.files())
                .containsExactly(
                        new ExportManifest.DataFile(
                                BackfillS3MockTest.EXPORT_DIR + "data/3vu5n2qzuq4xtmgwhd2yqcjv3e.json.gz", 3),
                        new ExportManifest.DataFile(
                                BackfillS3MockTest.EXPORT_DIR + "data/kxq7tpfm2e5z7jgqdeb4ylvmwm.json.gz", 3));
    }

    @Test
    void anIonExportIsRefused() {
        String ion = SUMMARY.replace("\"outputFormat\":\"DYNAMODB_JSON\"", "\"outputFormat\":\"ION\"");

        assertThatThrownBy(() -> ExportManifest.read(SUMMARY_KEY, ion, key -> FILES))
                .isInstanceOf(CommandException.class)
                .hasMessage(SUMMARY_KEY + ": outputFormat = ION; allowed: DYNAMODB_JSON (the backfill reads DynamoDB "
                        + "JSON lines only: export again with ExportFormat DYNAMODB_JSON)");
    }

    @Test
    void anExportMissingADataFileIsRefused() {
        String oneFile = FILES.lines().findFirst().orElseThrow();

        assertThatThrownBy(() -> ExportManifest.read(SUMMARY_KEY, SUMMARY, key -> oneFile))
                .isInstanceOf(CommandException.class)
                .hasMessage(SUMMARY_KEY + ": itemCount = 6 but " + BackfillS3MockTest.EXPORT_DIR
                        + "manifest-files.json lists 3 items in 1 files; allowed: a complete export, whose files hold "
                        + "every item it counts");
    }

    @Test
    void aSummaryWithoutItsExportTimeIsRefused() {
        String noTime = SUMMARY.replace("\"exportTime\":\"2026-12-01T20:00:00.000Z\",", "");

        assertThatThrownBy(() -> ExportManifest.read(SUMMARY_KEY, noTime, key -> FILES))
                .isInstanceOf(CommandException.class)
                .hasMessage(SUMMARY_KEY + ": exportTime = ; allowed: a non-empty string, as a complete DynamoDB "
                        + "export writes it");
    }

    private static String text(String name) {
        return new String(BackfillS3MockTest.resource(name), StandardCharsets.UTF_8);
    }
}
