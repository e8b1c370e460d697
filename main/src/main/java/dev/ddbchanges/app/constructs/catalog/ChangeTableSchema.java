package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.contract.Columns;
import dev.ddbchanges.contract.HourPartitions;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one definition of the table of delivered changes: its columns and Hive types, partition columns, storage format,
 * SerDe and partition projection. The Glue table, the DDL the tests give Trino and DuckDB's view are all built from
 * it, so no engine reads the lines differently from another.
 */
public final class ChangeTableSchema {
    /** What every query names; the crawler's table before the stack declared it had this name too. */
    public static final String NAME = "dynamodb_changes";

    public static final String STRING = "string";
    public static final String BIGINT = "bigint";
    public static final String BOOLEAN = "boolean";

    /**
     * Every column of a converted line, in the converter's order. The images are the item's JSON text: a struct
     * typed from the items seen fails whole queries once items of one table differ in shape.
     */
    public static final List<Column> COLUMNS = List.of(
            new Column(Columns.EVENT_ID, STRING),
            new Column(Columns.EVENT_NAME, STRING),
            new Column(Columns.EVENT_TIME, STRING),
            new Column(Columns.EVENT_TIME_US, BIGINT),
            new Column(Columns.TABLE_NAME, STRING),
            new Column(Columns.AWS_REGION, STRING),
            new Column(Columns.TTL_DELETE, BOOLEAN),
            new Column(Columns.PK, STRING),
            new Column(Columns.KEYS, STRING),
            new Column(Columns.NEW_IMAGE, STRING),
            new Column(Columns.OLD_IMAGE, STRING),
            new Column(Columns.SIZE_BYTES, BIGINT),
            new Column(Columns.KINESIS_SHARD_ID, STRING),
            new Column(Columns.KINESIS_SEQUENCE_NUMBER, STRING),
            new Column(Columns.APPROXIMATE_ARRIVAL_TIME, STRING),
            new Column(Columns.ORIGIN, STRING));

    /** The hour folders Firehose writes, as zero-padded string columns: {@code year='2026'}, {@code hour='07'}. */
    public static final List<Column> PARTITION_KEYS = HourPartitions.FIELDS.stream()
            .map(field -> new Column(field.column(), STRING))
            .toList();

    /** Gzipped newline-delimited JSON, as Firehose writes it. */
    public static final String INPUT_FORMAT = "org.apache.hadoop.mapred.TextInputFormat";

    public static final String OUTPUT_FORMAT = "org.apache.hadoop.hive.ql.io.HiveIgnoreKeyTextOutputFormat";
    public static final String SERDE = "org.openx.data.jsonserde.JsonSerDe";

    /**
     * Each property is written out, defaults included, so no engine's default decides. The OpenX SerDe's
     * case-insensitive default lower-cases every name of the line, inside a string image too, so one of two attributes
     * {@code Status} and {@code status} would vanish; {@code dots.in.keys} would likewise rewrite {@code a.b} to
     * {@code a_b}; a malformed line fails the query instead of reading as nulls, because the converter never writes
     * one and a silent null would hide a corrupted object.
     */
    public static final Map<String, String> SERDE_PARAMETERS = orderedMap(
            "case.insensitive", "false",
            "dots.in.keys", "false",
            "ignore.malformed.json", "false");

    /**
     * Partition projection: Athena computes the hours from these ranges and the location template, so an hour is
     * queryable the moment Firehose writes it, without a crawl. The years run from the first this pipeline could write
     * to the current one ({@code NOW}, a date projection): a query that reads every partition lists every projected
     * hour, and a fixed range reaching decades ahead would make each such query list hundreds of thousands of empty
     * ones, or, ending sooner, make new years invisible.
     */
    public static final int FIRST_YEAR = 2026;

    /**
     * What the files are, as a crawl writes it into the table's parameters and its storage descriptor's alike:
     * declared in both, so a crawl that finds something else shows in the plan.
     */
    public static final Map<String, String> FORMAT_PARAMETERS =
            orderedMap("classification", "json", "compressionType", "gzip", "typeOfData", "file");

    /** The table as every engine builds it. */
    public static final TableDefinition DEFINITION = new TableDefinition(
            NAME,
            "Every change to the DynamoDB table, one line per change; declared by Terraform",
            DeliveryLayout.DATA_PREFIX,
            COLUMNS,
            PARTITION_KEYS,
            SERDE_PARAMETERS,
            ChangeTableSchema::parameters);

    private ChangeTableSchema() {}

    /** Every column name, partition columns last. */
    public static List<String> allColumnNames() {
        return DEFINITION.allColumnNames();
    }

    /**
     * The table's parameters for data under {@code dataLocation} (such as {@code s3://bucket/changes/}): format,
     * compression and projection. The location template holds literal {@code ${year}} placeholders; a caller that
     * writes it into Terraform must escape them (cdktf's {@code Fn.rawString}).
     */
    public static Map<String, String> parameters(String dataLocation) {
        return parameters(dataLocation, Map.of(), "");
    }

    /**
     * The parameters of a table whose hour folders lie below other projected folders: {@code leadingProjection} holds
     * those folders' {@code projection.*} parameters and {@code leadingTemplate} their part of the location template
     * (such as {@code ${error_type}/}).
     */
    static Map<String, String> parameters(
            String dataLocation, Map<String, String> leadingProjection, String leadingTemplate) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.putAll(FORMAT_PARAMETERS);
        parameters.put("EXTERNAL", "TRUE");
        parameters.put("projection.enabled", "true");
        parameters.putAll(leadingProjection);
        parameters.put("projection.year.type", "date");
        parameters.put("projection.year.format", "yyyy");
        parameters.put("projection.year.range", FIRST_YEAR + ",NOW");
        parameters.put("projection.year.interval", "1");
        parameters.put("projection.year.interval.unit", "YEARS");
        parameters.put("projection.month.type", "integer");
        parameters.put("projection.month.range", "1,12");
        parameters.put("projection.month.digits", "2");
        parameters.put("projection.day.type", "integer");
        parameters.put("projection.day.range", "1,31");
        parameters.put("projection.day.digits", "2");
        parameters.put("projection.hour.type", "integer");
        parameters.put("projection.hour.range", "0,23");
        parameters.put("projection.hour.digits", "2");
        parameters.put("storage.location.template", locationTemplate(dataLocation + leadingTemplate));
        return parameters;
    }

    /** {@code <dataLocation>year=${year}/month=${month}/day=${day}/hour=${hour}/}, the layout of Firehose's prefix. */
    public static String locationTemplate(String dataLocation) {
        if (!dataLocation.endsWith("/")) {
            throw new IllegalArgumentException(
                    "dataLocation = " + dataLocation + "; allowed: a location ending in '/', such as s3://b/changes/");
        }
        StringBuilder template = new StringBuilder(dataLocation);
        for (HourPartitions.Field field : HourPartitions.FIELDS) {
            template.append(field.column()).append("=${").append(field.column()).append("}/");
        }
        return template.toString();
    }

    /** The data location in the data bucket: {@code s3://<bucket>/changes/}. */
    public static String dataLocation(String bucketName) {
        return DEFINITION.location(bucketName);
    }

    static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return Collections.unmodifiableMap(map);
    }

    /** A column with its Hive type (Glue's and Athena's spelling). */
    public record Column(String name, String type) {}
}
