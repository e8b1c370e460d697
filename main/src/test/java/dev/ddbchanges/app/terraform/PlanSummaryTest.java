package dev.ddbchanges.app.terraform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.TestApps;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlanSummaryTest {

    @Test
    void managedResourcesAreCountedPerTypeAndActionAndDataSourcesAreNot() throws Exception {
        PlanSummary summary = PlanSummary.of(new ObjectMapper()
                .readTree(TestApps.resource("plan/show-json-sample.json").toFile()));

        assertThat(summary.toCreate()).isEqualTo(Map.of("aws_kms_key", 1, "aws_s3_bucket", 2));
        assertThat(summary.actions()).isEqualTo(Map.of("create", 3, "update", 1, "delete", 1, "no-op", 1));
        assertThat(summary.format()).isEqualTo("""
                  aws_kms_key     1
                  aws_s3_bucket   2
                  Plan: 3 to add, 1 to change, 1 to destroy.
                """);
    }
}
