package dev.ddbchanges.app.constructs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.SettingsLoader;
import dev.ddbchanges.app.constructs.catalog.ChangeCatalog;
import dev.ddbchanges.app.constructs.catalog.ChangeCatalogProps;
import dev.ddbchanges.app.constructs.catalog.ChangeCrawler;
import dev.ddbchanges.app.constructs.catalog.ChangeCrawlerProps;
import dev.ddbchanges.app.constructs.catalog.GlueChangeTable;
import dev.ddbchanges.app.constructs.catalog.GlueChangeTableProps;
import dev.ddbchanges.app.constructs.catalog.GlueErrorTable;
import dev.ddbchanges.app.constructs.changestream.ChangeStream;
import dev.ddbchanges.app.constructs.changestream.ChangeStreamProps;
import dev.ddbchanges.app.constructs.changestream.ChangeTable;
import dev.ddbchanges.app.constructs.changestream.ChangeTableProps;
import dev.ddbchanges.app.constructs.converter.ConverterFunction;
import dev.ddbchanges.app.constructs.converter.ConverterFunctionProps;
import dev.ddbchanges.app.constructs.delivery.DeliveryStream;
import dev.ddbchanges.app.constructs.delivery.DeliveryStreamProps;
import dev.ddbchanges.app.constructs.encryption.AlarmTopicGrant;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.encryption.EncryptionKeyProps;
import dev.ddbchanges.app.constructs.monitoring.PipelineAlarms;
import dev.ddbchanges.app.constructs.monitoring.PipelineAlarmsProps;
import dev.ddbchanges.app.constructs.query.QueryWorkgroup;
import dev.ddbchanges.app.constructs.query.QueryWorkgroupProps;
import dev.ddbchanges.app.constructs.storage.SecureBucket;
import dev.ddbchanges.app.constructs.storage.SecureBucketProps;
import dev.ddbchanges.app.queries.QueryWindow;
import java.util.List;
import java.util.Optional;
import software.constructs.Construct;

/**
 * The pipeline's constructs wired the way the stack wires them, under literal names ({@code orders-dev-...}) and the
 * settings of settings/construct-fixture.json (a provisioned stream of one shard), so each construct's test reads one
 * small stack; {@code table("second", ...)} and its siblings add one more instance of a construct beside the first.
 */
public final class Pipeline {
    public static final String ACCOUNT = "210987654321";
    public static final String REGION = "us-west-2";

    public final EncryptionKey key;
    public final SecureBucket data;
    public final ChangeTable table;
    public final ChangeStream stream;
    public final ConverterFunction converter;
    public final DeliveryStream delivery;
    public final ChangeCatalog catalog;
    public final GlueChangeTable changes;
    public final GlueErrorTable errors;
    public final ChangeCrawler crawler;
    public final QueryWorkgroup query;
    public final PipelineAlarms alarms;

    private final Construct scope;
    private final EnvironmentSettings settings = fixtureSettings();

    public Pipeline(Construct scope) {
        this.scope = scope;
        key = new EncryptionKey(
                scope,
                "key",
                EncryptionKeyProps.builder()
                        .alias("alias/orders-dev")
                        .description("Encrypts orders-dev")
                        .deletionWindowDays(7)
                        .accountId(ACCOUNT)
                        .region(REGION)
                        .logGroupNames(List.of("/aws/lambda/orders-dev-converter"))
                        .alarmTopic(Optional.of(new AlarmTopicGrant(
                                "orders-dev-alarms",
                                PipelineAlarms.alarmNames(watched -> "orders-dev-" + watched, false))))
                        .build());
        data = new SecureBucket(
                scope,
                "data-bucket",
                SecureBucketProps.builder()
                        .bucketName("orders-dev-data-team7")
                        .key(key)
                        .removal(RemovalPolicy.DESTROY)
                        .build());
        table = table("table", "orders-dev-table");
        stream = stream("change-stream", "orders-dev-changes", table);
        converter = converter("converter", "orders-dev-converter");
        delivery = delivery("delivery", "orders-dev-delivery", stream, converter);
        catalog = catalog("catalog", "orders_dev");
        changes = changes("changes", catalog, false);
        errors = new GlueErrorTable(scope, "errors", catalog, data);
        crawler = crawler("crawler", "orders-dev-crawler", changes, "orders-dev-glue-security");
        query = query("query", "orders-dev-analytics", changes);
        alarms = alarms("alarms", "orders-dev", table, stream, converter, delivery);
    }

    /** The whole pipeline in one synthesized stack. */
    public static Synthesized synth() {
        return TestApps.synthConstruct(Pipeline::new);
    }

    public ChangeTable table(String id, String name) {
        return new ChangeTable(scope, id, new ChangeTableProps(name, key, RemovalPolicy.DESTROY));
    }

