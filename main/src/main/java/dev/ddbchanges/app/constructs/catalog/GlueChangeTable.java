package dev.ddbchanges.app.constructs.catalog;

import com.hashicorp.cdktf.Fn;
import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTable;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTableConfig;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTablePartitionKeys;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTableStorageDescriptor;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTableStorageDescriptorColumns;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTableStorageDescriptorSerDeInfo;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.constructs.Construct;

/**
 * The Glue table of the delivered changes, declared from {@link ChangeTableSchema} alone: Terraform owns its columns,
 * SerDe and partition projection, and a crawler only registers partitions in it.
 */
public final class GlueChangeTable extends Construct {
    /**
     * The table parameters a crawl writes that the declaration does not, into the table's parameters and (as a
     * crawler-made table shows) its storage descriptor's: AWS Glue developer guide, "Parameters set on
     * Data Catalog tables by crawler", https://docs.aws.amazon.com/glue/latest/dg/table-properties-crawler.html. The
     * provider treats none of them as computed, so each would show as a change after every crawl. Of that page's
     * other keys, classification, compressionType and typeOfData are declared (a crawl writes the same values, and a
     * different one must show); connectionName is written only for a crawl through a connection, and
     * skip.header.line.count only on CSV tables.
     */
    public static final List<String> CRAWLER_PARAMETERS = List.of(
            "UPDATED_BY_CRAWLER",
            "CrawlerSchemaDeserializerVersion",
            "CrawlerSchemaSerializerVersion",
            "averageRecordSize",
            "objectCount",
            "recordCount",
            "sizeKey");

    private final GlueCatalogTable table;
    private final ChangeCatalog catalog;
    private final SecureBucket bucket;

    public GlueChangeTable(Construct scope, String id, GlueChangeTableProps props) {
        super(scope, id);
        ChangeCatalog catalog = props.catalog();
        String location = ChangeTableSchema.dataLocation(props.bucket().name());
        Map<String, String> parameters = new LinkedHashMap<>(ChangeTableSchema.parameters(location));
        // ${year} and its siblings are Athena's placeholders, not Terraform interpolations; the bucket's name before
        // them is a reference Terraform must still resolve.
        parameters.computeIfPresent(
                "storage.location.template",
                (key, template) -> location + Fn.rawString(template.substring(location.length())));
        table = new GlueCatalogTable(
                this,
                "table",
                GlueCatalogTableConfig.builder()
                        .name(ChangeTableSchema.NAME)
                        .databaseName(catalog.databaseName())
                        .description("Every change to the DynamoDB table, one line per change; declared by Terraform")
                        .tableType("EXTERNAL_TABLE")
                        .parameters(parameters)
                        .partitionKeys(ChangeTableSchema.PARTITION_KEYS.stream()
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
                                        .parameters(ChangeTableSchema.SERDE_PARAMETERS)
                                        .build())
                                .columns(ChangeTableSchema.COLUMNS.stream()
                                        .map(column -> GlueCatalogTableStorageDescriptorColumns.builder()
                                                .name(column.name())
                                                .type(column.type())
                                                .build())
                                        .toList())
                                .build())
                        .lifecycle(TerraformResourceLifecycle.builder()
                                .ignoreChanges(Stream.of("parameters", "storage_descriptor[0].parameters")
                                        .flatMap(map ->
                                                CRAWLER_PARAMETERS.stream().map(key -> map + "[\"" + key + "\"]"))
                                        .toList())
                                .build())
                        .build());
        if (props.adoptExisting()) {
            table.importFrom(catalog.catalogId() + ":" + catalog.databaseLiteral() + ":" + ChangeTableSchema.NAME);
        }
        this.catalog = catalog;
        this.bucket = props.bucket();
    }

    /** The name as text, not a reference: saved queries hold it in their SQL, where Terraform must not interpolate. */
    public String name() {
        return ChangeTableSchema.NAME;
    }

    /**
     * The database the table is in, for queries: {@code <databaseName>.<name>}. A reference to the table's attribute,
     * so whatever names the database through it is created after the table.
     */
    public String databaseName() {
        return table.getDatabaseName();
    }

    public String arn() {
        return table.getArn();
    }

    public ChangeCatalog catalog() {
        return catalog;
    }

    public SecureBucket bucket() {
        return bucket;
    }

    /** The prefix of the data bucket the table reads, and nothing else: never the error prefix. */
    public String dataPrefix() {
        return DeliveryLayout.DATA_PREFIX;
    }
}
