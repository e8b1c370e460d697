package dev.ddbchanges.app.constructs.catalog;

import dev.ddbchanges.app.constructs.catalog.ChangeTableSchema.Column;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * What one declared table is, for every engine that builds it: the Glue table, and the tables the tests give Trino
 * and DuckDB. Each table's schema class defines one; the format (gzipped JSON lines, OpenX SerDe) is the same for all.
 *
 * @param name            the table's name in the Glue database
 * @param description     Glue's description of it
 * @param prefix          the folder of the data bucket it reads, such as {@code changes/}
 * @param columns         the columns of a line, in order
 * @param partitionKeys   the partition columns, in the order of the folders
 * @param serdeParameters the OpenX SerDe's properties, every one written out
 * @param parameters      the table's parameters (format and projection) for a data location such as
 *                        {@code s3://bucket/changes/}
 */
public record TableDefinition(
        String name,
        String description,
        String prefix,
        List<Column> columns,
        List<Column> partitionKeys,
        Map<String, String> serdeParameters,
        Function<String, Map<String, String>> parameters) {

    /** Where the table's objects are: {@code s3://<bucket>/<prefix>}. */
    public String location(String bucketName) {
        return "s3://" + bucketName + "/" + prefix;
    }

    /** Every column name, partition columns last. */
    public List<String> allColumnNames() {
        return Stream.concat(columns.stream(), partitionKeys.stream())
                .map(Column::name)
                .toList();
    }
}
