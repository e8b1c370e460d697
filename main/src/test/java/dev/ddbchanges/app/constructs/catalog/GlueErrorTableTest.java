package dev.ddbchanges.app.constructs.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.constructs.Pipeline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlueErrorTableTest {
    private static final String BUCKET = "${aws_s3_bucket.data-bucket_D46037D5.bucket}";

    private final Synthesized stack = Pipeline.synth();
    private final JsonNode table = stack.resourceWhere("aws_glue_catalog_table", "name", "delivery_errors");

    @Test
    void theTableReadsTheErrorPrefixInTheCatalogsDatabase() {
        assertThat(table.path("database_name").asText())
                .isEqualTo("${aws_glue_catalog_database.catalog_database_4C1F6EE3.name}");
        assertThat(table.path("table_type").asText()).isEqualTo("EXTERNAL_TABLE");
        assertThat(table.path("storage_descriptor").path("location").asText()).isEqualTo("s3://" + BUCKET + "/errors/");
        assertThat(table.path("storage_descriptor").path("compressed").asBoolean())
                .isTrue();
    }

    @Test
    void theColumnsAreFirehosesErrorRecordAndTheErrorTypeAndHourFoldersPartitionIt() {
        assertThat(columns(table.path("storage_descriptor").path("columns")))
                .containsExactly(
                        "attempts_made bigint",
                        "arrival_timestamp bigint",
                        "error_code string",
                        "error_message string",
                        "attempt_ending_timestamp bigint",
                        "raw_data string",
                        "lambda_arn string");
        assertThat(columns(table.path("partition_keys")))
                .containsExactly("error_type string", "year string", "month string", "day string", "hour string");
    }

    /** Case-sensitive like the changes table, so each column is mapped onto Firehose's camel-case name. */
    @Test
    void theSerDeMapsEachColumnOntoFirehosesName() {
        assertThat(table.path("storage_descriptor").path("ser_de_info")).isEqualTo(Synthesized.parse("""
                {"serialization_library": "org.openx.data.jsonserde.JsonSerDe",
                 "parameters": {"case.insensitive": "false", "dots.in.keys": "false",
                                "ignore.malformed.json": "false",
                                "mapping.attempts_made": "attemptsMade",
                                "mapping.arrival_timestamp": "arrivalTimestamp",
                                "mapping.error_code": "errorCode", "mapping.error_message": "errorMessage",
                                "mapping.attempt_ending_timestamp": "attemptEndingTimestamp",
                                "mapping.raw_data": "rawData", "mapping.lambda_arn": "lambdaArn"}}
                """));
    }

    /** The error type Firehose writes first in the error prefix is projected like the hours below it. */
    @Test
    void theErrorTypeAndTheHoursAreProjectedOverTheErrorPrefix() {
        ObjectNode parameters = (ObjectNode) table.path("parameters").deepCopy();

        assertThat(parameters.remove("storage.location.template").asText())
                .isEqualTo("s3://" + BUCKET
                        + "/errors/$${error_type}/year=$${year}/month=$${month}/day=$${day}/hour=$${hour}/");
        assertThat(parameters).isEqualTo(Synthesized.parse("""
                {"classification": "json", "compressionType": "gzip", "typeOfData": "file", "EXTERNAL": "TRUE",
                 "projection.enabled": "true",
                 "projection.error_type.type": "enum", "projection.error_type.values": "processing-failed",
                 "projection.year.type": "date", "projection.year.format": "yyyy",
                 "projection.year.range": "2026,NOW", "projection.year.interval": "1",
                 "projection.year.interval.unit": "YEARS",
                 "projection.month.type": "integer", "projection.month.range": "1,12", "projection.month.digits": "2",
                 "projection.day.type": "integer", "projection.day.range": "1,31", "projection.day.digits": "2",
                 "projection.hour.type": "integer", "projection.hour.range": "0,23", "projection.hour.digits": "2"}
                """));
    }

    /** Nothing crawls it: the crawler's one catalog target is the changes table. */
    @Test
    void theCrawlerDoesNotTouchIt() {
        assertThat(stack.resource("aws_glue_crawler").path("catalog_target"))
                .singleElement()
                .satisfies(target ->
                        assertThat(Synthesized.texts(target.path("tables"))).containsExactly("dynamodb_changes"));
        assertThat(table.has("lifecycle"))
                .as("no crawl writes to it, so nothing to ignore")
                .isFalse();
    }

    private static List<String> columns(JsonNode array) {
        List<String> columns = new ArrayList<>();
        array.forEach(column -> columns.add(
                column.path("name").asText() + " " + column.path("type").asText()));
        return columns;
    }
}
