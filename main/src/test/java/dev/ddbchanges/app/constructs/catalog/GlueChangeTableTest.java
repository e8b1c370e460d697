package dev.ddbchanges.app.constructs.catalog;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Pipeline;
import dev.ddbchanges.converter.record.ChangeRecordConverter;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlueChangeTableTest {
    private static final String BUCKET = "${aws_s3_bucket.data-bucket_D46037D5.bucket}";

    private final Synthesized stack = Pipeline.synth();
    private final JsonNode table = stack.resourceWhere("aws_glue_catalog_table", "name", "dynamodb_changes");

    @Test
    void theTableIsTheExternalTableOfTheChangesPrefixInTheCatalogsDatabase() {
        assertThat(table.path("name").asText()).isEqualTo("dynamodb_changes");
        assertThat(table.path("database_name").asText())
                .isEqualTo("${aws_glue_catalog_database.catalog_database_4C1F6EE3.name}");
        assertThat(table.path("table_type").asText()).isEqualTo("EXTERNAL_TABLE");
        assertThat(table.path("storage_descriptor").path("location").asText())
                .isEqualTo("s3://" + BUCKET + "/changes/");
    }

    @Test
    void theColumnsAreTheConvertersThenOriginWithStringImagesAndTheHourFoldersPartitionIt() {
        assertThat(columns(table.path("storage_descriptor").path("columns")))
                .containsExactly(
                        "event_id string",
                        "event_name string",
                        "event_time string",
                        "event_time_us bigint",
                        "table_name string",
                        "aws_region string",
                        "ttl_delete boolean",
                        "pk string",
                        "keys string",
                        "new_image string",
                        "old_image string",
                        "size_bytes bigint",
                        "kinesis_shard_id string",
                        "kinesis_sequence_number string",
                        "approximate_arrival_time string",
                        "origin string");
        assertThat(columns(table.path("partition_keys")))
                .containsExactly("year string", "month string", "day string", "hour string");
    }

    @Test
    void theFormatAndSerDeAreExplicitAndCaseSensitive() {
        JsonNode storage = table.path("storage_descriptor");

        assertThat(storage.path("input_format").asText()).isEqualTo("org.apache.hadoop.mapred.TextInputFormat");
        assertThat(storage.path("output_format").asText())
                .isEqualTo("org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat");
        assertThat(storage.path("compressed").asBoolean()).isTrue();
        assertThat(storage.path("parameters")).isEqualTo(Synthesized.parse("""
                        {"classification": "json", "compressionType": "gzip", "typeOfData": "file"}
                        """));
        assertThat(storage.path("ser_de_info")).isEqualTo(Synthesized.parse("""
                {"serialization_library": "org.openx.data.jsonserde.JsonSerDe",
                 "parameters": {"case.insensitive": "false", "dots.in.keys": "false",
                                "ignore.malformed.json": "false"}}
                """));
    }

    /** The location template's placeholders are escaped for Terraform; the bucket's reference before them is not. */
    @Test
    void theParametersGiveFormatCompressionAndProjectionOverTheDeliveryPrefix() {
        ObjectNode parameters = (ObjectNode) table.path("parameters").deepCopy();

        assertThat(parameters.remove("storage.location.template").asText())
                .isEqualTo("s3://" + BUCKET + "/changes/year=$${year}/month=$${month}/day=$${day}/hour=$${hour}/");
        assertThat(parameters).isEqualTo(Synthesized.parse("""
                {"classification": "json", "compressionType": "gzip", "typeOfData": "file", "EXTERNAL": "TRUE",
                 "projection.enabled": "true",
                 "projection.year.type": "date", "projection.year.format": "yyyy",
                 "projection.year.range": "2026,NOW", "projection.year.interval": "1",
                 "projection.year.interval.unit": "YEARS",
                 "projection.month.type": "integer", "projection.month.range": "1,12", "projection.month.digits": "2",
                 "projection.day.type": "integer", "projection.day.range": "1,31", "projection.day.digits": "2",
                 "projection.hour.type": "integer", "projection.hour.range": "0,23", "projection.hour.digits": "2"}
                """));
    }

    @Test
    void terraformIgnoresExactlyTheParametersACrawlWrites() {
        assertThat(texts(table.path("lifecycle").path("ignore_changes")))
                .containsExactly(
                        "parameters[\"UPDATED_BY_CRAWLER\"]",
                        "parameters[\"CrawlerSchemaDeserializerVersion\"]",
                        "parameters[\"CrawlerSchemaSerializerVersion\"]",
                        "parameters[\"averageRecordSize\"]",
                        "parameters[\"objectCount\"]",
                        "parameters[\"recordCount\"]",
                        "parameters[\"sizeKey\"]",
                        "storage_descriptor[0].parameters[\"UPDATED_BY_CRAWLER\"]",
                        "storage_descriptor[0].parameters[\"CrawlerSchemaDeserializerVersion\"]",
                        "storage_descriptor[0].parameters[\"CrawlerSchemaSerializerVersion\"]",
                        "storage_descriptor[0].parameters[\"averageRecordSize\"]",
                        "storage_descriptor[0].parameters[\"objectCount\"]",
                        "storage_descriptor[0].parameters[\"recordCount\"]",
                        "storage_descriptor[0].parameters[\"sizeKey\"]");
    }

    @Test
    void byDefaultTheTableIsCreatedNotImported() {
        assertThat(stack.json().has("import")).isFalse();
    }

    @Test
    void adoptingImportsTheExistingTableByCatalogDatabaseAndName() {
        Synthesized adopting = TestApps.synthConstruct(s -> {
            Pipeline pipeline = new Pipeline(s);
            pipeline.changes("adopted", pipeline.catalog("second", "orders_dev_2"), true);
        });

        JsonNode second = adopting.resourceWhere("aws_glue_catalog_database", "name", "orders_dev_2");

        assertThat(adopting.json().path("import")).singleElement().satisfies(block -> {
            assertThat(block.path("id").asText()).isEqualTo("210987654321:orders_dev_2:dynamodb_changes");
            assertThat(block.path("to").asText())
                    .isEqualTo(adopting.address(
                            "aws_glue_catalog_table",
                            adopting.resourceWhere(
                                    "aws_glue_catalog_table",
                                    "database_name",
                                    adopting.reference("aws_glue_catalog_database", second, "name"))));
        });
    }

    /** The converter's own line, not a hand-written one: a column it adds or renames must reach the table. */
    @Test
    void theTableDeclaresExactlyTheColumnsTheConverterWritesInItsOrder() throws Exception {
        byte[] record = Files.readAllBytes(TestApps.resource("catalog/modify-record.json"));
        ConversionResult result = new ChangeRecordConverter()
                .convert(record, new KinesisMetadata("shardId-000000000000", "4960", 1795601100500L));
        assertThat(result).isInstanceOf(ConversionResult.Converted.class);
        List<String> written = new ArrayList<>();
        new ObjectMapper()
                .readTree(((ConversionResult.Converted) result).line())
                .fieldNames()
                .forEachRemaining(written::add);
        // origin is the table's last column, which only the backfill writes: the converter's lines read it as null.
        List<String> declared = ChangeTableSchema.COLUMNS.stream()
                .map(ChangeTableSchema.Column::name)
                .filter(name -> !name.equals("origin"))
                .toList();
        assertThat(ChangeTableSchema.COLUMNS.get(ChangeTableSchema.COLUMNS.size() - 1))
                .as("the backfill's column, last, which the converter never writes")
                .isEqualTo(new ChangeTableSchema.Column("origin", "string"));

        assertThat(declared).as("declared columns against the converter's").containsExactlyElementsOf(written);
        assertThat(written).as("the converter's columns against the declared").containsExactlyElementsOf(declared);
    }

    private static List<String> columns(JsonNode array) {
        List<String> columns = new ArrayList<>();
        array.forEach(column -> columns.add(
                column.path("name").asText() + " " + column.path("type").asText()));
        return columns;
    }
}
