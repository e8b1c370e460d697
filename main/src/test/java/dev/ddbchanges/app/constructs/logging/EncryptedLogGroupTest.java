package dev.ddbchanges.app.constructs.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Pipeline;
import org.junit.jupiter.api.Test;

class EncryptedLogGroupTest {
    @Test
    void theGroupIsEncryptedWithTheKeyAndExpiresItsLogs() {
        JsonNode group = TestApps.synthConstruct(s -> new EncryptedLogGroup(
                        s, "logs", new EncryptedLogGroupProps("/aws/x/orders-dev", new Pipeline(s).key, 30)))
                .resourceWhere("aws_cloudwatch_log_group", "name", "/aws/x/orders-dev");

        assertThat(group.path("kms_key_id").asText()).isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
        assertThat(group.path("retention_in_days").asInt()).isEqualTo(30);
    }

    @Test
    void twoGroupsLiveInOneStack() {
        Synthesized two = TestApps.synthConstruct(s -> {
            Pipeline pipeline = new Pipeline(s);
            new EncryptedLogGroup(s, "first", new EncryptedLogGroupProps("/aws/x/first", pipeline.key, 7));
            new EncryptedLogGroup(s, "second", new EncryptedLogGroupProps("/aws/x/second", pipeline.key, 7));
        });

        assertThat(two.resources("aws_cloudwatch_log_group"))
                .extracting(g -> g.path("name").asText())
                .contains("/aws/x/first", "/aws/x/second")
                .doesNotHaveDuplicates();
    }
}
