package dev.ddbchanges.app.constructs.query;

import com.hashicorp.cdktf.providers.aws.athena_named_query.AthenaNamedQuery;
import com.hashicorp.cdktf.providers.aws.athena_named_query.AthenaNamedQueryConfig;
import com.hashicorp.cdktf.providers.aws.athena_workgroup.AthenaWorkgroup;
import com.hashicorp.cdktf.providers.aws.athena_workgroup.AthenaWorkgroupConfig;
import com.hashicorp.cdktf.providers.aws.athena_workgroup.AthenaWorkgroupConfiguration;
import com.hashicorp.cdktf.providers.aws.athena_workgroup.AthenaWorkgroupConfigurationResultConfiguration;
import com.hashicorp.cdktf.providers.aws.athena_workgroup.AthenaWorkgroupConfigurationResultConfigurationEncryptionConfiguration;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import dev.ddbchanges.app.constructs.storage.SecureBucketProps;
import dev.ddbchanges.app.iam.PolicyStatement;
import dev.ddbchanges.app.iam.ServiceRole;
import dev.ddbchanges.app.queries.NamedQuery;
import java.util.OptionalInt;
import software.constructs.Construct;

/**
 * The Athena workgroup people query the changes in, with its own results bucket and the saved queries. Its settings
 * are enforced, so no client can write results elsewhere, unencrypted, or past the scan limit.
 */
public final class QueryWorkgroup extends Construct {
    static final String RESULTS_PREFIX = "results/";
    private static final long BYTES_PER_MB = 1024L * 1024L;

    private final AthenaWorkgroup workgroup;
    private final SecureBucket results;

    public QueryWorkgroup(Construct scope, String id, QueryWorkgroupProps props) {
        super(scope, id);
        results = new SecureBucket(
                this,
                "results",
                SecureBucketProps.builder()
                        .bucketName(props.resultsBucketName())
                        .key(props.key())
                        .removal(props.removal())
                        .noncurrentVersionExpirationDays(props.noncurrentVersionExpirationDays())
                        .expirationDays(OptionalInt.of(props.resultsExpirationDays()))
                        .build());
        workgroup = new AthenaWorkgroup(
                this,
                "workgroup",
                AthenaWorkgroupConfig.builder()
                        .name(props.workgroupName())
                        .description("Queries over every change to the DynamoDB table")
                        .state("ENABLED")
                        .forceDestroy(props.removal().forceDestroy())
                        .configuration(AthenaWorkgroupConfiguration.builder()
                                .enforceWorkgroupConfiguration(true)
                                .publishCloudwatchMetricsEnabled(true)
                                .bytesScannedCutoffPerQuery(props.scanLimitMb() * BYTES_PER_MB)
                                .resultConfiguration(AthenaWorkgroupConfigurationResultConfiguration.builder()
                                        .outputLocation("s3://" + results.name() + "/" + RESULTS_PREFIX)
                                        .encryptionConfiguration(
                                                AthenaWorkgroupConfigurationResultConfigurationEncryptionConfiguration
                                                        .builder()
                                                        .encryptionOption("SSE_KMS")
                                                        .kmsKeyArn(props.key().arn())
                                                        .build())
                                        .build())
                                .build())
                        .build());
        for (NamedQuery saved : NamedQuery.values()) {
            NamedQuery query = saved == NamedQuery.CURRENT_STATE
                            && props.currentStateTable().isEmpty()
                    ? NamedQuery.CURRENT_STATE_FULL
                    : saved;
            String table = switch (query.reads()) {
                case CHANGES -> props.table().name();
                case ERRORS -> props.errorTable().name();
                case CURRENT_STATE -> props.currentStateTable().orElseThrow();
            };
            new AthenaNamedQuery(
                    this,
                    saved.id(),
                    AthenaNamedQueryConfig.builder()
                            .name(props.queryName().apply(saved.nameSuffix()))
                            .description(query.description())
                            .workgroup(workgroup.getName())
                            .database(props.catalog().databaseName())
                            .query(query.sql(table, props.queryWindow()))
                            .build());
        }
    }

    public String name() {
        return workgroup.getName();
    }

    /**
     * The workgroup's name as its {@code id} attribute, which Terraform knows only once the workgroup exists: for a
     * value that must stay unknown in a plan that creates the workgroup.
     */
    public String nameOnceCreated() {
        return workgroup.getId();
    }

    /**
     * Lets {@code role} run queries in this workgroup and wait for them (what Step Functions' Athena integration
     * calls: start, poll, stop on timeout), in the Glue Data Catalog, with their results written where the workgroup
     * enforces. The catalog and the data the queries read are granted by their own constructs.
     */
    public void grantRunQueries(ServiceRole role, String accountId, String region) {
        role.grant(
                this,
                "run-queries",
                PolicyStatement.allow("RunQueriesInWorkgroup")
                        .withActions(
                                "athena:StartQueryExecution", "athena:GetQueryExecution", "athena:StopQueryExecution")
                        .withResources(workgroup.getArn()),
                PolicyStatement.allow("UseGlueDataCatalog")
                        .withActions("athena:GetDataCatalog")
                        .withResources("arn:aws:athena:" + region + ":" + accountId + ":datacatalog/AwsDataCatalog"));
        results.grantWrite(role, "write-query-results", RESULTS_PREFIX);
    }

    public String resultsBucketName() {
        return results.name();
    }
}
