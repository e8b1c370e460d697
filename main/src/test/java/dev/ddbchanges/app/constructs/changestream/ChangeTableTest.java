package dev.ddbchanges.app.constructs.changestream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.Pipeline;
import dev.ddbchanges.app.constructs.RemovalPolicy;
import org.junit.jupiter.api.Test;
import software.constructs.Construct;

class ChangeTableTest {
    private final Synthesized stack = Pipeline.synth();

    @Test
    void theTableIsKeyedByPkOnDemandEncryptedWithTheKeyAndRecoverable() {
        JsonNode table = stack.resource("aws_dynamodb_table");

        assertThat(table.path("name").asText()).isEqualTo("orders-dev-table");
        assertThat(table.path("billing_mode").asText()).isEqualTo("PAY_PER_REQUEST");
        assertThat(table.path("hash_key").asText()).isEqualTo("pk");
        assertThat(table.path("attribute")).singleElement().satisfies(attribute -> {
            assertThat(attribute.path("name").asText()).isEqualTo("pk");
            assertThat(attribute.path("type").asText()).isEqualTo("S");
        });
        assertThat(table.path("server_side_encryption").path("enabled").asBoolean())
                .isTrue();
        assertThat(table.path("server_side_encryption").path("kms_key_arn").asText())
                .isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
        assertThat(table.path("point_in_time_recovery").path("enabled").asBoolean())
                .isTrue();
    }

    @Test
    void theRemovalPolicySetsDeletionProtectionAndPreventDestroy() {
        assertThat(protection(RemovalPolicy.DESTROY)).isEqualTo("false false");
        assertThat(protection(RemovalPolicy.RETAIN)).isEqualTo("true false");
        assertThat(protection(RemovalPolicy.RETAIN_AND_PROTECT)).isEqualTo("true true");
    }

    /** On demand or provisioned, a table reports the write capacity its writes consumed, per table. */
    @Test
    void itNamesTheCapacityItsWritesConsume() {
        TestApps.synthConstruct(s -> {
            Metric writes = new Pipeline(s).table.metricWrites();

            assertThat(writes.namespace()).isEqualTo("AWS/DynamoDB");
            assertThat(writes.name()).isEqualTo("ConsumedWriteCapacityUnits");
            // The value is a token of the table's name; PipelineAlarmsTest reads it resolved in the alarm.
            assertThat(writes.dimensions()).containsOnlyKeys("TableName");
            assertThat(writes.statistic()).isEqualTo("Sum");
        });
    }

    @Test
    void twoTablesLiveInOneStack() {
        Synthesized two = TestApps.synthConstruct(s -> new Pipeline(s).table("second", "orders-dev-table-2"));

        assertThat(two.resources("aws_dynamodb_table"))
                .extracting(t -> t.path("name").asText())
                .containsExactlyInAnyOrder("orders-dev-table", "orders-dev-table-2");
    }

    /** deletion_protection_enabled, then lifecycle.prevent_destroy. */
    private static String protection(RemovalPolicy removal) {
        JsonNode table = TestApps.synthConstruct(s -> new ChangeTable(
                        s, "table", new ChangeTableProps("t-x", new Pipeline(new Construct(s, "p")).key, removal)))
                .resourceWhere("aws_dynamodb_table", "name", "t-x");
        return table.path("deletion_protection_enabled").asBoolean() + " "
                + table.path("lifecycle").path("prevent_destroy").asBoolean();
    }
}
