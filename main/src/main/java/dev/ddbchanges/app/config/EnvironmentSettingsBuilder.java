package dev.ddbchanges.app.config;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds {@link EnvironmentSettings} and its grouped records from values named where they are given, so two numbers
 * cannot swap places unseen. The names are cdktf.json's keys. A value left out fails {@link #build()} by name,
 * except an optional one, which is empty unless given; so does a null.
 */
public final class EnvironmentSettingsBuilder {
    private String name;
    private Optional<String> baseEnvironment = Optional.empty();
    private String project;
    private String region;
    private Optional<String> accountId = Optional.empty();
    private Boolean production;
    private Boolean sharedAccount;
    private Optional<String> stateBucket = Optional.empty();
    private String stateRegion;
    private Optional<String> nameSuffix = Optional.empty();
    private Integer keyDeletionWindowDays;
    private Boolean forceDestroy;
    private Integer noncurrentVersionExpirationDays;
    private OptionalInt dataExpirationDays = OptionalInt.empty();
    private Boolean deletionProtection;
    private Boolean accessLogging;
    private Boolean automation;
    private Integer logRetentionDays;
    private String streamMode;
    private OptionalInt streamShardCount = OptionalInt.empty();
    private Integer streamRetentionHours;
    private Integer converterMemoryMb;
    private Integer converterTimeoutSeconds;
    private OptionalInt converterReservedConcurrency = OptionalInt.empty();
    private Boolean converterSnapStart;
    private Integer bufferingIntervalSeconds;
    private Integer bufferingSizeMb;
    private BigDecimal processorBufferSizeMb;
    private Integer processorBufferIntervalSeconds;
    private Integer processorRetries;
    private Optional<String> crawlerSchedule = Optional.empty();
    private Boolean adoptCrawlerTable;
    private Integer queryScanLimitMb;
    private Integer queryResultsExpirationDays;
    private Boolean currentStateTable;
    private Integer currentStateRefreshMinutes;
    private Optional<String> alarmEmail = Optional.empty();
    private Optional<String> alarmNoSubscriberReason = Optional.empty();
    private Integer alarmFreshnessMultiple;
    private Integer alarmIteratorAgeSeconds;
    private Integer alarmFailedRecordsThreshold;
    private Integer alarmReplicationAgeSeconds;

    EnvironmentSettingsBuilder() {}

    public EnvironmentSettingsBuilder name(String value) {
        name = value;
        return this;
    }

    public EnvironmentSettingsBuilder baseEnvironment(Optional<String> value) {
        baseEnvironment = value;
        return this;
    }

    public EnvironmentSettingsBuilder project(String value) {
        project = value;
        return this;
    }

    public EnvironmentSettingsBuilder region(String value) {
        region = value;
        return this;
    }

    public EnvironmentSettingsBuilder accountId(Optional<String> value) {
        accountId = value;
        return this;
    }

    public EnvironmentSettingsBuilder production(boolean value) {
        production = value;
        return this;
    }

    public EnvironmentSettingsBuilder sharedAccount(boolean value) {
        sharedAccount = value;
        return this;
    }

    public EnvironmentSettingsBuilder stateBucket(Optional<String> value) {
        stateBucket = value;
        return this;
    }

    public EnvironmentSettingsBuilder stateRegion(String value) {
        stateRegion = value;
        return this;
    }

    public EnvironmentSettingsBuilder nameSuffix(Optional<String> value) {
        nameSuffix = value;
        return this;
    }

    public EnvironmentSettingsBuilder keyDeletionWindowDays(int value) {
        keyDeletionWindowDays = value;
        return this;
    }

    public EnvironmentSettingsBuilder forceDestroy(boolean value) {
        forceDestroy = value;
        return this;
    }

    public EnvironmentSettingsBuilder noncurrentVersionExpirationDays(int value) {
        noncurrentVersionExpirationDays = value;
        return this;
    }

    public EnvironmentSettingsBuilder dataExpirationDays(OptionalInt value) {
        dataExpirationDays = value;
        return this;
    }

    public EnvironmentSettingsBuilder deletionProtection(boolean value) {
        deletionProtection = value;
        return this;
    }

    public EnvironmentSettingsBuilder accessLogging(boolean value) {
        accessLogging = value;
        return this;
    }

    public EnvironmentSettingsBuilder automation(boolean value) {
        automation = value;
        return this;
    }

    public EnvironmentSettingsBuilder logRetentionDays(int value) {
        logRetentionDays = value;
        return this;
    }

    public EnvironmentSettingsBuilder streamMode(String value) {
        streamMode = value;
        return this;
    }

    public EnvironmentSettingsBuilder streamShardCount(OptionalInt value) {
        streamShardCount = value;
        return this;
    }

    public EnvironmentSettingsBuilder streamRetentionHours(int value) {
        streamRetentionHours = value;
        return this;
    }

    public EnvironmentSettingsBuilder converterMemoryMb(int value) {
        converterMemoryMb = value;
        return this;
    }

    public EnvironmentSettingsBuilder converterTimeoutSeconds(int value) {
        converterTimeoutSeconds = value;
        return this;
    }

    public EnvironmentSettingsBuilder converterReservedConcurrency(OptionalInt value) {
        converterReservedConcurrency = value;
        return this;
    }

    public EnvironmentSettingsBuilder converterSnapStart(boolean value) {
        converterSnapStart = value;
        return this;
    }

