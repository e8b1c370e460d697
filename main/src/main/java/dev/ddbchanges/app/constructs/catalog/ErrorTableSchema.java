package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema.Column;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one definition of the table of what Firehose could not deliver: its error records under {@code errors/}, one
 * JSON object per line, gzipped like the changes. Snake-case columns are mapped onto Firehose's camel-case names by
 * the SerDe, so the names match exactly, as in the changes table ({@code case.insensitive=false}).
 */
public final class ErrorTableSchema {
    public static final String NAME = "delivery_errors";

    /**
     * Firehose's fields of an error record, with their Hive types: numbers are JSON numbers, the times epoch
     * milliseconds, and {@code rawData} the original Kinesis record's data in base64.
     */
    private static final Map<String, String> FIREHOSE_FIELDS = ChangeTableSchema.orderedMap(
            "attemptsMade", ChangeTableSchema.BIGINT,
            "arrivalTimestamp", ChangeTableSchema.BIGINT,
            "errorCode", ChangeTableSchema.STRING,
            "errorMessage", ChangeTableSchema.STRING,
            "attemptEndingTimestamp", ChangeTableSchema.BIGINT,
            "rawData", ChangeTableSchema.STRING,
            "lambdaArn", ChangeTableSchema.STRING);

    /** Each column's name is Firehose's in snake case: {@code attemptsMade} is {@code attempts_made}. */
    public static final Map<String, String> FIREHOSE_NAMES = firehoseNames();

    public static final List<Column> COLUMNS = FIREHOSE_FIELDS.entrySet().stream()
            .map(field -> new Column(snakeCase(field.getKey()), field.getValue()))
            .toList();

    /** The folder Firehose's {@code !{firehose:error-output-type}} names, before the hour folders. */
    public static final Column ERROR_TYPE = new Column("error_type", ChangeTableSchema.STRING);

    /**
     * The error output types this stack's Firehose can write: only the processor's. Format conversion and dynamic
     * partitioning, which have their own, are not used; an enum projection lists every value it reads.
     */
    public static final List<String> ERROR_TYPES = List.of("processing-failed");

    public static final List<Column> PARTITION_KEYS = partitionKeys();

    /** The changes table's SerDe properties, and the mapping of each column to Firehose's name. */
    public static final Map<String, String> SERDE_PARAMETERS = serdeParameters();

    public static final TableDefinition DEFINITION = new TableDefinition(
            NAME,
            "What Firehose could not deliver: one error record per failed change record; declared by Terraform",
            DeliveryLayout.ERROR_PREFIX,
            COLUMNS,
            PARTITION_KEYS,
            SERDE_PARAMETERS,
            ErrorTableSchema::parameters);

    private ErrorTableSchema() {}

    /**
     * The changes table's format and hour projection, below an enum projection of the error type:
     * {@code <location>${error_type}/year=${year}/.../hour=${hour}/}, the layout of
     * {@code DeliveryLayout.errorPrefix()}.
     */
    public static Map<String, String> parameters(String location) {
        Map<String, String> errorType = new LinkedHashMap<>();
        errorType.put("projection." + ERROR_TYPE.name() + ".type", "enum");
        errorType.put("projection." + ERROR_TYPE.name() + ".values", String.join(",", ERROR_TYPES));
        return ChangeTableSchema.parameters(location, errorType, "${" + ERROR_TYPE.name() + "}/");
    }

    private static Map<String, String> firehoseNames() {
        Map<String, String> names = new LinkedHashMap<>();
        FIREHOSE_FIELDS.keySet().forEach(name -> names.put(snakeCase(name), name));
        return Collections.unmodifiableMap(names);
    }

    private static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
    }

    private static List<Column> partitionKeys() {
        List<Column> keys = new ArrayList<>();
        keys.add(ERROR_TYPE);
        keys.addAll(ChangeTableSchema.PARTITION_KEYS);
        return List.copyOf(keys);
    }

    private static Map<String, String> serdeParameters() {
        Map<String, String> parameters = new LinkedHashMap<>(ChangeTableSchema.SERDE_PARAMETERS);
        FIREHOSE_NAMES.forEach((column, name) -> parameters.put("mapping." + column, name));
        return Collections.unmodifiableMap(parameters);
    }
}