    public ChangeStream stream(String id, String name, ChangeTable source) {
        return new ChangeStream(scope, id, new ChangeStreamProps(name, source, key, settings.stream()));
    }

    public ConverterFunction converter(String id, String name) {
        return new ConverterFunction(
                scope,
                id,
                ConverterFunctionProps.builder()
                        .functionName(name)
                        .logGroupName("/aws/lambda/" + name)
                        .roleName(name + "-role")
                        .jar(TestApps.converterJar())
                        .key(key)
                        .settings(settings.converter())
                        .logRetentionDays(14)
                        .build());
    }

    public DeliveryStream delivery(String id, String name, ChangeStream source, ConverterFunction function) {
        return new DeliveryStream(
                scope,
                id,
                DeliveryStreamProps.builder()
                        .streamName(name)
                        .logGroupName("/aws/kinesisfirehose/" + name)
                        .roleName(name + "-role")
                        .accountId(ACCOUNT)
                        .source(source)
                        .converter(function)
                        .bucket(data)
                        .key(key)
                        .settings(settings.delivery())
                        .logRetentionDays(14)
                        .build());
    }

    public ChangeCatalog catalog(String id, String database) {
        return new ChangeCatalog(
                scope,
                id,
                ChangeCatalogProps.builder()
                        .databaseName(database)
                        .securityConfigurationName(database.replace('_', '-') + "-glue-security")
                        .accountId(ACCOUNT)
                        .region(REGION)
                        .key(key)
                        .build());
    }

    /** The Glue table of the changes in {@code database}, reading the data bucket. */
    public GlueChangeTable changes(String id, ChangeCatalog database, boolean adopt) {
        return new GlueChangeTable(
                scope,
                id,
                GlueChangeTableProps.builder()
                        .catalog(database)
                        .bucket(data)
                        .adoptExisting(adopt)
                        .build());
    }

    /** {@code securityConfiguration} names the catalog's, as a literal: Glue names the crawler's log group after it. */
    public ChangeCrawler crawler(String id, String name, GlueChangeTable changesTable, String securityConfiguration) {
        return new ChangeCrawler(
                scope,
                id,
                ChangeCrawlerProps.builder()
                        .crawlerName(name)
                        .roleName(name + "-role")
                        .logGroupName("/aws-glue/crawlers-role/" + name + "-role-" + securityConfiguration)
                        .table(changesTable)
                        .key(key)
                        .logRetentionDays(14)
                        .build());
    }

    public QueryWorkgroup query(String id, String name, GlueChangeTable changesTable) {
        return query(id, name, changesTable, Optional.empty());
    }

    /** A workgroup whose current-state query reads the table {@code currentStateTable}. */
    public QueryWorkgroup query(String id, String name, String currentStateTable) {
        return query(id, name, changes, Optional.of(currentStateTable));
    }

    private QueryWorkgroup query(
            String id, String name, GlueChangeTable changesTable, Optional<String> currentStateTable) {
        return new QueryWorkgroup(
                scope,
                id,
                QueryWorkgroupProps.builder()
                        .workgroupName(name)
                        .resultsBucketName(name + "-results-team7")
                        .key(key)
                        .scanLimitMb(1024)
                        .resultsExpirationDays(30)
                        .noncurrentVersionExpirationDays(7)
                        .removal(RemovalPolicy.DESTROY)
                        .catalog(catalog)
                        .table(changesTable)
                        .errorTable(errors)
                        .queryName(answers -> name + "-" + answers)
                        .queryWindow(new QueryWindow(1, 2))
                        .currentStateTable(currentStateTable)
                        .build());
    }

    public PipelineAlarms alarms(
            String id,
            String prefix,
            ChangeTable watchedTable,
            ChangeStream watchedStream,
            ConverterFunction function,
            DeliveryStream watchedDelivery) {
        return new PipelineAlarms(
                scope,
                id,
                new PipelineAlarmsProps(
                        prefix + "-alarms",
                        watched -> prefix + "-" + watched,
                        key,
                        watchedTable,
                        watchedStream,
                        function,
                        watchedDelivery,
                        settings.monitoring(),
                        Optional.empty()));
    }

    /**
     * The fixture's own settings, not cdktf.json's, so a change to a real environment leaves the construct tests as
     * they are. The file writes out every setting it gives a value; the optional ones it leaves out stay unset.
     */
    private static EnvironmentSettings fixtureSettings() {
        List<EnvironmentSettings> environments =
                SettingsLoader.load(TestApps.resource("settings/construct-fixture.json"), EphemeralRequest.NONE);
        assertThat(environments).hasSize(1);
        return environments.get(0);
    }
}
