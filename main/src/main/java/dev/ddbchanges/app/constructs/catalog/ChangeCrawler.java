package dev.ddbchanges.app.constructs.catalog;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawler;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawlerConfig;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawlerS3Target;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawlerSchemaChangePolicy;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.app.constructs.encryption.EncryptionContext;
import dev.ddbchanges.app.constructs.logging.EncryptedLogGroup;
import dev.ddbchanges.app.constructs.logging.EncryptedLogGroupProps;
import dev.ddbchanges.app.iam.PolicyStatement;
import dev.ddbchanges.app.iam.ServiceRole;
import dev.ddbchanges.app.iam.ServiceRoleProps;
import java.util.List;
import software.constructs.Construct;

/**
 * The crawler that turns the delivered lines into one partitioned table. Its role is scoped to this database, the
 * data prefix and its own log group, instead of the managed AWSGlueServiceRole (glue:*, every bucket, EC2 on *).
 */
public final class ChangeCrawler extends Construct {
    /** Glue names the table {@code TABLE_PREFIX} + the last folder of the crawled prefix, known before any run. */
    public static final String TABLE_PREFIX = "dynamodb_";
    /** The table of the delivered changes, {@code dynamodb_changes}: what every query, saved or replayed, reads. */
    public static final String TABLE = tableName(DeliveryLayout.DATA_PREFIX);
    /**
     * Lines of different items become one table (not one per shape), and partitions take the table's columns, so
     * a new attribute never leaves old partitions unreadable. The Hive folders become the partition columns year,
     * month, day and hour. Tables keep Glue's default update behaviour: "MergeNewColumns" would freeze the image
     * structs at their first shape, and attributes added to items later would never become queryable.
     */
    static final String CONFIGURATION = "{\"Version\":1.0,"
            + "\"Grouping\":{\"TableGroupingPolicy\":\"CombineCompatibleSchemas\"},"
            + "\"CrawlerOutput\":{\"Partitions\":{\"AddOrUpdateBehavior\":\"InheritFromTable\"}}}";

    private final GlueCrawler crawler;
    private final String tableName;

    public ChangeCrawler(Construct scope, String id, ChangeCrawlerProps props) {
        super(scope, id);
        tableName = tableName(props.dataPrefix());
        ServiceRole role = new ServiceRole(
                this,
                "role",
                new ServiceRoleProps(
                        props.roleName(),
                        "Lets the crawler " + props.crawlerName() + " catalog the delivered changes",
                        "glue.amazonaws.com",
                        List.of()));
        // Glue creates this group on the first run otherwise: unencrypted by us, never expiring, outliving destroy.
        EncryptedLogGroup logs = new EncryptedLogGroup(
                this, "logs", new EncryptedLogGroupProps(props.logGroupName(), props.key(), props.logRetentionDays()));
        List<ITerraformDependable> prerequisites = List.of(
                props.catalog().grantCrawl(role),
                props.bucket().grantRead(role, "read-delivered-changes", props.dataPrefix()),
                role.grant(
                        this,
                        "write-crawler-logs",
                        PolicyStatement.allow("WriteOwnLogs")
                                .withActions(
                                        "logs:CreateLogGroup",
                                        "logs:CreateLogStream",
                                        "logs:PutLogEvents",
                                        "logs:AssociateKmsKey")
                                .withResources(logs.arn(), logs.arn() + ":log-stream:*"),
                        // With CloudWatch encryption in its security configuration, Glue's log writes use the key:
                        // through CloudWatch Logs, and for this log group only.
                        props.key()
                                .grantUseVia(
                                        "EncryptOwnLogs",
                                        EncryptionContext.logGroup(logs.arn()),
                                        "kms:GenerateDataKey",
                                        "kms:Decrypt")),
                logs.group());

        GlueCrawlerConfig.Builder config = GlueCrawlerConfig.builder()
                .name(props.crawlerName())
                .description("Catalogs " + props.dataPrefix() + " of the data bucket as table " + tableName)
                .role(role.arn())
                .databaseName(props.catalog().databaseName())
                .tablePrefix(TABLE_PREFIX)
                .s3Target(List.of(GlueCrawlerS3Target.builder()
                        .path("s3://" + props.bucket().name() + "/" + props.dataPrefix())
                        .build()))
                .securityConfiguration(props.catalog().securityConfigurationName())
                // The table follows the data; a table or partition whose objects are gone is only logged, never
                // deleted, so a crawl over an emptied prefix cannot drop the table people query.
                .schemaChangePolicy(GlueCrawlerSchemaChangePolicy.builder()
                        .updateBehavior("UPDATE_IN_DATABASE")
                        .deleteBehavior("LOG")
                        .build())
                .configuration(CONFIGURATION)
                .dependsOn(prerequisites);
        props.schedule().ifPresent(config::schedule);
        crawler = new GlueCrawler(this, "crawler", config.build());
    }

    /** The table a crawler of {@code dataPrefix} (one folder, such as {@code changes/}) writes. */
    public static String tableName(String dataPrefix) {
        String[] folders = dataPrefix.split("/");
        return TABLE_PREFIX + folders[folders.length - 1];
    }

    public String name() {
        return crawler.getName();
    }

    /** The table the crawler writes, in the catalog database. */
    public String tableName() {
        return tableName;
    }
}
