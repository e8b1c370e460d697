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

    /** What each construct makes of its name is its own test's (ChangeTableTest, ChangeStreamTest). */
    @Test
    void theTableAndTheStreamAreNamedAfterTheEnvironment() {
        stacks.forEach((environment, stack) -> {
            assertThat(stack.resource("aws_dynamodb_table").path("name").asText())
                    .as(environment)
                    .endsWith("-" + environment + "-table");
            assertThat(stack.resource("aws_kinesis_stream").path("name").asText())
                    .as(environment)
                    .endsWith("-" + environment + "-changes");
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
    void theStreamIsSizedBySettings() {
        JsonNode dev = ShippedStacks.get("dev").resource("aws_kinesis_stream");
        assertThat(dev.path("stream_mode_details").path("stream_mode").asText()).isEqualTo("PROVISIONED");
        assertThat(dev.path("shard_count").asInt()).isEqualTo(1);
        assertThat(dev.path("retention_period").asInt()).isEqualTo(24);
        JsonNode prod = ShippedStacks.get("prod").resource("aws_kinesis_stream");
        assertThat(prod.path("stream_mode_details").path("stream_mode").asText())
                .isEqualTo("ON_DEMAND");
        assertThat(prod.has("shard_count")).isFalse();
        assertThat(prod.path("retention_period").asInt()).isEqualTo(168);
        JsonNode staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING).resource("aws_kinesis_stream");
        assertThat(staging.path("stream_mode_details").path("stream_mode").asText())
                .isEqualTo("PROVISIONED");
        assertThat(staging.path("shard_count").asInt()).isEqualTo(4);
        assertThat(staging.path("retention_period").asInt()).isEqualTo(72);
    }

    private static boolean deletionProtection(String environment) {
        return ShippedStacks.get(environment)
                .resource("aws_dynamodb_table")
                .path("deletion_protection_enabled")
                .asBoolean();
    }
}
