package dev.ddbchanges.app.config;

import static dev.ddbchanges.app.config.EnvironmentDefinitions.ACCOUNT_ID;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.NAME_SUFFIX;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.PROJECT;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.REGION;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.STATE_BUCKET;
import static dev.ddbchanges.app.config.EnvironmentDefinitions.STATE_REGION;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads one environment's object from cdktf.json against the {@link Definitions}, applies their defaults and
 * reports every bad value and every bad combination.
 */
final class EnvironmentParser {
    /** Stands in for an account id the settings do not name: bucket names are checked at their final length. */
    private static final String ACCOUNT_PLACEHOLDER = "000000000000";
    /** The settings that go into built names: while one of them is refused, the names are not worth checking. */
    private static final List<Setting<?>> NAME_PARTS = List.of(PROJECT, ACCOUNT_ID, NAME_SUFFIX);

    private EnvironmentParser() {}

    /**
     * @return the settings, or empty when a problem was reported (the reason is in {@code problems})
     */
    static Optional<EnvironmentSettings> parse(String environment, JsonNode node, Problems problems) {
        if (!node.isObject()) {
            problems.add("environment '" + environment + "': must be a JSON object of settings, found " + node);
            return Optional.empty();
        }
        SettingValues values = new SettingValues(environment, node, problems);
        EnvironmentSettings settings = assemble(environment, values);
        checkCombinations(settings, values);
        return values.clean() ? Optional.of(settings) : Optional.empty();
    }

    static boolean isEnvironmentName(String name) {
        return EnvironmentDefinitions.ENVIRONMENT_NAME
                .read(TextNode.valueOf(name))
                .isPresent();
    }

    static String environmentNameRule() {
        return EnvironmentDefinitions.ENVIRONMENT_NAME.allowed();
    }

    private static void checkCombinations(EnvironmentSettings settings, SettingValues values) {
        if (settings.production() && !values.isSet(ACCOUNT_ID)) {
            values.report("production is true but accountId is not set; "
                    + "a production environment must name its account (the provider refuses any other)");
        }
        if (settings.sharedAccount() && !settings.production()) {
            values.report("sharedAccount is true but production is not; sharedAccount lets a production environment "
                    + "share its account with non-production ones, so set it only where production is true");
        }
        if (settings.production() && !values.isSet(STATE_BUCKET)) {
            values.report("production is true but stateBucket is not set; "
                    + "a production environment keeps its state in S3, not in a local file");
        }
        // Production's table and data bucket refuse every destroy (prevent_destroy), so these two could never act
        // there: saying otherwise in cdktf.json would only mislead whoever reads it.
        if (settings.production() && settings.forceDestroy()) {
            values.report("production is true but forceDestroy is true; a production environment keeps its data "
                    + "(Terraform refuses any destroy of its data bucket), so set forceDestroy to false or leave "
                    + "it out");
        }
        if (settings.production() && !settings.deletionProtection()) {
            values.report("production is true but deletionProtection is false; a production table is always "
                    + "protected from deletion, so set deletionProtection to true or leave it out");
        }
        checkSubscriber(settings, values);
        if (values.resolved(EnvironmentDefinitions.AUTOMATION) && !values.isSet(STATE_BUCKET)) {
            values.report("automation is true but stateBucket is not set; a pipeline's runner keeps no files between "
                    + "runs, so its state must live in S3");
        }
        if (settings.automation() && !values.isSet(ACCOUNT_ID)) {
            values.report("automation is true but accountId is not set; the CI roles of an automated environment "
                    + "live in its account (stack ci-access-<accountId>), so name the account");
        }
        if (values.isSet(STATE_REGION) && !values.isSet(STATE_BUCKET)) {
            values.report("stateRegion is set but stateBucket is not; stateRegion only says where the state bucket is");
        }
        if (values.isSet(StreamDefinitions.SHARD_COUNT) && !settings.stream().provisioned()) {
            values.report("streamShardCount is set but streamMode is "
                    + settings.stream().mode()
                    + "; an on-demand stream sizes itself, set streamMode to \"PROVISIONED\" to choose shards");
        }
        if (settings.converter().snapStart()
                && ConverterDefinitions.REGIONS_WITHOUT_SNAP_START.contains(settings.region())) {
            values.report("converterSnapStart is "
                    + (values.isSet(ConverterDefinitions.SNAP_START) ? "true" : "true by default in production")
                    + " but Lambda offers no SnapStart in region "
                    + settings.region() + "; set converterSnapStart to false there");
        }
        if (!values.anyRefused(NAME_PARTS)) {
            builtNameProblems(settings).forEach(values::report);
        }
    }

    /**
     * Production alarms reach someone only through a subscription, so production says who that is. The two settings
     * contradict each other anywhere: one subscribes an address, the other says none is subscribed.
     */
    private static void checkSubscriber(EnvironmentSettings settings, SettingValues values) {
        boolean email = values.isSet(MonitoringDefinitions.EMAIL);
        boolean reason = values.isSet(MonitoringDefinitions.NO_SUBSCRIBER_REASON);
        if (email && reason) {
            values.report("alarmEmail and alarmNoSubscriberReason are both set; set exactly one: alarmEmail subscribes "
                    + "that address to the alarm topic, alarmNoSubscriberReason says who watches the topic instead");
        } else if (settings.production() && !email && !reason) {
            values.report("production is true but neither alarmEmail nor alarmNoSubscriberReason is set; a "
                    + "production environment must say who is told when an alarm fires: set alarmEmail to the "
                    + "on-call address, or alarmNoSubscriberReason to who watches the alarm topic instead (at least "
                    + "10 characters)");
        }
    }

