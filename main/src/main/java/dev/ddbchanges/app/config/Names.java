package dev.ddbchanges.app.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds every AWS name of one environment, so no construct concatenates names itself. All names start with
 * {@code <project>-<environment>}; bucket names also end with the name suffix or the account id, because S3 names are
 * global. {@link #all()} lists them so validation can hold each to its service's rules before anything is synthesized.
 */
public final class Names {
    private final String prefix;
    private final String bucketSuffix;
    private final boolean accessLogging;
    private final boolean currentStateTable;

    /**
     * @param account the account id, or a Terraform reference to it when the settings name none; only used for bucket
     *                names when no name suffix is set
     */
    public Names(EnvironmentSettings settings, String account) {
        this.prefix = prefix(settings);
        this.bucketSuffix = settings.nameSuffix().orElse(account);
        this.accessLogging = settings.accessLogging();
        this.currentStateTable = settings.query().currentStateTable();
    }

    public String prefix() {
        return prefix;
    }

    /** {@code <project>-<environment>}: the start of every name, and what makes two environments' names differ. */
    public static String prefix(EnvironmentSettings settings) {
        return settings.project() + "-" + settings.name();
    }

    public String keyAlias() {
        return "alias/" + prefix;
    }

    /** The alias of the key an account's state-bootstrap stack encrypts its environments' state with. */
    public static String stateKeyAlias(String project) {
        return "alias/" + project + "-terraform-state";
    }

    /**
     * The managed policy every role of the environment's stack has as its permissions boundary, where the account's
     * CI-access stack creates one: for an automated environment its own, for a {@code pr-*} copy of one the previews'.
     * A hand-deployed environment gets none: it is deployed with the operator's own credentials, so a boundary would
     * contain nobody, and no stack creates one for it.
     */
    public static Optional<String> permissionsBoundaryArn(EnvironmentSettings settings) {
        if (!settings.automation() || settings.accountId().isEmpty()) {
            return Optional.empty();
        }
        String account = settings.accountId().get();
        if (settings.baseEnvironment().isEmpty()) {
            return Optional.of(CiNames.policyArn(account, CiNames.boundaryPolicy(settings.project(), settings.name())));
        }
        return settings.name().startsWith(CiNames.PREVIEW_PREFIX)
                ? Optional.of(CiNames.policyArn(account, CiNames.previewBoundaryPolicy(settings.project())))
                : Optional.empty();
    }

    public String dataBucket() {
        return bucket("data");
    }

    public String queryResultsBucket() {
        return bucket("query-results");
    }

    /** Where the data bucket's server access logs go, where they are kept. */
    public String accessLogsBucket() {
        return bucket("access-logs");
    }

    public String table() {
        return resource("table");
    }

    public String changeStream() {
        return resource("changes");
    }

    public String deliveryStream() {
        return resource("delivery");
    }

    public String converterFunction() {
        return resource("converter");
    }

    public String role(String purpose) {
        return resource(purpose + "-role");
    }

    public String glueDatabase() {
        return prefix.replace('-', '_');
    }

    public String crawler() {
        return resource("crawler");
    }

    public String glueSecurityConfiguration() {
        return resource("glue-security");
    }

    public String athenaWorkgroup() {
        return resource("analytics");
    }

    /** A query saved in the workgroup: the environment prefix, then what it answers. */
    public String namedQuery(String answers) {
        return resource(answers);
    }

    /** The Step Functions state machine that refreshes, maintains and rebuilds the current-state table. */
    public String refreshStateMachine() {
        return resource("current-state-refresh");
    }

    /** The schedule that starts a refresh every interval, and with the midnight one the table's maintenance. */
    public String refreshSchedule() {
        return resource("current-state-refresh");
    }

    public String alarmTopic() {
        return resource("alarms");
    }

    /** An alarm's name: the environment prefix, then what it watches. */
    public String alarm(String watched) {
        return resource(watched);
    }

    public String converterLogGroup() {
        return "/aws/lambda/" + converterFunction();
    }

    public String deliveryLogGroup() {
        return "/aws/kinesisfirehose/" + deliveryStream();
    }

    /** Glue names a crawler's log group after its role and security configuration; it cannot be chosen. */
    public String crawlerLogGroup() {
        return "/aws-glue/crawlers-role/" + role("crawler") + "-" + glueSecurityConfiguration();
    }

    /** The log groups whose logs the key may encrypt. */
    public List<String> logGroups() {
        return List.of(converterLogGroup(), deliveryLogGroup(), crawlerLogGroup());
    }

    /**
     * Every name the environment creates: the access logs bucket only where its settings ask for access logs, the
     * refresh machine's names only where the current-state table is on.
     */
    public List<BuiltName> all() {
        List<BuiltName> all = new ArrayList<>(List.of(
                new BuiltName(NameKind.KMS_ALIAS, "key alias", keyAlias()),
                new BuiltName(NameKind.S3_BUCKET, "data bucket", dataBucket()),
                new BuiltName(NameKind.S3_BUCKET, "query results bucket", queryResultsBucket()),
                new BuiltName(NameKind.DYNAMODB_TABLE, "table", table()),
                new BuiltName(NameKind.KINESIS_STREAM, "change stream", changeStream()),
                new BuiltName(NameKind.FIREHOSE_STREAM, "delivery stream", deliveryStream()),
                new BuiltName(NameKind.LAMBDA_FUNCTION, "converter function", converterFunction()),
                new BuiltName(NameKind.IAM_ROLE, "converter role", role("converter")),
                new BuiltName(NameKind.IAM_ROLE, "delivery role", role("delivery")),
                new BuiltName(NameKind.IAM_ROLE, "crawler role", role("crawler")),
                new BuiltName(NameKind.GLUE_DATABASE, "Glue database", glueDatabase()),
                new BuiltName(NameKind.GLUE_CRAWLER, "crawler", crawler()),
                new BuiltName(
                        NameKind.GLUE_SECURITY_CONFIGURATION,
                        "Glue security configuration",
                        glueSecurityConfiguration()),
                new BuiltName(NameKind.ATHENA_WORKGROUP, "Athena workgroup", athenaWorkgroup()),
                new BuiltName(NameKind.SNS_TOPIC, "alarm topic", alarmTopic()),
                new BuiltName(NameKind.LOG_GROUP, "converter log group", converterLogGroup()),
                new BuiltName(NameKind.LOG_GROUP, "delivery log group", deliveryLogGroup()),
                new BuiltName(NameKind.LOG_GROUP, "crawler log group", crawlerLogGroup())));
        if (accessLogging) {
            all.add(2, new BuiltName(NameKind.S3_BUCKET, "access logs bucket", accessLogsBucket()));
        }
        if (currentStateTable) {
            all.addAll(List.of(
                    new BuiltName(NameKind.SFN_STATE_MACHINE, "refresh state machine", refreshStateMachine()),
                    new BuiltName(NameKind.SCHEDULER_SCHEDULE, "refresh schedule", refreshSchedule()),
                    new BuiltName(NameKind.IAM_ROLE, "refresh role", role("refresh")),
                    new BuiltName(NameKind.IAM_ROLE, "refresh scheduler role", role("refresh-scheduler"))));
        }
        return all;
    }

    private String resource(String component) {
        return prefix + "-" + component;
    }

    private String bucket(String component) {
        return resource(component) + "-" + bucketSuffix;
    }

    /** One name the environment will create, with the rule it must follow. */
    public record BuiltName(NameKind kind, String purpose, String value) {}
}
