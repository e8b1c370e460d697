package dev.ddbchanges.app.stack;

import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.data_aws_caller_identity.DataAwsCallerIdentity;
import com.hashicorp.cdktf.providers.aws.provider.AwsProvider;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderConfig;
import com.hashicorp.cdktf.providers.aws.provider.AwsProviderDefaultTags;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.Names;
import dev.ddbchanges.app.constructs.catalog.ChangeCatalog;
import dev.ddbchanges.app.constructs.catalog.ChangeCatalogProps;
import dev.ddbchanges.app.constructs.catalog.ChangeCrawler;
import dev.ddbchanges.app.constructs.catalog.ChangeCrawlerProps;
import dev.ddbchanges.app.constructs.catalog.CurrentStateTableSchema;
import dev.ddbchanges.app.constructs.catalog.GlueChangeTable;
import dev.ddbchanges.app.constructs.catalog.GlueChangeTableProps;
import dev.ddbchanges.app.constructs.catalog.GlueErrorTable;
import dev.ddbchanges.app.constructs.changestream.ChangeStream;
import dev.ddbchanges.app.constructs.changestream.ChangeStreamProps;
import dev.ddbchanges.app.constructs.changestream.ChangeTable;
import dev.ddbchanges.app.constructs.changestream.ChangeTableProps;
import dev.ddbchanges.app.constructs.converter.ConverterFunction;
import dev.ddbchanges.app.constructs.converter.ConverterFunctionProps;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.app.constructs.delivery.DeliveryStream;
import dev.ddbchanges.app.constructs.delivery.DeliveryStreamProps;
import dev.ddbchanges.app.constructs.encryption.AlarmTopicGrant;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.encryption.EncryptionKeyProps;
import dev.ddbchanges.app.constructs.monitoring.PipelineAlarms;
import dev.ddbchanges.app.constructs.monitoring.PipelineAlarmsProps;
import dev.ddbchanges.app.constructs.query.QueryWorkgroup;
import dev.ddbchanges.app.constructs.query.QueryWorkgroupProps;
import dev.ddbchanges.app.constructs.refresh.CurrentStateRefresh;
import dev.ddbchanges.app.constructs.refresh.CurrentStateRefreshProps;
import dev.ddbchanges.app.constructs.storage.AccessLogDelivery;
import dev.ddbchanges.app.constructs.storage.PrefixExpiry;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import dev.ddbchanges.app.constructs.storage.SecureBucketProps;
import dev.ddbchanges.app.iam.PermissionsBoundary;
import dev.ddbchanges.app.queries.QueryWindow;
import dev.ddbchanges.app.queries.RefreshWindow;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import software.constructs.Construct;

/**
 * One environment: its provider and state, and the pipeline's constructs wired together. The construct ids below are
 * Terraform addresses: renaming one destroys and recreates what it holds.
 */
public final class PipelineStack extends TerraformStack {
    /** Provider 5.100 is what this project is tested with; 6.x changes resources it uses. */
    static final String AWS_PROVIDER_CONSTRAINT = "~> 5.100";
    /** Where the backfill command has DynamoDB export the table. */
    static final String EXPORTS_PREFIX = "exports/";

    /**
     * A raw export is read only while the backfill converts it, and again by a backfill run a second time after an
     * interruption: a week covers that, and a whole table's export kept longer is only billed.
     */
    static final int EXPORT_EXPIRATION_DAYS = 7;

