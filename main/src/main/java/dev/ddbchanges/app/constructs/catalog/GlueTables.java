package dev.ddbchanges.app.constructs.catalog;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTableConfig;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTablePartitionKeys;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTableStorageDescriptor;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTableStorageDescriptorColumns;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTableStorageDescriptorSerDeInfo;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Glue table's declaration from its {@link TableDefinition} alone: Terraform owns its columns, SerDe and projection.
 */
final class GlueTables {
    private GlueTables() {}

    /** The table in {@code databaseName}, reading its prefix of {@code bucketName}; the caller adds its lifecycle. */
    static GlueCatalogTableConfig.Builder declaration(
            TableDefinition definition, String databaseName, String bucketName) {
        String location = definition.location(bucketName);
        Map<String, String> parameters =
                new LinkedHashMap<>(definition.parameters().apply(location));
        // ${year} and its siblings are Athena's placeholders, not Terraform interpolations; the bucket's name before
        // them is a reference Terraform must still resolve.
        parameters.computeIfPresent(
                "storage.location.template",
                (key, template) -> location + Fn.rawString(template.substring(location.length())));
        return GlueCatalogTableConfig.builder()
                .name(definition.name())
                .databaseName(databaseName)
                .description(definition.description())
                .tableType("EXTERNAL_TABLE")
                .parameters(parameters)
                .partitionKeys(definition.partitionKeys().stream()
                        .map(column -> GlueCatalogTablePartitionKeys.builder()
                                .name(column.name())
                                .type(column.type())
                                .build())
                        .toList())
                .storageDescriptor(GlueCatalogTableStorageDescriptor.builder()
                        .location(location)
                        .inputFormat(ChangeTableSchema.INPUT_FORMAT)
                        .outputFormat(ChangeTableSchema.OUTPUT_FORMAT)
                        .compressed(true)
                        .parameters(ChangeTableSchema.FORMAT_PARAMETERS)
                        .serDeInfo(GlueCatalogTableStorageDescriptorSerDeInfo.builder()
                                .serializationLibrary(ChangeTableSchema.SERDE)
                                .parameters(definition.serdeParameters())
                                .build())
                        .columns(definition.columns().stream()
                                .map(column -> GlueCatalogTableStorageDescriptorColumns.builder()
                                        .name(column.name())
                                        .type(column.type())
                                        .build())
                                .toList())
                        .build());
    }
}