    public EnvironmentSettingsBuilder bufferingIntervalSeconds(int value) {
        bufferingIntervalSeconds = value;
        return this;
    }

    public EnvironmentSettingsBuilder bufferingSizeMb(int value) {
        bufferingSizeMb = value;
        return this;
    }

    public EnvironmentSettingsBuilder processorBufferSizeMb(BigDecimal value) {
        processorBufferSizeMb = value;
        return this;
    }

    public EnvironmentSettingsBuilder processorBufferIntervalSeconds(int value) {
        processorBufferIntervalSeconds = value;
        return this;
    }

    public EnvironmentSettingsBuilder processorRetries(int value) {
        processorRetries = value;
        return this;
    }

    public EnvironmentSettingsBuilder crawlerSchedule(Optional<String> value) {
        crawlerSchedule = value;
        return this;
    }

    public EnvironmentSettingsBuilder adoptCrawlerTable(boolean value) {
        adoptCrawlerTable = value;
        return this;
    }

    public EnvironmentSettingsBuilder queryScanLimitMb(int value) {
        queryScanLimitMb = value;
        return this;
    }

    public EnvironmentSettingsBuilder queryResultsExpirationDays(int value) {
        queryResultsExpirationDays = value;
        return this;
    }

    public EnvironmentSettingsBuilder currentStateTable(boolean value) {
        currentStateTable = value;
        return this;
    }

    public EnvironmentSettingsBuilder currentStateRefreshMinutes(int value) {
        currentStateRefreshMinutes = value;
        return this;
    }

    public EnvironmentSettingsBuilder alarmEmail(Optional<String> value) {
        alarmEmail = value;
        return this;
    }

    public EnvironmentSettingsBuilder alarmNoSubscriberReason(Optional<String> value) {
        alarmNoSubscriberReason = value;
        return this;
    }

    public EnvironmentSettingsBuilder alarmFreshnessMultiple(int value) {
        alarmFreshnessMultiple = value;
        return this;
    }

    public EnvironmentSettingsBuilder alarmIteratorAgeSeconds(int value) {
        alarmIteratorAgeSeconds = value;
        return this;
    }

    public EnvironmentSettingsBuilder alarmFailedRecordsThreshold(int value) {
        alarmFailedRecordsThreshold = value;
        return this;
    }

    public EnvironmentSettingsBuilder alarmReplicationAgeSeconds(int value) {
        alarmReplicationAgeSeconds = value;
        return this;
    }

    public EnvironmentSettings build() {
        return new EnvironmentSettings(
                required(name, "name"),
                required(baseEnvironment, "baseEnvironment"),
                required(project, "project"),
                required(region, "region"),
                required(accountId, "accountId"),
                required(production, "production"),
                required(sharedAccount, "sharedAccount"),
                required(stateBucket, "stateBucket"),
                required(stateRegion, "stateRegion"),
                required(nameSuffix, "nameSuffix"),
                required(keyDeletionWindowDays, "keyDeletionWindowDays"),
                required(forceDestroy, "forceDestroy"),
                required(noncurrentVersionExpirationDays, "noncurrentVersionExpirationDays"),
                required(dataExpirationDays, "dataExpirationDays"),
                required(deletionProtection, "deletionProtection"),
                required(accessLogging, "accessLogging"),
                required(automation, "automation"),
                required(logRetentionDays, "logRetentionDays"),
                new StreamSettings(
                        required(streamMode, "streamMode"),
                        required(streamShardCount, "streamShardCount"),
                        required(streamRetentionHours, "streamRetentionHours")),
                new ConverterSettings(
                        required(converterMemoryMb, "converterMemoryMb"),
                        required(converterTimeoutSeconds, "converterTimeoutSeconds"),
                        required(converterReservedConcurrency, "converterReservedConcurrency"),
                        required(converterSnapStart, "converterSnapStart")),
                new DeliverySettings(
                        required(bufferingIntervalSeconds, "bufferingIntervalSeconds"),
                        required(bufferingSizeMb, "bufferingSizeMb"),
                        required(processorBufferSizeMb, "processorBufferSizeMb"),
                        required(processorBufferIntervalSeconds, "processorBufferIntervalSeconds"),
                        required(processorRetries, "processorRetries")),
                new QuerySettings(
                        required(crawlerSchedule, "crawlerSchedule"),
                        required(adoptCrawlerTable, "adoptCrawlerTable"),
                        required(queryScanLimitMb, "queryScanLimitMb"),
                        required(queryResultsExpirationDays, "queryResultsExpirationDays"),
                        required(currentStateTable, "currentStateTable"),
                        required(currentStateRefreshMinutes, "currentStateRefreshMinutes")),
                new MonitoringSettings(
                        required(alarmEmail, "alarmEmail"),
                        required(alarmNoSubscriberReason, "alarmNoSubscriberReason"),
                        required(alarmFreshnessMultiple, "alarmFreshnessMultiple"),
                        required(alarmIteratorAgeSeconds, "alarmIteratorAgeSeconds"),
                        required(alarmFailedRecordsThreshold, "alarmFailedRecordsThreshold"),
                        required(alarmReplicationAgeSeconds, "alarmReplicationAgeSeconds")));
    }

    private static <T> T required(T value, String key) {
        if (value == null) {
            throw new IllegalStateException(key + " was not given to the settings builder");
        }
        return value;
    }
}
