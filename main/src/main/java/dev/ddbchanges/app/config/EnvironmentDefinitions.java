package dev.ddbchanges.app.config;

/** Who and where an environment is: its names, its region and account, and where its state lives. */
final class EnvironmentDefinitions {
    private static final Rule<String> ANY_REGION = Rule.matching(
            "(af|ap|ca|eu|il|me|mx|sa|us)-"
                    + "(central|north|south|east|west|northeast|northwest|southeast|southwest)-[1-9]",
            "an AWS commercial-partition region");

    /**
     * An environment's name is also its stack's name and part of every built name. With project and environment
     * names at their longest (20 each), the longest built name other than a bucket's is 56 characters, inside every
     * service's limit (IAM roles, Lambda and Firehose allow 64); bucket names (63) are the ones that can break.
     */
    static final Rule<String> ENVIRONMENT_NAME = Rule.lowercaseName(1, 20);

    /** This project's own name. Its bounds leave bucket names the only built names that can grow too long. */
    static final Setting<String> PROJECT = Setting.key("project")
            .allows(Rule.lowercaseName(2, 20))
            .defaults(Fallback.always("ddb-changes"))
            .means("first part of every name, `<project>-<environment>-...`");

    /** A fixed region, so an environment that names none plans the same on every machine. */
    static final Setting<String> REGION = Setting.key("region")
            .allows(ANY_REGION.said(" such as eu-central-1"))
            .defaults(Fallback.always("eu-central-1"))
            .means("where the environment lives");

    /**
     * No default: an account cannot be guessed, and without one the stack uses the credentials' own. Only a string: a
     * JSON number would lose an id's leading zeros.
     */
    static final Setting<String> ACCOUNT_ID = Setting.key("accountId")
            .allows(Rule.matching(
                    "[0-9]{12}",
                    "a JSON string of 12 digits, in quotes, such as \"012345678901\" (a JSON number would lose "
                            + "leading zeros)"))
            .defaults(Fallback.none("the account of the credentials in use (required when production is true)"))
            .means("the provider's `allowed_account_ids`, the key policy's account and the bucket names' suffix; "
                    + "without it the stack looks the account up (STS), so it cannot be planned offline");

    /** An environment is a test environment unless it says otherwise, so nothing is production by accident. */
    static final Setting<Boolean> PRODUCTION = Setting.key("production")
            .allows(Rule.trueOrFalse())
            .defaults(Fallback.always(false))
            .means("chooses the safer defaults below; requires `accountId` and `stateBucket`");

    /**
     * Off by default: IAM is per account, so whatever a test environment's code or deploy identity may do in the
     * account can be widened to reach production's data, and production's key policy trusts the account.
     */
    static final Setting<Boolean> SHARED_ACCOUNT = Setting.key("sharedAccount")
            .allows(Rule.trueOrFalse().said(" (true only where production is true)"))
            .defaults(Fallback.always(false))
            .means("says a production environment shares its `accountId` with non-production environments on "
                    + "purpose; without it synth refuses that, because one account's IAM reaches both");

    /** A local file needs no bucket to exist first, which is what a first try of the project wants. */
    static final Setting<String> STATE_BUCKET = Setting.key("stateBucket")
            .allows(NameKind.S3_BUCKET.settingRule("an S3 bucket name"))
            .defaults(Fallback.none("a local state file per environment (required when production is true)"))
            .means("S3 bucket of the Terraform state, key `<project>/<environment>/terraform.tfstate`, encrypted "
                    + "by the bucket's SSE-KMS, locked with a lock file (`use_lockfile`); the bucket must exist "
                    + "(`cdktf deploy state-bootstrap-<accountId>` creates it, `state-bootstrap` without accountId)");

    /** State next to the resources it describes, unless said otherwise. */
    static final Setting<String> STATE_REGION = Setting.key("stateRegion")
            .allows(ANY_REGION)
            .defaults(Fallback.derived("the environment's region"))
            .means("region of the state bucket; only with `stateBucket`");

    /** The account id already makes bucket names globally unique; a suffix is for when it must not show. */
    static final Setting<String> NAME_SUFFIX = Setting.key("nameSuffix")
            .allows(Rule.matching("[a-z0-9]{1,12}", "1-12 lowercase letters and digits"))
            .defaults(Fallback.none("bucket names end with the account id"))
            .means("replaces the account id at the end of bucket names (S3 names are global)");

    /** Deployed from a workstation unless said otherwise; the CI-access stack holds the roles of the others. */
    static final Setting<Boolean> AUTOMATION = Setting.key("automation")
            .allows(Rule.trueOrFalse().said(" (true requires stateBucket and accountId)"))
            .defaults(Fallback.always(false))
            .means("says the environment is deployed from a CI/CD runner, whose files do not survive between runs: "
                    + "it must then keep its state in S3, and its account gets the environment's CI roles");

    private EnvironmentDefinitions() {}
}
