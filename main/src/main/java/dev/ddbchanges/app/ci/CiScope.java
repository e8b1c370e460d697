package dev.ddbchanges.app.ci;

import dev.ddbchanges.app.config.CiNames;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.List;

/**
 * The ARNs one CI role may touch: those of one environment, or, for the preview role, of every {@code pr-*} copy.
 * Every pattern starts with the environment's name prefix (built like {@code Names}), so no pattern reaches another
 * environment's resources.
 *
 * @param environment the environment's name, or {@code pr-*}
 */
record CiScope(String project, String environment, String region, String accountId, EnvironmentSettings state) {

    static CiScope of(EnvironmentSettings settings) {
        return new CiScope(
                settings.project(),
                settings.name(),
                settings.region(),
                settings.accountId().orElseThrow(),
                settings);
    }

    /** Every short-lived copy of {@code base}: they share its region, account and state bucket. */
    static CiScope previews(EnvironmentSettings base) {
        return new CiScope(
                base.project(),
                CiNames.PREVIEW_PREFIX + "*",
                base.region(),
                base.accountId().orElseThrow(),
                base);
    }

    /** The boundary every role this scope's deploy creates must carry. */
    String boundaryArn() {
        String name = environment.startsWith(CiNames.PREVIEW_PREFIX)
                ? CiNames.previewBoundaryPolicy(project)
                : CiNames.boundaryPolicy(project, environment);
        return CiNames.policyArn(accountId, name);
    }

    String prefix() {
        return project + "-" + environment;
    }

    /** The data, query results and access logs buckets all start with the prefix. */
    List<String> buckets() {
        return List.of("arn:aws:s3:::" + prefix() + "-*");
    }

    List<String> bucketObjects() {
        return List.of("arn:aws:s3:::" + prefix() + "-*/*");
    }

    String arn(String service, String resource) {
        return "arn:aws:" + service + ":" + region + ":" + accountId + ":" + resource;
    }

    String keys() {
        return arn("kms", "key/*");
    }

    /**
     * The statement on this account's keys, limited to those tagged with this scope's environment and project: a key
     * ARN cannot carry a name, so its tags are what make it this environment's.
     */
    PolicyStatement onOwnKeys(PolicyStatement statement) {
        return statement
                .withResources(keys())
                .withCondition("StringLike", "aws:ResourceTag/environment", environment())
                .withCondition("StringEquals", "aws:ResourceTag/project", project());
    }

    String converterFunction() {
        return arn("lambda", "function:" + prefix() + "-converter");
    }

    /** The refresh machine's ARN; a pattern for the previews. */
    String refreshMachine() {
        return arn("states", "stateMachine:" + prefix() + "-current-state-refresh");
    }

    String refreshSchedule() {
        return arn("scheduler", "schedule/default/" + prefix() + "-current-state-refresh");
    }

    /** A service's regional endpoint, as {@code kms:ViaService} names it. */
    String service(String name) {
        return name + "." + region + ".amazonaws.com";
    }

    List<String> logGroups() {
        return List.of(
                arn("logs", "log-group:/aws/lambda/" + prefix() + "-*"),
                arn("logs", "log-group:/aws/kinesisfirehose/" + prefix() + "-*"),
                arn("logs", "log-group:/aws-glue/crawlers-role/" + prefix() + "-*"));
    }

    List<String> glue() {
        String database = prefix().replace('-', '_');
        return List.of(
                arn("glue", "catalog"),
                arn("glue", "database/" + database),
                arn("glue", "table/" + database + "/*"),
                arn("glue", "crawler/" + prefix() + "-*"));
    }

    String role(String name) {
        return "arn:aws:iam::" + accountId + ":role/" + name;
    }

    String stateBucketArn() {
        return "arn:aws:s3:::" + state.stateBucket().orElseThrow();
    }

    String stateObject() {
        return stateBucketArn() + "/" + project + "/" + environment + "/terraform.tfstate";
    }

    String lockFile() {
        return stateObject() + ".tflock";
    }

    boolean previews() {
        return environment.equals(CiNames.PREVIEW_PREFIX + "*");
    }

    String plans() {
        return stateBucketArn() + "/" + plansKeyPrefix() + "*";
    }

    String plansKeyPrefix() {
        return CiNames.plansPrefix(project, environment);
    }

    String stateKeys() {
        return "arn:aws:kms:" + state.stateRegion() + ":" + accountId + ":key/*";
    }

    String s3Service() {
        return "s3." + state.stateRegion() + ".amazonaws.com";
    }
}
