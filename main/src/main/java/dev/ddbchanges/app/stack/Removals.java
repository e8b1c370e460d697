package dev.ddbchanges.app.stack;

import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.constructs.RemovalPolicy;

/**
 * What destroy does to each kind of an environment's data: the one place the settings {@code production},
 * {@code forceDestroy} and {@code deletionProtection} become {@link RemovalPolicy} values.
 *
 * <p>Production protects its table, data bucket and key: Terraform refuses the plan before S3, DynamoDB or KMS are
 * asked, and validation refuses a production {@code forceDestroy} or {@code deletionProtection} that would say
 * otherwise. A plan that would replace the production key is refused the same way, so data is never left encrypted
 * under a key scheduled for deletion. Query results are copies, and follow {@code forceDestroy} alone.
 *
 * <p>Elsewhere the key is never protected from Terraform: {@code prevent_destroy} on it would abort the whole destroy
 * and leave the stream billing. Instead every resource that can keep data on destroy depends on the key (the table
 * through its encryption setting, each bucket through {@code depends_on}), so Terraform schedules the key's deletion
 * only after all of them are gone: a bucket or table that refuses deletion keeps its key, and the rest still goes.
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
                    RemovalPolicy.RETAIN_AND_PROTECT,
                    RemovalPolicy.RETAIN_AND_PROTECT,
                    emptied,
                    RemovalPolicy.RETAIN_AND_PROTECT);
        }
        RemovalPolicy table = settings.deletionProtection() ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
        return new Removals(emptied, table, emptied, RemovalPolicy.DESTROY);
    }
}
