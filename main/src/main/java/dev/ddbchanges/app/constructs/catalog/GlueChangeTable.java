package dev.ddbchanges.app.constructs.catalog;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTable;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import java.util.List;
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
        table = new GlueCatalogTable(
                this,
                "table",
                GlueTables.declaration(
                                ChangeTableSchema.DEFINITION,
                                catalog.databaseName(),
                                props.bucket().name())
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
