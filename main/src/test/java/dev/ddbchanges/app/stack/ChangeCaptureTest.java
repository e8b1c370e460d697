package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The table, the Kinesis stream and the streaming destination between them, in every environment. */
class ChangeCaptureTest {
    private final Map<String, Synthesized> stacks = ShippedStacks.all();

    @Test
    void theTableIsKeyedByPkOnDemandEncryptedWithTheKeyAndRecoverable() {
        stacks.forEach((environment, stack) -> {
            JsonNode table = stack.resource("aws_dynamodb_table");

            assertThat(table.path("name").asText()).as(environment).endsWith("-" + environment + "-table");
            assertThat(table.path("billing_mode").asText()).isEqualTo("PAY_PER_REQUEST");
            assertThat(table.path("hash_key").asText()).isEqualTo("pk");
            assertThat(table.path("attribute")).singleElement().satisfies(attribute -> {
                assertThat(attribute.path("name").asText()).isEqualTo("pk");
                assertThat(attribute.path("type").asText()).isEqualTo("S");
            });
            assertThat(table.path("server_side_encryption").path("enabled").asBoolean()).isTrue();
            assertThat(table.path("server_side_encryption").path("kms_key_arn").asText())
                    .isEqualTo(stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"));
            assertThat(table.path("point_in_time_recovery").path("enabled").asBoolean()).isTrue();
        });
    }

    @Test
    void deletionProtectionFollowsTheSetting() {
        assertThat(deletionProtection("dev")).isFalse();
        assertThat(deletionProtection("prod")).isTrue();
        assertThat(deletionProtection(ShippedStacks.EPHEMERAL)).isFalse();
        assertThat(deletionProtection(ShippedStacks.EVERY_SETTING)).isTrue();
    }

    @Test
    void theStreamIsEncryptedWithTheKeyAndSizedBySettings() {
        stacks.forEach((environment, stack) -> {
            JsonNode stream = stack.resource("aws_kinesis_stream");

            assertThat(stream.path("name").asText()).as(environment).endsWith("-" + environment + "-changes");
            assertThat(stream.path("encryption_type").asText()).isEqualTo("KMS");
            assertThat(stream.path("kms_key_id").asText())
                    .isEqualTo(stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"));
        });
        JsonNode dev = ShippedStacks.get("dev").resource("aws_kinesis_stream");
        assertThat(dev.path("stream_mode_details").path("stream_mode").asText()).isEqualTo("PROVISIONED");
        assertThat(dev.path("shard_count").asInt()).isEqualTo(1);
        assertThat(dev.path("retention_period").asInt()).isEqualTo(24);
        JsonNode prod = ShippedStacks.get("prod").resource("aws_kinesis_stream");
        assertThat(prod.path("stream_mode_details").path("stream_mode").asText()).isEqualTo("ON_DEMAND");
        assertThat(prod.has("shard_count")).isFalse();
        assertThat(prod.path("retention_period").asInt()).isEqualTo(168);
        JsonNode staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING).resource("aws_kinesis_stream");
        assertThat(staging.path("stream_mode_details").path("stream_mode").asText()).isEqualTo("PROVISIONED");
        assertThat(staging.path("shard_count").asInt()).isEqualTo(4);
        assertThat(staging.path("retention_period").asInt()).isEqualTo(72);
    }

    @Test
    void everyChangeOfTheTableGoesToTheStreamWithMicrosecondTimestamps() {
        stacks.forEach((environment, stack) -> {
            JsonNode destination = stack.resource("aws_dynamodb_kinesis_streaming_destination");

            assertThat(destination.path("table_name").asText()).as(environment)
                    .isEqualTo(stack.reference("aws_dynamodb_table", stack.resource("aws_dynamodb_table"), "name"));
            assertThat(destination.path("stream_arn").asText())
                    .isEqualTo(stack.reference("aws_kinesis_stream", stack.resource("aws_kinesis_stream"), "arn"));
            assertThat(destination.path("approximate_creation_date_time_precision").asText())
                    .isEqualTo("MICROSECOND");
        });
    }

    private static boolean deletionProtection(String environment) {
        return ShippedStacks.get(environment).resource("aws_dynamodb_table").path("deletion_protection_enabled")
                .asBoolean();
    }
}
