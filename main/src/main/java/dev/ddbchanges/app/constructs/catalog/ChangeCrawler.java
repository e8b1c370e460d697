package dev.ddbchanges.app.constructs.catalog;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawler;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawlerCatalogTarget;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawlerConfig;
import com.hashicorp.cdktf.providers.aws.glue_crawler.GlueCrawlerSchemaChangePolicy;
import dev.ddbchanges.app.constructs.encryption.EncryptionContext;
import dev.ddbchanges.app.constructs.logging.EncryptedLogGroup;
import dev.ddbchanges.app.constructs.logging.EncryptedLogGroupProps;
import dev.ddbchanges.app.iam.PolicyStatement;
import dev.ddbchanges.app.iam.ServiceRole;
import dev.ddbchanges.app.iam.ServiceRoleProps;
import java.util.List;
import software.constructs.Construct;

/**
 * The crawler that registers the hourly partitions of the declared table in the Glue catalog, for engines that do
 * not read partition projection (Spark, Glue ETL, EMR, Redshift Spectrum); Athena does not need it. It crawls the
 * table (a catalog target), never the prefix, so it cannot make a table of its own. Its role is scoped to this
 * table, the data prefix and its own log group, instead of the managed AWSGlueServiceRole (glue:*, every bucket, EC2
 * on *).
 */
public final class ChangeCrawler extends Construct {
    /**
     * Exactly what AWS stores for a crawler of a catalog target, so the next plan shows no change: AWS adds the
     * grouping policy to such a crawler whether asked or not. Partitions take the table's columns and SerDe. There is
     * no "Tables" output behaviour: with an update behaviour of LOG the crawler never changes the table's columns, and
     * "MergeNewColumns" would only ask it to add some.
     */
    static final String CONFIGURATION = "{\"Version\":1.0,"
            + "\"Grouping\":{\"TableGroupingPolicy\":\"CombineCompatibleSchemas\"},"
            + "\"CrawlerOutput\":{\"Partitions\":{\"AddOrUpdateBehavior\":\"InheritFromTable\"}}}";

    private final GlueCrawler crawler;

    public ChangeCrawler(Construct scope, String id, ChangeCrawlerProps props) {
        super(scope, id);
        GlueChangeTable table = props.table();
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
                table.catalog().grantCrawl(role, table.arn()),
                table.bucket().grantRead(role, "read-delivered-changes", table.dataPrefix()),
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
                .description("Registers the hourly partitions of table " + ChangeTableSchema.NAME)
                .role(role.arn())
                .databaseName(table.databaseName())
                .catalogTarget(List.of(GlueCrawlerCatalogTarget.builder()
                        .databaseName(table.databaseName())
                        .tables(List.of(table.name()))
                        .build()))
                .securityConfiguration(table.catalog().securityConfigurationName())
                // Terraform owns the table: a crawl only logs what it would change, and a catalog target refuses
                // the provider's default delete behaviour (DEPRECATE_IN_DATABASE) anyway.
                .schemaChangePolicy(GlueCrawlerSchemaChangePolicy.builder()
                        .updateBehavior("LOG")
                        .deleteBehavior("LOG")
                        .build())
                .configuration(CONFIGURATION)
                .dependsOn(prerequisites);
        props.schedule().ifPresent(config::schedule);
        crawler = new GlueCrawler(this, "crawler", config.build());
    }

    public String name() {
        return crawler.getName();
    }
}
