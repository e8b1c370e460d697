package dev.ddbchanges.app.constructs.catalog;

import com.hashicorp.cdktf.providers.aws.glue_catalog_table.GlueCatalogTable;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import software.constructs.Construct;

/**
 * The Glue table of Firehose's error records under {@code errors/}, declared from {@link ErrorTableSchema}: what the
 * converter refused and every record of a batch whose invocation failed, queryable by reason and hour. No crawler
 * touches it: partition projection makes every hour queryable as Firehose writes it.
 */
public final class GlueErrorTable extends Construct {
    private final GlueCatalogTable table;

    /** @param bucket the data bucket, whose {@code errors/} prefix the table reads */
    public GlueErrorTable(Construct scope, String id, ChangeCatalog catalog, SecureBucket bucket) {
        super(scope, id);
        table = new GlueCatalogTable(
                this,
                "table",
                GlueTables.declaration(ErrorTableSchema.DEFINITION, catalog.databaseName(), bucket.name())
                        .build());
    }

    /** The name as text, not a reference: a saved query holds it in its SQL, where Terraform must not interpolate. */
    public String name() {
        return ErrorTableSchema.NAME;
    }

    public String arn() {
        return table.getArn();
    }
}