    public PipelineStack(Construct scope, PipelineStackProps props) {
        super(scope, props.settings().name());
        EnvironmentSettings settings = props.settings();
        StateBackend.configure(this, settings);
        new AwsProvider(
                this,
                "aws",
                AwsProviderConfig.builder()
                        .region(settings.region())
                        .allowedAccountIds(settings.accountId().map(List::of).orElse(null))
                        .defaultTags(List.of(AwsProviderDefaultTags.builder()
                                .tags(Map.of(
                                        "project", settings.project(),
                                        "environment", settings.name(),
                                        "managed-by", "cdktf"))
                                .build()))
                        .build());
        // The bindings pin the provider version they were generated from (5.23.1); this project runs on 5.100.
        addOverride("terraform.required_providers.aws.version", AWS_PROVIDER_CONSTRAINT);

        String account =
                settings.accountId().orElseGet(() -> new DataAwsCallerIdentity(this, "current-account").getAccountId());
        Names names = new Names(settings, account);
        Names.permissionsBoundaryArn(settings).ifPresent(boundary -> PermissionsBoundary.apply(this, boundary));

        Removals removals = Removals.of(settings);
        // The data bucket's server access logs (CKV_AWS_18): on in production by default, for an audit or an incident.
        boolean accessLogging = settings.accessLogging();

        EncryptionKey key = new EncryptionKey(
                this,
                "key",
                EncryptionKeyProps.builder()
                        .alias(names.keyAlias())
                        .description("Encrypts the DynamoDB change pipeline of " + names.prefix())
                        .deletionWindowDays(settings.keyDeletionWindowDays())
                        .accountId(account)
                        .region(settings.region())
                        .logGroupNames(names.logGroups())
                        .alarmTopic(Optional.of(new AlarmTopicGrant(
                                names.alarmTopic(),
                                PipelineAlarms.alarmNames(
                                        names::alarm, settings.query().currentStateTable()))))
                        .removal(removals.key())
                        .accessLogSourceBuckets(accessLogging ? List.of(names.dataBucket()) : List.of())
                        .build());
        Optional<SecureBucket> accessLogs = accessLogging
                ? Optional.of(accessLogsBucket(names, account, key, removals, settings))
                : Optional.empty();
        SecureBucket dataBucket = new SecureBucket(
                this,
                "data-bucket",
                SecureBucketProps.builder()
                        .bucketName(names.dataBucket())
                        .key(key)
                        .removal(removals.data())
                        .noncurrentVersionExpirationDays(settings.noncurrentVersionExpirationDays())
                        .expirationDays(settings.dataExpirationDays())
                        // The history only: a current-state table file expired on its own would corrupt the table.
                        .expirationPrefixes(List.of(DeliveryLayout.DATA_PREFIX, DeliveryLayout.ERROR_PREFIX))
                        .expirePrefixes(List.of(new PrefixExpiry(EXPORTS_PREFIX, EXPORT_EXPIRATION_DAYS)))
                        .accessLogsTo(accessLogs)
                        .build());

        ChangeTable table = new ChangeTable(this, "table", new ChangeTableProps(names.table(), key, removals.table()));
        ChangeStream changeStream = new ChangeStream(
                this, "change-stream", new ChangeStreamProps(names.changeStream(), table, key, settings.stream()));
        ConverterFunction converter = new ConverterFunction(
                this,
                "converter",
                ConverterFunctionProps.builder()
                        .functionName(names.converterFunction())
                        .logGroupName(names.converterLogGroup())
                        .roleName(names.role("converter"))
                        .jar(props.converterJar())
                        .key(key)
                        .settings(settings.converter())
                        .logRetentionDays(settings.logRetentionDays())
                        .build());
        DeliveryStream delivery = new DeliveryStream(
                this,
                "delivery",
                DeliveryStreamProps.builder()
                        .streamName(names.deliveryStream())
                        .logGroupName(names.deliveryLogGroup())
                        .roleName(names.role("delivery"))
                        .accountId(account)
                        .source(changeStream)
                        .converter(converter)
                        .bucket(dataBucket)
                        .key(key)
                        .settings(settings.delivery())
                        .logRetentionDays(settings.logRetentionDays())
                        .build());

        ChangeCatalog catalog = new ChangeCatalog(
                this,
                "catalog",
                ChangeCatalogProps.builder()
                        .databaseName(names.glueDatabase())
                        .securityConfigurationName(names.glueSecurityConfiguration())
                        .accountId(account)
                        .region(settings.region())
                        .key(key)
                        .build());
        // The Glue table of the changes, apart from the DynamoDB table above whose changes they are.
        var changes = new GlueChangeTable(
                this,
                "changes",
                GlueChangeTableProps.builder()
                        .catalog(catalog)
                        .bucket(dataBucket)
                        .adoptExisting(settings.query().adoptCrawlerTable())
                        .build());
        // What Firehose could not deliver, beside the changes; the crawler, aimed at the changes table, never reads it.
        var errors = new GlueErrorTable(this, "errors", catalog, dataBucket);
        ChangeCrawler crawler = new ChangeCrawler(
                this,
                "crawler",
                ChangeCrawlerProps.builder()
                        .crawlerName(names.crawler())
                        .roleName(names.role("crawler"))
                        .logGroupName(names.crawlerLogGroup())
                        .table(changes)
                        .key(key)
                        .schedule(settings.query().crawlerSchedule())
                        .logRetentionDays(settings.logRetentionDays())
                        .build());
        QueryWorkgroup workgroup = new QueryWorkgroup(
                this,
                "query",
                QueryWorkgroupProps.builder()
                        .workgroupName(names.athenaWorkgroup())
                        .resultsBucketName(names.queryResultsBucket())
                        .key(key)
                        .scanLimitMb(settings.query().scanLimitMb())
                        .resultsExpirationDays(settings.query().resultsExpirationDays())
                        .noncurrentVersionExpirationDays(settings.noncurrentVersionExpirationDays())
                        .removal(removals.queryResults())
                        .catalog(catalog)
                        .table(changes)
                        .errorTable(errors)
                        .queryName(names::namedQuery)
                        .queryWindow(QueryWindow.of(settings))
                        .currentStateTable(Optional.of(CurrentStateTableSchema.NAME)
                                .filter(on -> settings.query().currentStateTable()))
                        .build());

        Optional<CurrentStateRefresh> refresh = settings.query().currentStateTable()
                ? Optional.of(new CurrentStateRefresh(
                        this,
                        "current-state",
                        CurrentStateRefreshProps.builder()
                                .stateMachineName(names.refreshStateMachine())
                                .roleName(names.role("refresh"))
                                .schedulerRoleName(names.role("refresh-scheduler"))
                                .refreshScheduleName(names.refreshSchedule())
                                .accountId(account)
                                .region(settings.region())
                                .key(key)
                                .changes(changes)
                                .workgroup(workgroup)
                                .refreshMinutes(settings.query().refreshMinutes())
                                .window(RefreshWindow.of(settings))
                                .build()))
                : Optional.empty();

        PipelineAlarms alarms = new PipelineAlarms(
                this,
                "alarms",
                new PipelineAlarmsProps(
                        names.alarmTopic(),
                        names::alarm,
                        key,
                        table,
                        changeStream,
                        converter,
                        delivery,
                        settings.monitoring(),
                        refresh));

        output("key_arn", key.arn(), "ARN of the environment's KMS key");
        output("table_name", table.name(), "The DynamoDB table whose changes are captured");
        output("change_stream_arn", changeStream.arn(), "The Kinesis stream DynamoDB writes every change to");
        output("data_bucket", dataBucket.name(), "Bucket the change records are delivered to");
        output("delivery_stream_name", delivery.name(), "The Firehose stream that converts and delivers changes");
        output("converter_function_name", converter.functionName(), "The converter Lambda");
        output("converter_version", converter.version(), "The converter version Firehose invokes");
        output("glue_database", catalog.databaseName(), "The Glue database of the table");
        output(
                "crawler_name",
                crawler.name(),
                "Registers new partitions for engines without projection: aws glue start-crawler --name");
        output("glue_table", changes.name(), "The table to query: <glue_database>.<glue_table>");
        output(
                "glue_error_table",
                errors.name(),
                "What Firehose could not deliver, by reason and hour: <glue_database>.<glue_error_table>");
        output("workgroup_name", workgroup.name(), "The Athena workgroup to query in");
        output("query_results_bucket", workgroup.resultsBucketName(), "Where Athena writes query results");
        output("alarm_topic_arn", alarms.topicArn(), "Every alarm publishes here; subscribe to be told");
        refresh.ifPresent(machine -> {
            output(
                    "current_state_table",
                    catalog.databaseName() + "." + CurrentStateTableSchema.NAME,
                    "The Iceberg table of every key's current state, refreshed on a schedule");
            output(
                    "refresh_state_machine_arn",
                    machine.stateMachineArn(),
                    "Refreshes, maintains and rebuilds current_state: ./ddb-changes rebuild-current-state");
        });
    }

    /** Kept like the data whose requests it records, for as long as the environment keeps its other logs. */
    private SecureBucket accessLogsBucket(
            Names names, String account, EncryptionKey key, Removals removals, EnvironmentSettings settings) {
        return new SecureBucket(
                this,
                "access-logs-bucket",
                SecureBucketProps.builder()
                        .bucketName(names.accessLogsBucket())
                        .key(key)
                        .removal(removals.data())
                        .noncurrentVersionExpirationDays(settings.noncurrentVersionExpirationDays())
                        .expirationDays(OptionalInt.of(settings.logRetentionDays()))
                        .receivesAccessLogs(Optional.of(new AccessLogDelivery(account, List.of(names.dataBucket()))))
                        .build());
    }

    private void output(String id, String value, String description) {
        new TerraformOutput(
                this,
                id,
                TerraformOutputConfig.builder()
                        .value(value)
                        .description(description)
                        .build());
    }
}
