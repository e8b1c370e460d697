package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Reads one environment's object from cdktf.json, applying {@link Defaults} and reporting every bad value. */
final class EnvironmentParser {
    static final Pattern ENVIRONMENT_NAME = Pattern.compile("[a-z](?:-?[a-z0-9])*");
    static final int ENVIRONMENT_NAME_MAX = 20;
    static final String ENVIRONMENT_NAME_RULE = "1-" + ENVIRONMENT_NAME_MAX
            + " characters: lowercase letters, digits and single hyphens, starting with a letter";

    private static final Pattern PROJECT = ENVIRONMENT_NAME;
    private static final Pattern REGION = Pattern.compile(
            "(af|ap|ca|eu|il|me|mx|sa|us)-(central|north|south|east|west|northeast|northwest|southeast|southwest)-[1-9]");
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern NAME_SUFFIX = Pattern.compile("[a-z0-9]{1,12}");
    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9]+(\\.[0-9]+){3}");
    /** Stands in for an account id the settings do not name: bucket names are checked at their final length. */
    private static final String ACCOUNT_PLACEHOLDER = "000000000000";

    private final String environment;
    private final JsonNode node;
    private final Problems problems;
    private boolean invalidValueSeen;

    private EnvironmentParser(String environment, JsonNode node, Problems problems) {
        this.environment = environment;
        this.node = node;
        this.problems = problems;
    }

    /**
     * @return the settings, or empty when a problem was reported (the reason is in {@code problems})
     */
    static Optional<EnvironmentSettings> parse(String environment, Optional<String> base, JsonNode node,
            Problems problems) {
        return new EnvironmentParser(environment, node, problems).parse(base);
    }

    static boolean isEnvironmentName(String name) {
        return name.length() <= ENVIRONMENT_NAME_MAX && ENVIRONMENT_NAME.matcher(name).matches();
    }

    private Optional<EnvironmentSettings> parse(Optional<String> base) {
        if (!node.isObject()) {
            problems.add("environment '" + environment + "': must be a JSON object of settings, found " + node);
            return Optional.empty();
        }
        boolean clean = reportUnknownKeys();
        Optional<String> project = text(Setting.PROJECT,
                value -> value.length() >= 2 && value.length() <= 20 && PROJECT.matcher(value).matches());
        Optional<String> region = text(Setting.REGION, REGION.asMatchPredicate());
        Optional<String> accountId = text(Setting.ACCOUNT_ID, ACCOUNT_ID.asMatchPredicate());
        Optional<Boolean> production = bool(Setting.PRODUCTION);
        Optional<String> stateBucket = text(Setting.STATE_BUCKET, EnvironmentParser::isBucketName);
        Optional<String> stateRegion = text(Setting.STATE_REGION, REGION.asMatchPredicate());
        Optional<String> nameSuffix = text(Setting.NAME_SUFFIX, NAME_SUFFIX.asMatchPredicate());
        OptionalInt keyDeletionWindowDays = integer(Setting.KEY_DELETION_WINDOW_DAYS, 7, 30);
        Optional<Boolean> forceDestroy = bool(Setting.FORCE_DESTROY);
        OptionalInt noncurrentDays = integer(Setting.NONCURRENT_VERSION_EXPIRATION_DAYS, 1, 3650);
        OptionalInt dataExpirationDays = integer(Setting.DATA_EXPIRATION_DAYS, 1, 3650);
        if (invalidValueSeen) {
            return Optional.empty();
        }

        boolean isProduction = production.orElse(Defaults.PRODUCTION);
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
                forceDestroy.orElse(Defaults.forceDestroy(isProduction)),
                noncurrentDays.orElse(Defaults.noncurrentVersionExpirationDays(isProduction)),
                dataExpirationDays);
        // Combinations are checked even beside an unknown key, so one run reports both.
        return checkCombination(settings) && clean ? Optional.of(settings) : Optional.empty();
    }

    private boolean checkCombination(EnvironmentSettings settings) {
        boolean ok = true;
        if (settings.production() && settings.accountId().isEmpty()) {
            problems.add("environment '" + environment + "': production is true but accountId is not set; "
                    + "a production environment must name its account (the provider refuses any other)");
            ok = false;
        }
        if (settings.production() && settings.stateBucket().isEmpty()) {
            problems.add("environment '" + environment + "': production is true but stateBucket is not set; "
                    + "a production environment keeps its state in S3, not in a local file");
            ok = false;
        }
        if (node.hasNonNull(Setting.STATE_REGION.key()) && settings.stateBucket().isEmpty()) {
            problems.add("environment '" + environment + "': stateRegion is set but stateBucket is not; "
                    + "stateRegion only says where the state bucket is");
            ok = false;
        }
        Names names = new Names(settings, settings.accountId().orElse(ACCOUNT_PLACEHOLDER));
        for (Names.BuiltName name : names.all()) {
            if (!name.kind().allows(name.value())) {
                problems.add("environment '" + environment + "': the " + name.purpose() + " name '" + name.value()
                        + "' (" + name.value().length() + " characters, built from project '" + settings.project()
                        + "' and environment '" + environment + "') breaks the AWS rule: " + name.kind().rule()
                        + "; shorten project or the environment name");
                ok = false;
            }
        }
        return ok;
    }

    private boolean reportUnknownKeys() {
        boolean clean = true;
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            String key = property.getKey();
            if (!Setting.keys().contains(key)) {
                problems.add("environment '" + environment + "': unknown setting '" + key + "'; known settings: "
                        + String.join(", ", Setting.keys()));
                clean = false;
            }
        }
        return clean;
    }

    private Optional<String> text(Setting setting, Predicate<String> rule) {
        JsonNode value = node.get(setting.key());
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isTextual() && rule.test(value.textValue())) {
            return Optional.of(value.textValue());
        }
        reject(setting, value);
        return Optional.empty();
    }

    private Optional<Boolean> bool(Setting setting) {
        JsonNode value = node.get(setting.key());
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (value.isBoolean()) {
            return Optional.of(value.booleanValue());
        }
        reject(setting, value);
        return Optional.empty();
    }

    private OptionalInt integer(Setting setting, int min, int max) {
        JsonNode value = node.get(setting.key());
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        if (value.isIntegralNumber() && value.canConvertToInt() && value.intValue() >= min
                && value.intValue() <= max) {
            return OptionalInt.of(value.intValue());
        }
        reject(setting, value);
        return OptionalInt.empty();
    }

    private void reject(Setting setting, JsonNode value) {
        invalidValueSeen = true;
        problems.invalid(environment, setting.key(), value, setting.allowed());
    }

    /** S3's bucket naming rules, for a bucket this project does not name itself. */
    static boolean isBucketName(String name) {
        return NameKind.S3_BUCKET.allows(name)
                && !name.contains("..")
                && !name.contains(".-") && !name.contains("-.")
                && !IP_ADDRESS.matcher(name).matches()
                && !name.startsWith("xn--") && !name.startsWith("sthree-")
                && !name.endsWith("-s3alias") && !name.endsWith("--ol-s3");
    }
}
