package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads one environment's object from cdktf.json, applying {@link Defaults} and reporting every bad value. */
final class EnvironmentParser {
    static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z](?:-?[a-z0-9])*");
    static final String ENVIRONMENT_NAME_RULE = "1-" + Limits.ENVIRONMENT_NAME_MAX
            + " characters: lowercase letters, digits and single hyphens, starting with a letter";

    private static final Pattern PROJECT = ENVIRONMENT_NAME;
    private static final Pattern REGION = Pattern.compile(
            "(af|ap|ca|eu|il|me|mx|sa|us)-"
                    + "(central|north|south|east|west|northeast|northwest|southeast|southwest)-[1-9]");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern NAME_SUFFIX = Pattern.compile("[a-z0-9]{1,12}");
    /** Enough to catch a typo; SNS itself asks the address to confirm the subscription. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Glue's cron: minutes, hours, day of month, month, day of week, year. Glue checks the fields themselves. */
    private static final Pattern GLUE_CRON = Pattern.compile("cron\\((\\S+ ){5}\\S+\\)");
    /** Stands in for an account id the settings do not name: bucket names are checked at their final length. */
    private static final String ACCOUNT_PLACEHOLDER = "000000000000";
    private static final Set<String> STREAM_MODES = Set.of(StreamSettings.ON_DEMAND, StreamSettings.PROVISIONED);
    /** The settings that go into built names: while one of them is invalid, the names are not worth checking. */
    private static final Set<Setting> NAME_PARTS = EnumSet.of(Setting.PROJECT, Setting.ACCOUNT_ID, Setting.NAME_SUFFIX);

    private final String environment;
    private final JsonNode node;
    private final Problems problems;
    private final SettingValues values;

    private EnvironmentParser(String environment, JsonNode node, Problems problems) {
        this.environment = environment;
        this.node = node;
        this.problems = problems;
        this.values = new SettingValues(environment, node, problems);
    }

    /**
     * @param base for an ephemeral environment, the declared environment whose object {@code node} is
     * @return the settings, or empty when a problem was reported (the reason is in {@code problems})
     */
    static Optional<EnvironmentSettings> parse(String environment, Optional<String> base, JsonNode node,
            Problems problems) {
        return new EnvironmentParser(environment, node, problems).parse(base);
    }

    static boolean isEnvironmentName(String name) {
        return name.length() <= Limits.ENVIRONMENT_NAME_MAX && ENVIRONMENT_NAME.matcher(name).matches();
    }

    private Optional<EnvironmentSettings> parse(Optional<String> base) {
        if (!node.isObject()) {
            problems.add("environment '" + environment + "': must be a JSON object of settings, found " + node);
            return Optional.empty();
        }
        values.reportUnknownKeys();
        Optional<String> project = values.text(Setting.PROJECT, value -> value.length() >= Limits.PROJECT_MIN
                && value.length() <= Limits.PROJECT_MAX && PROJECT.matcher(value).matches());
        Optional<String> region = values.text(Setting.REGION, REGION.asMatchPredicate());
        Optional<String> accountId = values.text(Setting.ACCOUNT_ID, ACCOUNT_ID.asMatchPredicate());
        Optional<Boolean> production = values.bool(Setting.PRODUCTION);
        Optional<String> stateBucket = values.text(Setting.STATE_BUCKET, NameKind.S3_BUCKET::allows);
        Optional<String> stateRegion = values.text(Setting.STATE_REGION, REGION.asMatchPredicate());
        Optional<String> nameSuffix = values.text(Setting.NAME_SUFFIX, NAME_SUFFIX.asMatchPredicate());
        OptionalInt keyDeletionWindowDays = values.integer(Setting.KEY_DELETION_WINDOW_DAYS,
                Limits.KEY_DELETION_WINDOW_MIN, Limits.KEY_DELETION_WINDOW_MAX);
        Optional<Boolean> forceDestroy = values.bool(Setting.FORCE_DESTROY);
        OptionalInt noncurrentDays = values.integer(Setting.NONCURRENT_VERSION_EXPIRATION_DAYS, Limits.DAYS_MIN,
                Limits.DAYS_MAX);
        OptionalInt dataExpirationDays = values.integer(Setting.DATA_EXPIRATION_DAYS, Limits.DAYS_MIN, Limits.DAYS_MAX);
        Optional<Boolean> deletionProtection = values.bool(Setting.DELETION_PROTECTION);
        Optional<String> streamMode = values.text(Setting.STREAM_MODE, STREAM_MODES::contains);
        OptionalInt shardCount = values.integer(Setting.STREAM_SHARD_COUNT, 1, Limits.STREAM_SHARD_COUNT_MAX);
        OptionalInt retentionHours = values.integer(Setting.STREAM_RETENTION_HOURS, Limits.STREAM_RETENTION_HOURS_MIN,
                Limits.STREAM_RETENTION_HOURS_MAX);
        OptionalInt memoryMb = values.integer(Setting.CONVERTER_MEMORY_MB, Limits.CONVERTER_MEMORY_MB_MIN,
                Limits.CONVERTER_MEMORY_MB_MAX);
        OptionalInt timeoutSeconds = values.integer(Setting.CONVERTER_TIMEOUT_SECONDS, 1,
                Limits.CONVERTER_TIMEOUT_SECONDS_MAX);
        OptionalInt logRetentionDays = values.oneOf(Setting.LOG_RETENTION_DAYS, Limits.LOG_RETENTION_DAYS);
        OptionalInt bufferingInterval = values.integer(Setting.BUFFERING_INTERVAL_SECONDS, 0,
                Limits.BUFFERING_INTERVAL_SECONDS_MAX);
        OptionalInt bufferingSize = values.integer(Setting.BUFFERING_SIZE_MB, Limits.BUFFERING_SIZE_MB_MIN,
                Limits.BUFFERING_SIZE_MB_MAX);
        Optional<BigDecimal> processorBufferSize = values.decimal(Setting.PROCESSOR_BUFFER_SIZE_MB,
                Limits.PROCESSOR_BUFFER_SIZE_MB_MIN, Limits.PROCESSOR_BUFFER_SIZE_MB_MAX,
                Limits.PROCESSOR_BUFFER_SIZE_MB_DECIMALS);
        OptionalInt processorInterval = values.integer(Setting.PROCESSOR_BUFFER_INTERVAL_SECONDS,
                Limits.PROCESSOR_BUFFER_INTERVAL_SECONDS_MIN, Limits.PROCESSOR_BUFFER_INTERVAL_SECONDS_MAX);
        OptionalInt processorRetries = values.integer(Setting.PROCESSOR_RETRIES, 0, Limits.PROCESSOR_RETRIES_MAX);
        Optional<String> crawlerSchedule = values.text(Setting.CRAWLER_SCHEDULE, GLUE_CRON.asMatchPredicate());
        OptionalInt scanLimit = values.integer(Setting.QUERY_SCAN_LIMIT_MB, Limits.QUERY_SCAN_LIMIT_MB_MIN,
                Limits.QUERY_SCAN_LIMIT_MB_MAX);
        OptionalInt resultsExpiration = values.integer(Setting.QUERY_RESULTS_EXPIRATION_DAYS, Limits.DAYS_MIN,
                Limits.DAYS_MAX);
        OptionalInt reservedConcurrency = values.integer(Setting.CONVERTER_RESERVED_CONCURRENCY, 1,
                Limits.CONVERTER_RESERVED_CONCURRENCY_MAX);
        Optional<Boolean> snapStart = values.bool(Setting.CONVERTER_SNAP_START);
        Optional<String> alarmEmail = values.text(Setting.ALARM_EMAIL, EMAIL.asMatchPredicate());
        OptionalInt freshnessMultiple = values.integer(Setting.ALARM_FRESHNESS_MULTIPLE,
                Limits.ALARM_FRESHNESS_MULTIPLE_MIN, Limits.ALARM_FRESHNESS_MULTIPLE_MAX);
        OptionalInt iteratorAge = values.integer(Setting.ALARM_ITERATOR_AGE_SECONDS,
                Limits.ALARM_ITERATOR_AGE_SECONDS_MIN, Limits.ALARM_ITERATOR_AGE_SECONDS_MAX);
        OptionalInt failedRecords = values.integer(Setting.ALARM_FAILED_RECORDS_THRESHOLD, 0,
                Limits.ALARM_FAILED_RECORDS_THRESHOLD_MAX);

        // Built even when a value was rejected (that one then takes its default), so the combination checks below
        // still run and one run reports every problem.
        boolean isProduction = production.orElse(Defaults.PRODUCTION);
        String resolvedStreamMode = streamMode.orElse(Defaults.streamMode(isProduction));
        String resolvedRegion = region.orElse(Defaults.REGION);
        EnvironmentSettings settings = new EnvironmentSettings(
                environment,
                base,
                project.orElse(Defaults.PROJECT),
                resolvedRegion,
                accountId,
                isProduction,
                stateBucket,
                stateRegion.orElse(resolvedRegion),
                nameSuffix,
                keyDeletionWindowDays.orElse(Defaults.keyDeletionWindowDays(isProduction)),
                // A short-lived copy must always be destroyable, whatever its base keeps on destroy.
                base.isPresent() || forceDestroy.orElse(Defaults.forceDestroy(isProduction)),
                noncurrentDays.orElse(Defaults.noncurrentVersionExpirationDays(isProduction)),
                dataExpirationDays,
                // Nor may its table refuse deletion.
                base.isEmpty() && deletionProtection.orElse(Defaults.deletionProtection(isProduction)),
                logRetentionDays.orElse(Defaults.logRetentionDays(isProduction)),
                new StreamSettings(
                        resolvedStreamMode,
                        resolvedStreamMode.equals(StreamSettings.PROVISIONED)
                                ? OptionalInt.of(shardCount.orElse(Defaults.STREAM_SHARD_COUNT))
                                : OptionalInt.empty(),
                        retentionHours.orElse(Defaults.streamRetentionHours(isProduction))),
                new ConverterSettings(
                        memoryMb.orElse(Defaults.CONVERTER_MEMORY_MB),
                        timeoutSeconds.orElse(Defaults.CONVERTER_TIMEOUT_SECONDS),
                        reservedConcurrency,
                        snapStart.orElse(Defaults.converterSnapStart(isProduction))),
                new DeliverySettings(
                        bufferingInterval.orElse(Defaults.BUFFERING_INTERVAL_SECONDS),
                        bufferingSize.orElse(Defaults.BUFFERING_SIZE_MB),
                        processorBufferSize.orElse(Defaults.PROCESSOR_BUFFER_SIZE_MB),
                        processorInterval.orElse(Defaults.PROCESSOR_BUFFER_INTERVAL_SECONDS),
                        processorRetries.orElse(Defaults.PROCESSOR_RETRIES)),
                new QuerySettings(
                        crawlerSchedule,
                        scanLimit.orElse(Defaults.queryScanLimitMb(isProduction)),
                        resultsExpiration.orElse(Defaults.QUERY_RESULTS_EXPIRATION_DAYS)),
                new MonitoringSettings(
                        alarmEmail,
                        freshnessMultiple.orElse(Defaults.ALARM_FRESHNESS_MULTIPLE),
                        iteratorAge.orElse(Defaults.ALARM_ITERATOR_AGE_SECONDS),
                        failedRecords.orElse(Defaults.ALARM_FAILED_RECORDS_THRESHOLD)));
        checkCombinations(settings, values.bool(Setting.AUTOMATION).orElse(Defaults.AUTOMATION));
        return values.clean() ? Optional.of(settings) : Optional.empty();
    }

    /**
     * @param automation whether the environment is deployed from a CI/CD runner; it is validated, not kept, since
     *                   nothing is built differently for it
     */
    private void checkCombinations(EnvironmentSettings settings, boolean automation) {
        if (settings.production() && !values.isSet(Setting.ACCOUNT_ID)) {
            values.report("production is true but accountId is not set; "
                    + "a production environment must name its account (the provider refuses any other)");
        }
        if (settings.production() && !values.isSet(Setting.STATE_BUCKET)) {
            values.report("production is true but stateBucket is not set; "
                    + "a production environment keeps its state in S3, not in a local file");
        }
        if (automation && !values.isSet(Setting.STATE_BUCKET)) {
            values.report("automation is true but stateBucket is not set; a pipeline's runner keeps no files between "
                    + "runs, so its state must live in S3");
        }
        if (values.isSet(Setting.STATE_REGION) && !values.isSet(Setting.STATE_BUCKET)) {
            values.report("stateRegion is set but stateBucket is not; stateRegion only says where the state bucket is");
        }
        if (values.isSet(Setting.STREAM_SHARD_COUNT) && !settings.stream().mode().equals(StreamSettings.PROVISIONED)) {
            values.report("streamShardCount is set but streamMode is " + settings.stream().mode()
                    + "; an on-demand stream sizes itself, set streamMode to \"PROVISIONED\" to choose shards");
        }
        if (settings.converter().snapStart() && Limits.REGIONS_WITHOUT_SNAP_START.contains(settings.region())) {
            values.report("converterSnapStart is " + (values.isSet(Setting.CONVERTER_SNAP_START) ? "true"
                    : "true by default in production") + " but Lambda offers no SnapStart in region "
                    + settings.region() + "; set converterSnapStart to false there");
        }
        if (!values.anyRejected(NAME_PARTS)) {
            checkBuiltNames(settings);
        }
    }

    private void checkBuiltNames(EnvironmentSettings settings) {
        Names names = new Names(settings, settings.accountId().orElse(ACCOUNT_PLACEHOLDER));
        for (Names.BuiltName name : names.all()) {
            if (!name.kind().allows(name.value())) {
                values.report("the " + name.purpose() + " name '" + name.value() + "' (" + name.value().length()
                        + " characters, built from project '" + settings.project() + "' and environment '"
                        + environment + "') breaks the AWS rule: " + name.kind().rule()
                        + "; change project, nameSuffix or the environment name");
            }
        }
    }
}
