package dev.ddbchanges.app.constructs.catalog;

import com.hashicorp.cdktf.providers.aws.glue_catalog_database.GlueCatalogDatabase;
import com.hashicorp.cdktf.providers.aws.glue_catalog_database.GlueCatalogDatabaseConfig;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfiguration;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationConfig;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationEncryptionConfiguration;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationEncryptionConfigurationCloudwatchEncryption;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationEncryptionConfigurationJobBookmarksEncryption;
import com.hashicorp.cdktf.providers.aws.glue_security_configuration.GlueSecurityConfigurationEncryptionConfigurationS3Encryption;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import dev.ddbchanges.app.iam.PolicyStatement;
import dev.ddbchanges.app.iam.ServiceRole;
import java.util.List;
import software.constructs.Construct;

/**
 * The environment's Glue database, and the security configuration that makes every Glue run encrypt with the key.
 * The account-wide Data Catalog encryption settings are deliberately not touched: there is one per account and
 * region, and an environment that set them would fight every other.
 */
public final class ChangeCatalog extends Construct {
    /**
     * The catalog actions a catalog-target crawler needs on its table: read and update it, read and register its
     * partitions; never create or delete a table. The permissions boundary of the CI-access stack allows these too.
     */
    public static final List<String> CRAWL_ACTIONS = List.of(
            "glue:GetDatabase",
            "glue:GetTable",
            "glue:GetTables",
            "glue:UpdateTable",
            "glue:GetPartition",
            "glue:GetPartitions",
            "glue:BatchGetPartition",
            "glue:CreatePartition",
            "glue:BatchCreatePartition",
            "glue:UpdatePartition",
            "glue:BatchUpdatePartition");

    private final GlueCatalogDatabase database;
    private final GlueSecurityConfiguration securityConfiguration;
    private final String glueArnPrefix;
    private final String catalogArn;
    private final String catalogId;
    private final String databaseLiteral;

    public ChangeCatalog(Construct scope, String id, ChangeCatalogProps props) {
        super(scope, id);
        String glue = "arn:aws:glue:" + props.region() + ":" + props.accountId() + ":";
        glueArnPrefix = glue;
        catalogArn = glue + "catalog";
        catalogId = props.accountId();
        databaseLiteral = props.databaseName();
        database = new GlueCatalogDatabase(
                this,
                "database",
                GlueCatalogDatabaseConfig.builder()
                        .name(props.databaseName())
                        .description("Every change to the DynamoDB table, as delivered by Firehose")
                        .build());
        String key = props.key().arn();
        securityConfiguration = new GlueSecurityConfiguration(
                this,
                "security-configuration",
                GlueSecurityConfigurationConfig.builder()
                        .name(props.securityConfigurationName())
                        .encryptionConfiguration(GlueSecurityConfigurationEncryptionConfiguration.builder()
                                .s3Encryption(GlueSecurityConfigurationEncryptionConfigurationS3Encryption.builder()
                                        .s3EncryptionMode("SSE-KMS")
                                        .kmsKeyArn(key)
                                        .build())
                                .cloudwatchEncryption(
                                        GlueSecurityConfigurationEncryptionConfigurationCloudwatchEncryption.builder()
                                                .cloudwatchEncryptionMode("SSE-KMS")
                                                .kmsKeyArn(key)
                                                .build())
                                .jobBookmarksEncryption(
                                        GlueSecurityConfigurationEncryptionConfigurationJobBookmarksEncryption.builder()
                                                .jobBookmarksEncryptionMode("CSE-KMS")
                                                .kmsKeyArn(key)
                                                .build())
                                .build())
                        .build());
    }

    public String databaseName() {
        return database.getName();
    }

    public String securityConfigurationName() {
        return securityConfiguration.getName();
    }

    /** The Data Catalog's id, which is the account's: the first part of a Glue table's import id. */
    public String catalogId() {
        return catalogId;
    }

    /**
     * The database name as given, not a reference to the resource: an import id must be known when Terraform plans,
     * before anything is applied.
     */
    public String databaseLiteral() {
        return databaseLiteral;
    }

    /**
     * The ARN of a table of this database that Terraform does not declare, such as one an engine creates: built from
     * names, since there is no resource to refer to.
     */
    public String tableArn(String tableName) {
        return glueArnPrefix + "table/" + databaseLiteral + "/" + tableName;
    }

    /**
     * Lets {@code role} run queries that read {@code readTableArn} and create and commit to {@code ownedTableArn} (an
     * engine-owned table such as an Iceberg one, whose every commit updates it in the catalog). No glue:DeleteTable:
     * nothing the role runs drops a table, and no partition actions: the tables it reads use partition projection.
     */
    public IamRolePolicy grantQueryInto(ServiceRole role, String readTableArn, String ownedTableArn) {
        return role.grant(
                this,
                "query-into-table",
                PolicyStatement.allow("ReadTables")
                        .withActions("glue:GetDatabase", "glue:GetTable")
                        .withResources(catalogArn, database.getArn(), readTableArn, ownedTableArn),
                PolicyStatement.allow("CreateAndCommitOwnTable")
                        .withActions("glue:CreateTable", "glue:UpdateTable")
                        .withResources(catalogArn, database.getArn(), ownedTableArn));
    }

    /**
     * Lets {@code role} read one table of this database, update its parameters and register its partitions, and read
     * the security configuration it runs with. No glue:CreateTable or DeleteTable: a crawler of a declared table
     * creates no tables, and cannot replace the declared one.
     */
    public IamRolePolicy grantCrawl(ServiceRole role, String tableArn) {
        return role.grant(
                this,
                "crawl-into-database",
                PolicyStatement.allow("CatalogPartitionsOfTheTable")
                        .withActions(CRAWL_ACTIONS.toArray(String[]::new))
                        .withResources(catalogArn, database.getArn(), tableArn),
                // GetSecurityConfiguration supports no resource-level permission: Resource "*" is the only form.
                PolicyStatement.allow("ReadSecurityConfiguration")
                        .withActions("glue:GetSecurityConfiguration")
                        .withResources("*"));
    }
}
