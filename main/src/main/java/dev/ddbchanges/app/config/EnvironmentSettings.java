package dev.ddbchanges.app.config;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One environment's settings after defaults and validation: immutable, and only ever built by {@link SettingsLoader},
 * through {@link #builder()}, which names each value where it is given and refuses a null.
 *
 * @param name           the environment, also the cdktf stack name ({@code cdktf deploy <name>})
 * @param baseEnvironment for an ephemeral environment, the declared environment it inherits from
 * @param automation     deployed by the CI workflows, through the roles of the CI-access stack
 */
public record EnvironmentSettings(
        String name,
        Optional<String> baseEnvironment,
        String project,
        String region,
        Optional<String> accountId,
        boolean production,
        boolean sharedAccount,
        Optional<String> stateBucket,
        String stateRegion,
        Optional<String> nameSuffix,
        int keyDeletionWindowDays,
        boolean forceDestroy,
        int noncurrentVersionExpirationDays,
        OptionalInt dataExpirationDays,
        boolean deletionProtection,
        boolean accessLogging,
        boolean automation,
        int logRetentionDays,
        StreamSettings stream,
        ConverterSettings converter,
        DeliverySettings delivery,
        QuerySettings query,
        MonitoringSettings monitoring) {

    public static EnvironmentSettingsBuilder builder() {
        return new EnvironmentSettingsBuilder();
    }

    /** A builder holding every value of these settings, for a copy that differs in a few. */
    EnvironmentSettingsBuilder toBuilder() {
        return builder()
                .name(name)
                .baseEnvironment(baseEnvironment)
                .project(project)
                .region(region)
                .accountId(accountId)
                .production(production)
                .sharedAccount(sharedAccount)
                .stateBucket(stateBucket)
                .stateRegion(stateRegion)
                .nameSuffix(nameSuffix)
                .keyDeletionWindowDays(keyDeletionWindowDays)
                .forceDestroy(forceDestroy)
                .noncurrentVersionExpirationDays(noncurrentVersionExpirationDays)
                .dataExpirationDays(dataExpirationDays)
                .deletionProtection(deletionProtection)
                .accessLogging(accessLogging)
                .automation(automation)
                .logRetentionDays(logRetentionDays)
                .streamMode(stream.mode())
                .streamShardCount(stream.shardCount())
                .streamRetentionHours(stream.retentionHours())
                .converterMemoryMb(converter.memoryMb())
                .converterTimeoutSeconds(converter.timeoutSeconds())
                .converterReservedConcurrency(converter.reservedConcurrency())
                .converterSnapStart(converter.snapStart())
                .bufferingIntervalSeconds(delivery.bufferingIntervalSeconds())
                .bufferingSizeMb(delivery.bufferingSizeMb())
                .processorBufferSizeMb(delivery.processorBufferSizeMb())
                .processorBufferIntervalSeconds(delivery.processorBufferIntervalSeconds())
                .processorRetries(delivery.processorRetries())
                .crawlerSchedule(query.crawlerSchedule())
                .adoptCrawlerTable(query.adoptCrawlerTable())
                .queryScanLimitMb(query.scanLimitMb())
                .queryResultsExpirationDays(query.resultsExpirationDays())
                .currentStateTable(query.currentStateTable())
                .currentStateRefreshMinutes(query.refreshMinutes())
                .alarmEmail(monitoring.email())
                .alarmNoSubscriberReason(monitoring.noSubscriberReason())
                .alarmFreshnessMultiple(monitoring.freshnessMultiple())
                .alarmIteratorAgeSeconds(monitoring.iteratorAgeSeconds())
                .alarmFailedRecordsThreshold(monitoring.failedRecordsThreshold())
                .alarmReplicationAgeSeconds(monitoring.replicationAgeSeconds());
    }

    /** The state object in {@link #stateBucket()}; it holds the environment name, so no two environments share it. */
    public String stateKey() {
        return project + "/" + name + "/terraform.tfstate";
    }
}
