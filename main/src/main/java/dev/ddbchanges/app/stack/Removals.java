package dev.ddbchanges.app.stack;

import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.constructs.RemovalPolicy;

/**
 * What destroy does to each kind of an environment's data: the one place the settings {@code production},
 * {@code forceDestroy} and {@code deletionProtection} become {@link RemovalPolicy} values.
 *
 * <p>Production protects its table and data bucket: Terraform refuses the plan before S3 or DynamoDB are asked, and
 * validation refuses a production {@code forceDestroy} or {@code deletionProtection} that would say otherwise. Query
 * results are copies, and follow {@code forceDestroy} alone. The key is never protected from Terraform: KMS waits out
 * its deletion window in any case.
 *
 * @param data         the data bucket
 * @param table        the change table
 * @param queryResults the Athena workgroup, with its saved queries, and its results bucket
 * @param key          the environment's key
 */
record Removals(RemovalPolicy data, RemovalPolicy table, RemovalPolicy queryResults, RemovalPolicy key) {

    static Removals of(EnvironmentSettings settings) {
        RemovalPolicy emptied = settings.forceDestroy() ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN;
        if (settings.production()) {
            return new Removals(
                    RemovalPolicy.RETAIN_AND_PROTECT, RemovalPolicy.RETAIN_AND_PROTECT, emptied, RemovalPolicy.DESTROY);
        }
        RemovalPolicy table = settings.deletionProtection() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        return new Removals(emptied, table, emptied, RemovalPolicy.DESTROY);
    }
}
