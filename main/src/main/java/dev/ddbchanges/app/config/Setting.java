package dev.ddbchanges.app.config;

import java.util.Arrays;
import java.util.List;

/**
 * Every key an environment in cdktf.json may set. README's settings table lists exactly these, in this order, with
 * these default texts (a test compares them); anything else in an environment is reported as an unknown key.
 */
public enum Setting {
    PROJECT("project", "\"" + Defaults.PROJECT + "\"", Limits.PROJECT_MIN + "-" + Limits.PROJECT_MAX
            + " characters: lowercase letters, digits and single hyphens, starting with a letter"),
    REGION("region", "\"" + Defaults.REGION + "\"", "an AWS commercial-partition region such as eu-central-1"),
    ACCOUNT_ID("accountId", "none: the account of the credentials in use (required when production is true)",
            "12 digits"),
    PRODUCTION("production", String.valueOf(Defaults.PRODUCTION), "true or false"),
    STATE_BUCKET("stateBucket", "none: a local state file per environment (required when production is true)",
            "an S3 bucket name: " + NameKind.S3_BUCKET.rule()),
    STATE_REGION("stateRegion", "the environment's region", "an AWS commercial-partition region"),
    NAME_SUFFIX("nameSuffix", "none: bucket names end with the account id",
            "1-12 lowercase letters and digits"),
    KEY_DELETION_WINDOW_DAYS("keyDeletionWindowDays",
            Defaults.KEY_DELETION_WINDOW_DAYS + "; production: " + Defaults.KEY_DELETION_WINDOW_DAYS_PRODUCTION,
            "a whole number of days from " + Limits.KEY_DELETION_WINDOW_MIN + " to " + Limits.KEY_DELETION_WINDOW_MAX),
    FORCE_DESTROY("forceDestroy", Defaults.forceDestroy(false) + "; production: " + Defaults.forceDestroy(true),
            "true or false"),
    NONCURRENT_VERSION_EXPIRATION_DAYS("noncurrentVersionExpirationDays",
            Defaults.NONCURRENT_VERSION_EXPIRATION_DAYS + "; production: "
                    + Defaults.NONCURRENT_VERSION_EXPIRATION_DAYS_PRODUCTION,
            "a whole number of days from " + Limits.DAYS_MIN + " to " + Limits.DAYS_MAX),
    DATA_EXPIRATION_DAYS("dataExpirationDays", "none: data is kept until deleted",
            "a whole number of days from " + Limits.DAYS_MIN + " to " + Limits.DAYS_MAX + ", or null");

    private final String key;
    private final String defaultText;
    private final String allowed;

    Setting(String key, String defaultText, String allowed) {
        this.key = key;
        this.defaultText = defaultText;
        this.allowed = allowed;
    }

    public String key() {
        return key;
    }

    public String defaultText() {
        return defaultText;
    }

    public String allowed() {
        return allowed;
    }

    public static List<String> keys() {
        return Arrays.stream(values()).map(Setting::key).toList();
    }
}
