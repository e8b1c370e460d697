package dev.ddbchanges.app.engines;

import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema;
import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema.Column;
import dev.ddbchanges.app.constructs.catalog.TableDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Trino's {@code CREATE TABLE} for a declared table, translated from its {@link TableDefinition}: Glue's
 * {@code projection.*} table parameters become Trino's {@code partition_projection_*} table and column properties with
 * the same ranges and location template, and the SerDe parameters become the table's extra properties, where Trino's
 * OpenX JSON reader looks for them.
 */
final class TrinoTableDdl {
    /** Glue's bookkeeping of the format, which Trino takes from {@code format} and the files' suffix instead. */
    private static final Set<String> NOT_FOR_TRINO =
            Set.of("classification", "compressionType", "typeOfData", "EXTERNAL");

    static final String YEAR_RANGE = "projection.year.range";

    private static final Pattern COLUMN_PROJECTION =
            Pattern.compile("projection\\.([a-z_]+)\\.(type|range|digits|values)");

    /** The year's date projection, which Trino reads as an integer projection of the same folders (see below). */
    private static final List<String> YEAR_DATE_PROJECTION =
            List.of("projection.year.format", "projection.year.interval", "projection.year.interval.unit");

    private TrinoTableDdl() {}

    /**
     * <p>The one translation that is not a renaming: the table projects its years as dates ({@code yyyy} from the
     * first year to {@code NOW}, a year at a time), and Trino's date projection takes no interval longer than a day,
     * so Trino gets an integer projection of the years the replay wrote. Both name the same {@code year=2026}
     * folders; hours outside the data's years hold no files, so the answers are the same.
     *
     * @param years the years to project, within the table's range
     */
    static String create(TableDefinition definition, String table, String location, String years) {
        Map<String, String> parameters =
                new LinkedHashMap<>(definition.parameters().apply(location));
        if (!parameters.get("projection.year.type").equals("date")
                || !parameters.get("projection.year.format").equals("yyyy")
                || !parameters.get("projection.year.interval.unit").equals("YEARS")) {
            throw new IllegalStateException("projection.year = " + parameters.get("projection.year.type") + " / "
                    + parameters.get("projection.year.format") + " / " + parameters.get("projection.year.interval.unit")
                    + "; allowed here: date / yyyy / YEARS, the one year projection this translation knows");
        }
        YEAR_DATE_PROJECTION.forEach(parameters::remove);
        parameters.put("projection.year.type", "integer");
        parameters.put(YEAR_RANGE, years);
        List<String> columns = new ArrayList<>();
        for (Column column : definition.columns()) {
            columns.add(column.name() + " " + type(column));
        }
        for (Column key : definition.partitionKeys()) {
            columns.add(key.name() + " " + type(key) + " WITH (" + projection(key.name(), parameters) + ")");
        }
        List<String> properties = new ArrayList<>();
        properties.add("format = 'OPENX_JSON'");
        properties.add("external_location = " + literal(location));
        properties.add("partitioned_by = ARRAY["
                + definition.partitionKeys().stream()
                        .map(key -> literal(key.name()))
                        .collect(Collectors.joining(", "))
                + "]");
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            String key = parameter.getKey();
            if (key.equals("projection.enabled")) {
                properties.add("partition_projection_enabled = " + Boolean.parseBoolean(parameter.getValue()));
            } else if (key.equals("storage.location.template")) {
                properties.add("partition_projection_location_template = " + literal(parameter.getValue()));
            } else if (!NOT_FOR_TRINO.contains(key)
                    && !COLUMN_PROJECTION.matcher(key).matches()) {
                throw new IllegalArgumentException("table parameter " + key + " = " + parameter.getValue()
                        + " has no Trino translation; allowed: projection.enabled, storage.location.template, "
                        + "projection.<column>.(type|range|digits|values), " + NOT_FOR_TRINO);
            }
        }
        properties.add("extra_properties = MAP(ARRAY["
                + definition.serdeParameters().keySet().stream()
                        .map(TrinoTableDdl::literal)
                        .collect(Collectors.joining(", "))
                + "], ARRAY["
                + definition.serdeParameters().values().stream()
                        .map(TrinoTableDdl::literal)
                        .collect(Collectors.joining(", "))
                + "])");
        return "CREATE TABLE " + table + " (\n  " + String.join(",\n  ", columns) + "\n) WITH (\n  "
                + String.join(",\n  ", properties) + "\n)";
    }

    private static String projection(String column, Map<String, String> parameters) {
        List<String> properties = new ArrayList<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            Matcher projection = COLUMN_PROJECTION.matcher(parameter.getKey());
            if (!projection.matches() || !projection.group(1).equals(column)) {
                continue;
            }
            String value = parameter.getValue();
            properties.add(
                    switch (projection.group(2)) {
                        case "type" -> "partition_projection_type = " + literal(value);
                        case "range" -> "partition_projection_range = " + array(value);
                        case "values" -> "partition_projection_values = " + array(value);
                        default -> "partition_projection_digits = " + Integer.parseInt(value);
                    });
        }
        if (properties.isEmpty()) {
            throw new IllegalArgumentException("partition column " + column + " has no projection.* parameters; "
                    + "allowed: a partition column with projection." + column + ".type and .range");
        }
        return String.join(", ", properties);
    }

    private static String type(Column column) {
        return type(column.name(), column.type());
    }

    /** Trino's name of a Hive type the tables use. */
    static String type(String hiveType) {
        return type("of type " + hiveType, hiveType);
    }

    private static String type(String name, String hiveType) {
        return switch (hiveType) {
            case ChangeTableSchema.STRING -> "varchar";
            case ChangeTableSchema.BIGINT -> "bigint";
            case ChangeTableSchema.BOOLEAN -> "boolean";
            default ->
                throw new IllegalArgumentException("column " + name + " has type " + hiveType
                        + "; allowed: "
                        + List.of(ChangeTableSchema.STRING, ChangeTableSchema.BIGINT, ChangeTableSchema.BOOLEAN));
        };
    }

    /** Glue's comma-separated list as Trino's array of strings. */
    private static String array(String commaSeparated) {
        return "ARRAY["
                + List.of(commaSeparated.split(",")).stream()
                        .map(item -> literal(item.strip()))
                        .collect(Collectors.joining(", "))
                + "]";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
