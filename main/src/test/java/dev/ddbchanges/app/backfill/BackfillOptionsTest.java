package dev.ddbchanges.app.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.cli.CommandException;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackfillOptionsTest {
    @Test
    void withoutFlagsItBackfillsDevFromANewExport() {
        assertThat(BackfillOptions.parse(List.of()))
                .isEqualTo(new BackfillOptions(
                        "dev", Optional.empty(), Optional.empty(), Optional.empty(), false, false, Optional.empty()));
    }

    @Test
    void everyFlag() {
        assertThat(BackfillOptions.parse(List.of(
                        "--environment",
                        "prod",
                        "--export-arn",
                        FakeDynamoDb.EXPORT_ARN,
                        "--endpoint",
                        "http://localhost:9090",
                        "--bucket",
                        "other",
                        "--lines-per-object",
                        "7",
                        "--dry-run")))
                .isEqualTo(new BackfillOptions(
                        "prod",
                        Optional.of(FakeDynamoDb.EXPORT_ARN),
                        Optional.of(URI.create("http://localhost:9090")),
                        Optional.of("other"),
                        true,
                        false,
                        Optional.of(7)));
    }

    @Test
    void newExportIsAFlag() {
        assertThat(BackfillOptions.parse(List.of("--new-export")).newExport()).isTrue();
    }

    @Test
    void newExportAndAnExportArnContradict() {
        assertThatThrownBy(
                        () -> BackfillOptions.parse(List.of("--new-export", "--export-arn", FakeDynamoDb.EXPORT_ARN)))
                .isInstanceOf(CommandException.class)
                .hasMessage("--new-export with --export-arn " + FakeDynamoDb.EXPORT_ARN + "; allowed: one of them "
                        + "(--new-export starts an export, --export-arn takes one that exists)");
    }

    @Test
    void aTableArnIsNotAnExportArn() {
        assertThatThrownBy(() -> BackfillOptions.parse(List.of("--export-arn", FakeDynamoDb.TABLE_ARN)))
                .isInstanceOf(CommandException.class)
                .hasMessage("--export-arn " + FakeDynamoDb.TABLE_ARN + " is not an export's ARN; allowed: such as "
                        + "arn:aws:dynamodb:eu-central-1:111111111111:table/ddb-changes-dev-table/export/"
                        + "01764654000000-a1b2c3d4");
    }

    @Test
    void linesPerObjectIsBounded() {
        assertThatThrownBy(() -> BackfillOptions.parse(List.of("--lines-per-object", "0")))
                .isInstanceOf(CommandException.class)
                .hasMessage("--lines-per-object 0; allowed: a whole number from 1 to 1000000");
    }
}
