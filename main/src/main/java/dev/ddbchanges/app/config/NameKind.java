package dev.ddbchanges.app.config;

import java.util.regex.Pattern;

/** The naming rules of each AWS resource type the stack names, as the services document them. */
public enum NameKind {
    S3_BUCKET(3, 63, "[a-z0-9][a-z0-9.-]*[a-z0-9]", "lowercase letters, digits, dots and hyphens"),
    DYNAMODB_TABLE(3, 255, "[a-zA-Z0-9_.-]+", "letters, digits, '_', '.', '-'"),
    KINESIS_STREAM(1, 128, "[a-zA-Z0-9_.-]+", "letters, digits, '_', '.', '-'"),
    FIREHOSE_STREAM(1, 64, "[a-zA-Z0-9_.-]+", "letters, digits, '_', '.', '-'"),
    LAMBDA_FUNCTION(1, 64, "[a-zA-Z0-9_-]+", "letters, digits, '_', '-'"),
    IAM_ROLE(1, 64, "[a-zA-Z0-9+=,.@_-]+", "letters, digits, '+=,.@_-'"),
    // Athena reads Glue names in lowercase letters, digits and underscores only.
    GLUE_DATABASE(1, 255, "[a-z0-9_]+", "lowercase letters, digits, '_'"),
    GLUE_CRAWLER(1, 255, "[a-zA-Z0-9_.-]+", "letters, digits, '_', '.', '-'"),
    GLUE_SECURITY_CONFIGURATION(1, 255, "[a-zA-Z0-9_.-]+", "letters, digits, '_', '.', '-'"),
    ATHENA_WORKGROUP(1, 128, "[a-zA-Z0-9._-]+", "letters, digits, '.', '_', '-'"),
    KMS_ALIAS(7, 256, "alias/[a-zA-Z0-9/_-]+", "'alias/' then letters, digits, '/', '_', '-'"),
    LOG_GROUP(1, 512, "[a-zA-Z0-9_./#-]+", "letters, digits, '_', '-', '/', '.', '#'");

    private final int minLength;
    private final int maxLength;
    private final Pattern pattern;
    private final String characters;

    NameKind(int minLength, int maxLength, String pattern, String characters) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = Pattern.compile(pattern);
        this.characters = characters;
    }

    public boolean allows(String name) {
        return name.length() >= minLength && name.length() <= maxLength && pattern.matcher(name).matches();
    }

    public String rule() {
        return minLength + "-" + maxLength + " characters: " + characters;
    }
}
