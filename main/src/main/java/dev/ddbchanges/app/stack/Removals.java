package dev.ddbchanges.app.stack;

import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.constructs.RemovalPolicy;

/**
 * What destroy does to each kind of an environment's data: the one place the settings {@code production},
 * {@code forceDestroy} and {@code deletionProtection} become {@link RemovalPolicy} values.
 *
 * <p>Production protects its table and data bucket whatever the other two settings say: Terraform refuses the plan
 * before S3 or DynamoDB are asked, so neither setting could act there. Query results are copies, and follow
 * {@code forceDestroy} alone.
 *
 * @param data         the data bucket
 * @param table        the change table
 * @param queryResults the Athena workgroup, with its saved queries, and its results bucket
 * @param key          the environment's key, whose deletion waits for its window in any case
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
