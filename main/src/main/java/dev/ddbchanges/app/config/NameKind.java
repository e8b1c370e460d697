package dev.ddbchanges.app.config;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The naming rules of each AWS resource type the stack names, as the services document them. */
public enum NameKind {
    S3_BUCKET(
            3,
            63,
            BucketNames.PATTERN,
            "lowercase letters, digits, dots and hyphens, not like an IP address, no '..', no reserved prefix ("
                    + String.join(", ", BucketNames.RESERVED_PREFIXES) + ") or suffix ("
                    + String.join(", ", BucketNames.RESERVED_SUFFIXES) + ")"),
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
    SFN_STATE_MACHINE(1, 80, "[a-zA-Z0-9_-]+", "letters, digits, '_', '-'"),
    SCHEDULER_SCHEDULE(1, 64, "[a-zA-Z0-9_.-]+", "letters, digits, '_', '.', '-'"),
    SNS_TOPIC(1, 256, "[a-zA-Z0-9_-]+", "letters, digits, '_', '-'"),
    KMS_ALIAS(7, 256, "alias/[a-zA-Z0-9/_-]+", "'alias/' then letters, digits, '/', '_', '-'"),
    LOG_GROUP(1, 512, "[a-zA-Z0-9_./#-]+", "letters, digits, '_', '-', '/', '.', '#'");

    private final int minLength;
    private final int maxLength;
    private final String pattern;
    private final Pattern compiled;
    private final String characters;

    NameKind(int minLength, int maxLength, String pattern, String characters) {
        this.minLength = minLength;
        this.maxLength = maxLength;
        this.pattern = pattern;
        this.compiled = Pattern.compile(pattern);
        this.characters = characters;
    }

    public boolean allows(String name) {
        return name.length() >= minLength
                && name.length() <= maxLength
                && compiled.matcher(name).matches();
    }

    public String rule() {
        return minLength + "-" + maxLength + " characters: " + characters;
    }

    /** The settings rule of a name given whole, such as a state bucket's. */
    Rule<String> settingRule(String what) {
        return Rule.bounded(minLength, maxLength, pattern, what + ": " + rule());
    }

    /**
     * S3 refuses these even when the characters are right: they would be read as addresses or access points. Written
     * as one pattern (lookaheads), so the JSON Schema can hold an editor's bucket names to the same rule.
     */
    private static final class BucketNames {
        static final List<String> RESERVED_PREFIXES = List.of("xn--", "sthree-", "amzn-s3-demo-");
        static final List<String> RESERVED_SUFFIXES = List.of("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3");
        static final String PATTERN = "(?![0-9]+(?:\\.[0-9]+){3}$)"
                + "(?!" + anyOf(RESERVED_PREFIXES) + ")"
                + "(?!.*(?:\\.\\.|\\.-|-\\.))"
                + "(?!.*(?:" + anyOf(RESERVED_SUFFIXES) + ")$)"
                + "[a-z0-9][a-z0-9.-]*[a-z0-9]";

        private static String anyOf(List<String> literals) {
            return literals.stream().map(l -> l.replace(".", "\\.")).collect(Collectors.joining("|"));
        }
    }
}
