package dev.ddbchanges.app.constructs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.queries.RefreshStatement;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Athena's DDL, the Trino table and DuckDB's table all have the columns of the one definition. */
class CurrentStateTableSchemaTest {
    @Test
    void theColumnsAreTheDesignsInItsOrderWithTheChangeTablesTypes() {
        assertThat(CurrentStateTableSchema.columnList(type -> type))
                .isEqualTo("pk string, event_id string, event_name string, event_time string, event_time_us bigint, "
                        + "kinesis_sequence_number string, ttl_delete boolean, new_image string, origin string");
    }

    @Test
    void athenasCreateTableListsExactlyThoseColumns() {
        String template = RefreshStatement.CREATE_TABLE.template();
        String ddl = template.substring(template.indexOf("CREATE TABLE"));
        String columns = ddl.substring(ddl.indexOf('(') + 1, ddl.indexOf(")\nLOCATION"));

        assertThat(Pattern.compile(",\\s*").splitAsStream(columns.strip()).toList())
                .containsExactlyElementsOf(
                        List.of(CurrentStateTableSchema.columnList(type -> type).split(", ")));
    }
}
