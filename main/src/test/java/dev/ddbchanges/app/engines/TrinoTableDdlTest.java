package dev.ddbchanges.app.engines;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema;
import dev.ddbchanges.app.constructs.catalog.ErrorTableSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrinoTableDdlTest {
    /** The Glue table's columns, SerDe properties, projection ranges and template, in Trino's spelling. */
    @Test
    void theTableIsTheGlueTableInTrinosSpelling() throws Exception {
        assertThat(TrinoTableDdl.create(
                                ChangeTableSchema.DEFINITION,
                                "replay.changes_1",
                                "local:///replay/changes_1/",
                                "2026,2026")
                        + "\n")
                .isEqualTo(Files.readString(TestApps.resource("dialect/trino-table.sql")));
    }

    /** The error table's columns mapped onto Firehose's names, and its error type projected as an enum. */
    @Test
    void theErrorTableIsTheGlueErrorTableInTrinosSpelling() throws Exception {
        assertThat(TrinoTableDdl.create(
                                ErrorTableSchema.DEFINITION,
                                "replay.errors_1",
                                "local:///replay/errors_1/",
                                "2026,2026")
                        + "\n")
                .isEqualTo(Files.readString(TestApps.resource("dialect/trino-error-table.sql")));
    }

    @Test
    void onlyTheYearsTheReplayWroteAreProjected(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("year=2025/month=12"));
        Files.createDirectories(data.resolve("year=2026/month=11"));
        Files.createDirectories(data.resolve("year=2500/month=01"));

        assertThat(TrinoAthena.years(data)).isEqualTo("2026,2026");
    }

    @Test
    void withNoYearOfTheTablesRangeTheWholeRangeIsProjected(@TempDir Path data) throws Exception {
        Files.createDirectories(data.resolve("year=2500/month=01"));

        assertThat(TrinoAthena.years(data)).isEqualTo("2026," + Year.now(ZoneOffset.UTC));
    }
}
