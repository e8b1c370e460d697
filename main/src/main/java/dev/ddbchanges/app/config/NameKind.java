package dev.ddbchanges.app.config;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** The naming rules of each AWS resource type the stack names, as the services document them. */
public enum NameKind {
    S3_BUCKET(
            3,
            63,
            "[a-z0-9][a-z0-9.-]*[a-z0-9]",
            "lowercase letters, digits, dots and hyphens, not like an "
                    + "IP address, no '..', no reserved prefix (xn--, sthree-, amzn-s3-demo-) or suffix (-s3alias, "
                    + "--ol-s3, .mrap, --x-s3, --table-s3)",
            NameKind::isFreeBucketName),
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
    SNS_TOPIC(1, 256, "[a-zA-Z0-9_-]+", "letters, digits, '_', '-'"),
    KMS_ALIAS(7, 256, "alias/[a-zA-Z0-9/_-]+", "'alias/' then letters, digits, '/', '_', '-'"),
    LOG_GROUP(1, 512, "[a-zA-Z0-9_./#-]+", "letters, digits, '_', '-', '/', '.', '#'");

    private static final Pattern IP_ADDRESS = Pattern.compile("[0-9]+(\\.[0-9]+){3}");
    private static final List<String> RESERVED_BUCKET_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
    private static final List<String> RESERVED_BUCKET_SUFFIXES =
            List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");

    private final int minLength;
    private final int maxLength;
    private final Pattern pattern;
    private final String characters;
    private final Predicate<String> serviceRules;

    NameKind(int minLength, int maxLength, String pattern, String characters) {
        this(minLength, maxLength, pattern, characters, name -> true);
    }

    NameKind(int minLength, int maxLength, String pattern, String characters, Predicate<String> serviceRules) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = Pattern.compile(pattern);
        this.characters = characters;
        this.serviceRules = serviceRules;
    }

    public boolean allows(String name) {
        return name.length() >= minLength
                && name.length() <= maxLength
                && pattern.matcher(name).matches()
                && serviceRules.test(name);
    }

    public String rule() {
        return minLength + "-" + maxLength + " characters: " + characters;
    }

    /** S3 refuses these even when the characters are right: they would be read as addresses or access points. */
    private static boolean isFreeBucketName(String name) {
        return !name.contains("..")
                && !name.contains(".-")
                && !name.contains("-.")
                && !IP_ADDRESS.matcher(name).matches()
                && RESERVED_BUCKET_PREFIXES.stream().noneMatch(name::startsWith)
                && RESERVED_BUCKET_SUFFIXES.stream().noneMatch(name::endsWith);
    }
}
