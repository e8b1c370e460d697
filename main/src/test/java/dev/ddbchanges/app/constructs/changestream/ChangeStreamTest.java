package dev.ddbchanges.app.constructs.changestream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.Pipeline;
import org.junit.jupiter.api.Test;

class ChangeStreamTest {
    private final Synthesized stack = Pipeline.synth();

    @Test
    void theStreamIsEncryptedWithTheKey() {
        JsonNode stream = stack.resource("aws_kinesis_stream");

        assertThat(stream.path("name").asText()).isEqualTo("orders-dev-changes");
        assertThat(stream.path("encryption_type").asText()).isEqualTo("KMS");
        assertThat(stream.path("kms_key_id").asText()).isEqualTo("${aws_kms_key.key_F64E54E4.arn}");
    }

    @Test
    void everyChangeOfTheTableGoesToTheStreamWithMicrosecondTimestamps() {
        JsonNode destination = stack.resource("aws_dynamodb_kinesis_streaming_destination");

        assertThat(destination.path("table_name").asText()).isEqualTo("${aws_dynamodb_table.table_43360BC0.name}");
        assertThat(destination.path("stream_arn").asText())
                .isEqualTo("${aws_kinesis_stream.change-stream_1CA2E620.arn}");
        assertThat(destination.path("approximate_creation_date_time_precision").asText())
                .isEqualTo("MICROSECOND");
    }

    @Test
    void itNamesItsReaderLagAndItsThrottledWrites() {
        TestApps.synthConstruct(s -> {
            ChangeStream stream = new Pipeline(s).stream;

            assertMetric(stream.metricIteratorAge(), "GetRecords.IteratorAgeMilliseconds", "Maximum");
            assertMetric(stream.metricWriteThrottles(), "WriteProvisionedThroughputExceeded", "Sum");
            assertMetric(stream.metricIncomingRecords(), "IncomingRecords", "Sum");
        });
    }

    /** An on-demand stream throttles too, beyond twice its previous peak: the same metric says so. */
    @Test
    void anOnDemandStreamNamesItsThrottledWritesToo() {
        TestApps.synthConstruct(s -> {
            Pipeline pipeline = new Pipeline(s);
            ChangeStream onDemand = new ChangeStream(
                    s,
                    "on-demand",
                    new ChangeStreamProps("orders-prod-changes", pipeline.table, pipeline.key, prod().stream()));

            assertMetric(onDemand.metricWriteThrottles(), "WriteProvisionedThroughputExceeded", "Sum");
        });
    }

    @Test
    void itNamesDynamoDbsReplicationIntoItAsTheTablesDelegatedPutRecords() {
        TestApps.synthConstruct(s -> {
            ChangeStream stream = new Pipeline(s).stream;

            assertReplicationMetric(stream.metricReplicationAge(), "AgeOfOldestUnreplicatedRecord", "Maximum");
            assertReplicationMetric(stream.metricReplicationFailures(), "FailedToReplicateRecordCount", "Sum");
            assertReplicationMetric(stream.metricReplicationThrottles(), "ThrottledPutRecordCount", "Sum");
        });
    }

    @Test
    void twoStreamsLiveInOneStackEachWithItsOwnDestination() {
        Synthesized two = TestApps.synthConstruct(s -> {
            Pipeline pipeline = new Pipeline(s);
            pipeline.stream("second", "orders-dev-changes-2", pipeline.table("second-table", "orders-dev-table-2"));
        });

        assertThat(two.resources("aws_kinesis_stream"))
                .extracting(t -> t.path("name").asText())
                .containsExactlyInAnyOrder("orders-dev-changes", "orders-dev-changes-2");
        assertThat(two.resources("aws_dynamodb_kinesis_streaming_destination"))
                .extracting(d -> d.path("stream_arn").asText())
                .doesNotHaveDuplicates()
                .hasSize(2);
    }

    private static EnvironmentSettings prod() {
        return ShippedStacks.environments().stream()
                .filter(e -> e.name().equals("prod"))
                .findFirst()
                .orElseThrow();
    }

    private static void assertReplicationMetric(Metric metric, String name, String statistic) {
        assertThat(metric.namespace()).isEqualTo("AWS/DynamoDB");
        assertThat(metric.name()).isEqualTo(name);
        assertThat(metric.dimensions()).containsOnlyKeys("TableName", "DelegatedOperation");
        assertThat(metric.dimensions()).containsEntry("DelegatedOperation", "PutRecords");
        assertThat(metric.statistic()).isEqualTo(statistic);
    }

    private static void assertMetric(Metric metric, String name, String statistic) {
        assertThat(metric.namespace()).isEqualTo("AWS/Kinesis");
        assertThat(metric.name()).isEqualTo(name);
        // The value is a token of the stream's name; PipelineAlarmsTest reads it resolved in the alarms.
        assertThat(metric.dimensions()).containsOnlyKeys("StreamName");
        assertThat(metric.statistic()).isEqualTo(statistic);
    }
}