    /** Every name the environment would create that breaks its service's rule, each with what to change. */
    static List<String> builtNameProblems(EnvironmentSettings settings) {
        Names names = new Names(settings, settings.accountId().orElse(ACCOUNT_PLACEHOLDER));
        return names.all().stream()
                .filter(name -> !name.kind().allows(name.value()))
                .map(name -> "the " + name.purpose() + " name '" + name.value() + "' ("
                        + name.value().length()
                        + " characters, built from project '" + settings.project() + "' and environment '"
                        + settings.name() + "') breaks the AWS rule: "
                        + name.kind().rule()
                        + "; change project, nameSuffix or the environment name")
                .toList();
    }

    /** Each setting's value, given or defaulted, under its own key. */
    private static EnvironmentSettings assemble(String environment, SettingValues values) {
        String region = values.resolved(REGION);
        String streamMode = values.resolved(StreamDefinitions.MODE);
        return EnvironmentSettings.builder()
                .name(environment)
                .project(values.resolved(PROJECT))
                .region(region)
                .accountId(values.given(ACCOUNT_ID))
                .production(values.production())
                .sharedAccount(values.resolved(EnvironmentDefinitions.SHARED_ACCOUNT))
                .stateBucket(values.given(STATE_BUCKET))
                .stateRegion(values.given(STATE_REGION).orElse(region))
                .nameSuffix(values.given(NAME_SUFFIX))
                .keyDeletionWindowDays(values.resolved(LifecycleDefinitions.KEY_DELETION_WINDOW_DAYS))
                .forceDestroy(values.resolved(LifecycleDefinitions.FORCE_DESTROY))
                .noncurrentVersionExpirationDays(
                        values.resolved(LifecycleDefinitions.NONCURRENT_VERSION_EXPIRATION_DAYS))
                .dataExpirationDays(values.givenInt(LifecycleDefinitions.DATA_EXPIRATION_DAYS))
                .deletionProtection(values.resolved(LifecycleDefinitions.DELETION_PROTECTION))
                .accessLogging(values.resolved(LifecycleDefinitions.ACCESS_LOGGING))
                .automation(values.resolved(EnvironmentDefinitions.AUTOMATION))
                .logRetentionDays(values.resolved(LifecycleDefinitions.LOG_RETENTION_DAYS))
                .streamMode(streamMode)
                // A provisioned stream always has a shard count; an on-demand one never does.
                .streamShardCount(
                        streamMode.equals(StreamSettings.PROVISIONED)
                                ? OptionalInt.of(values.resolved(StreamDefinitions.SHARD_COUNT))
                                : OptionalInt.empty())
                .streamRetentionHours(values.resolved(StreamDefinitions.RETENTION_HOURS))
                .converterMemoryMb(values.resolved(ConverterDefinitions.MEMORY_MB))
                .converterTimeoutSeconds(values.resolved(ConverterDefinitions.TIMEOUT_SECONDS))
                .converterReservedConcurrency(values.givenInt(ConverterDefinitions.RESERVED_CONCURRENCY))
                .converterSnapStart(values.resolved(ConverterDefinitions.SNAP_START))
                .bufferingIntervalSeconds(values.resolved(DeliveryDefinitions.BUFFERING_INTERVAL_SECONDS))
                .bufferingSizeMb(values.resolved(DeliveryDefinitions.BUFFERING_SIZE_MB))
                .processorBufferSizeMb(values.resolved(DeliveryDefinitions.PROCESSOR_BUFFER_SIZE_MB))
                .processorBufferIntervalSeconds(values.resolved(DeliveryDefinitions.PROCESSOR_BUFFER_INTERVAL_SECONDS))
                .processorRetries(values.resolved(DeliveryDefinitions.PROCESSOR_RETRIES))
                .crawlerSchedule(Optional.of(values.resolved(QueryDefinitions.CRAWLER_SCHEDULE))
                        .filter(schedule -> !schedule.equals(QueryDefinitions.MANUAL)))
                .adoptCrawlerTable(values.resolved(QueryDefinitions.ADOPT_CRAWLER_TABLE))
                .queryScanLimitMb(values.resolved(QueryDefinitions.SCAN_LIMIT_MB))
                .queryResultsExpirationDays(values.resolved(QueryDefinitions.RESULTS_EXPIRATION_DAYS))
                .currentStateTable(values.resolved(QueryDefinitions.CURRENT_STATE_TABLE))
                .currentStateRefreshMinutes(values.resolved(QueryDefinitions.CURRENT_STATE_REFRESH_MINUTES))
                .alarmEmail(values.given(MonitoringDefinitions.EMAIL))
                .alarmNoSubscriberReason(values.given(MonitoringDefinitions.NO_SUBSCRIBER_REASON))
                .alarmFreshnessMultiple(values.resolved(MonitoringDefinitions.FRESHNESS_MULTIPLE))
                .alarmIteratorAgeSeconds(values.resolved(MonitoringDefinitions.ITERATOR_AGE_SECONDS))
                .alarmFailedRecordsThreshold(values.resolved(MonitoringDefinitions.FAILED_RECORDS_THRESHOLD))
                .alarmReplicationAgeSeconds(values.resolved(MonitoringDefinitions.REPLICATION_AGE_SECONDS))
                .build();
    }
}
