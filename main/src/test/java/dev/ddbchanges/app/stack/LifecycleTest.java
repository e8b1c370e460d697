package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.config.EnvironmentSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What destroy removes and what it refuses, per environment; and the stack that creates the state buckets. */
class LifecycleTest {
    /** Every non-production environment whose settings keep the defaults that make destroy remove everything. */
    private static final List<String> DESTROYABLE = ShippedStacks.environments().stream()
            .filter(e ->
                    !e.production() && e.forceDestroy() && !e.deletionProtection() && e.keyDeletionWindowDays() == 7)
            .map(EnvironmentSettings::name)
            .toList();

    @Test
    void everyNonProductionEnvironmentIsDestroyableOrItsSettingsSayOtherwise() {
        assertThat(DESTROYABLE).contains("dev", ShippedStacks.EPHEMERAL, ShippedStacks.WITHOUT_ACCOUNT);
        ShippedStacks.environments().stream()
                .filter(e -> !e.production() && !DESTROYABLE.contains(e.name()))
                .forEach(kept -> assertThat(kept.forceDestroy() && !kept.deletionProtection())
                        .as(kept.name() + " keeps data on destroy because its settings say so")
                        .isFalse());
    }

    @Test
    void aNonProductionDestroyRemovesEverythingBillableAndEveryByte() {
        for (String environment : DESTROYABLE) {
            Synthesized stack = ShippedStacks.get(environment);
            assertThat(stack.resources("aws_s3_bucket"))
                    .as(environment + ": buckets emptied with every version")
                    .allSatisfy(bucket -> {
                        assertThat(bucket.path("force_destroy").asBoolean()).isTrue();
                        assertThat(bucket.path("lifecycle")
                                        .path("prevent_destroy")
                                        .asBoolean())
                                .isFalse();
                    });
            assertThat(stack.resource("aws_athena_workgroup")
                            .path("force_destroy")
                            .asBoolean())
                    .as(environment + ": workgroup removed with its saved queries")
                    .isTrue();
            JsonNode table = stack.resource("aws_dynamodb_table");
            assertThat(table.path("deletion_protection_enabled").asBoolean())
                    .as(environment)
                    .isFalse();
            assertThat(table.path("lifecycle").path("prevent_destroy").asBoolean())
                    .as(environment)
                    .isFalse();
            assertThat(stack.resource("aws_kms_key")
                            .path("deletion_window_in_days")
                            .asInt())
                    .as(environment + ": the key goes as soon as KMS allows")
                    .isEqualTo(7);
            // Every writer's log group is the stack's own, so none is left behind by a service creating it.
            assertThat(stack.resources("aws_cloudwatch_log_group"))
                    .extracting(g -> g.path("name").asText())
                    .anySatisfy(name -> assertThat(name).startsWith("/aws/lambda/"))
                    .anySatisfy(name -> assertThat(name).startsWith("/aws/kinesisfirehose/"))
                    .anySatisfy(name -> assertThat(name).startsWith("/aws-glue/crawlers-role/"));
        }
    }

    @Test
    void aProductionDestroyIsRefusedBeforeAnyDataIsDeleted() {
        Synthesized prod = ShippedStacks.get("prod");
        JsonNode table = prod.resource("aws_dynamodb_table");
        JsonNode data = prod.bucket("data");

        assertThat(table.path("deletion_protection_enabled").asBoolean()).isTrue();
        assertThat(table.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        assertThat(data.path("force_destroy").asBoolean()).isFalse();
        assertThat(data.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        assertThat(prod.resource("aws_kms_key").path("deletion_window_in_days").asInt())
                .isEqualTo(30);
        assertThat(prod.resource("aws_kms_key")
                        .path("lifecycle")
                        .path("prevent_destroy")
                        .asBoolean())
                .as("the key, like the data it encrypts")
                .isTrue();
        assertThat(prod.resource("aws_kms_alias")
                        .path("lifecycle")
                        .path("prevent_destroy")
                        .asBoolean())
                .isTrue();
    }

    /** Outside production a protected key would abort the whole destroy; the kept data depends on it instead. */
    @Test
    void outsideProductionNoKeyRefusesDestroy() {
        ShippedStacks.environments().stream()
                .filter(e -> !e.production())
                .forEach(e -> assertThat(ShippedStacks.get(e.name())
                                .resource("aws_kms_key")
                                .path("lifecycle")
                                .path("prevent_destroy")
                                .asBoolean())
                        .as(e.name())
                        .isFalse());
    }

    /** A deploy runs with one account's credentials, so each account's state buckets have a stack of their own. */
    @Test
    void eachAccountHasItsOwnBootstrapStackWithItsOwnBucketsRegionAndLocalState() {
        Map<String, List<String>> expected = Map.of(
                "state-bootstrap-111111111111",
                        List.of("111111111111", "eu-central-1", "ddb-changes-terraform-state-111111111111"),
                "state-bootstrap-210987654321", List.of("210987654321", "us-east-1", "orders-audit-terraform-state"),
                "state-bootstrap-222222222222",
                        List.of("222222222222", "eu-central-1", "ddb-changes-terraform-state-222222222222"));
        Map<String, Synthesized> bootstraps = ShippedStacks.stateBootstraps();

        assertThat(bootstraps).containsOnlyKeys(expected.keySet());
        bootstraps.forEach((name, bootstrap) -> {
            List<String> accountRegionBucket = expected.get(name);
            assertThat(bootstrap
                            .terraform()
                            .path("backend")
                            .path("local")
                            .path("path")
                            .asText())
                    .isEqualTo("../../../terraform." + name + ".tfstate");
            assertThat(bootstrap.provider().path("allowed_account_ids"))
                    .extracting(JsonNode::asText)
                    .containsExactly(accountRegionBucket.get(0));
            assertThat(bootstrap.provider().path("region").asText()).isEqualTo(accountRegionBucket.get(1));
            assertThat(bootstrap.resources("aws_s3_bucket"))
                    .extracting(b -> b.path("bucket").asText())
                    .containsExactly(accountRegionBucket.get(2));
        });
    }

    @Test
    void theBootstrapStackCreatesEveryStateBucketProtectedAndKeepsItsOwnStateLocally() {
        Synthesized bootstrap = ShippedStacks.stateBootstraps().get(ShippedStacks.STATE_BOOTSTRAP);

        assertThat(bootstrap.resources("aws_s3_bucket")).allSatisfy(bucket -> {
            assertThat(bucket.path("force_destroy").asBoolean()).isFalse();
            assertThat(bucket.path("lifecycle").path("prevent_destroy").asBoolean())
                    .isTrue();
            assertThat(bootstrap
                            .partOf("aws_s3_bucket_versioning", bucket)
                            .path("versioning_configuration")
                            .path("status")
                            .asText())
                    .isEqualTo("Enabled");
            assertThat(bootstrap
                            .partOf("aws_s3_bucket_server_side_encryption_configuration", bucket)
                            .path("rule")
                            .get(0)
                            .path("apply_server_side_encryption_by_default")
                            .path("sse_algorithm")
                            .asText())
                    .isEqualTo("aws:kms");
            assertThat(bootstrap
                            .partOf("aws_s3_bucket_public_access_block", bucket)
                            .path("restrict_public_buckets")
                            .asBoolean())
                    .isTrue();
            assertThat(Synthesized.policy(bootstrap.partOf("aws_s3_bucket_policy", bucket))
                            .toString())
                    .contains("aws:SecureTransport");
        });
        JsonNode key = bootstrap.resource("aws_kms_key");
        assertThat(key.path("deletion_window_in_days").asInt()).isEqualTo(30);
        assertThat(key.path("enable_key_rotation").asBoolean()).isTrue();
        assertThat(key.path("lifecycle").path("prevent_destroy").asBoolean()).isTrue();
        assertThat(Synthesized.policy(key).path("Statement"))
                .extracting(s -> s.path("Sid").asText())
                .containsExactly("AccountAdministersKey");
        String keyArn = bootstrap.reference("aws_kms_key", key, "arn");
        assertThat(bootstrap.resources("aws_s3_bucket_server_side_encryption_configuration"))
                .allSatisfy(sse -> assertThat(sse.path("rule")
                                .get(0)
                                .path("apply_server_side_encryption_by_default")
                                .path("kms_master_key_id")
                                .asText())
                        .isEqualTo(keyArn));
        bootstrap
                .json()
                .path("resource")
                .properties()
                .forEach(type -> type.getValue()
                        .forEach(resource -> assertThat(resource.path("lifecycle")
                                        .path("prevent_destroy")
                                        .asBoolean())
                                .as(type.getKey())
                                .isTrue()));
    }

    /** The deploy workflow tags each saved plan kind=plan; one that is never applied goes after two days. */
    @Test
    void theStateBucketsExpireSavedPlansTaggedKindPlanAfterTwoDays() {
        Synthesized bootstrap = ShippedStacks.stateBootstraps().get(ShippedStacks.STATE_BOOTSTRAP);

        assertThat(bootstrap.resources("aws_s3_bucket")).isNotEmpty().allSatisfy(bucket -> {
            JsonNode rules = bootstrap
                    .partOf("aws_s3_bucket_lifecycle_configuration", bucket)
                    .path("rule");
            assertThat(rules)
                    .extracting(r -> r.path("id").asText())
                    .containsExactly(
                            "abort-incomplete-multipart-uploads", "expire-noncurrent-versions", "expire-kind-plan");
            JsonNode plans = rules.get(2);
            assertThat(plans.path("status").asText()).isEqualTo("Enabled");
            assertThat(plans.path("filter").toString()).isEqualTo("{\"tag\":{\"key\":\"kind\",\"value\":\"plan\"}}");
            assertThat(plans.path("expiration").path("days").asInt()).isEqualTo(2);
            assertThat(plans.path("noncurrent_version_expiration")
                            .path("noncurrent_days")
                            .asInt())
                    .isEqualTo(2);
            assertThat(rules.get(1)
                            .path("noncurrent_version_expiration")
                            .path("noncurrent_days")
                            .asInt())
                    .isEqualTo(90);
        });
    }

    /**
     * Expiry reaches the history only: the Iceberg table's files under current-state/ expire with the table's own
     * VACUUM, never one by one (a data file gone before its snapshot corrupts the table). Raw exports go after a week.
     */
    @Test
    void theDataBucketExpiresTheHistoryAndExportsButNeverTheCurrentStateTable() {
        Synthesized staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING);
        JsonNode rules = staging.partOf("aws_s3_bucket_lifecycle_configuration", staging.bucket("data"))
                .path("rule");

        assertThat(rules)
                .extracting(rule -> rule.path("id").asText())
                .containsExactly(
                        "abort-incomplete-multipart-uploads",
                        "expire-noncurrent-versions",
                        "expire-current-versions-changes",
                        "expire-current-versions-errors",
                        "expire-exports");
        assertThat(rules)
                .filteredOn(rule -> rule.has("expiration"))
                .extracting(rule -> rule.path("filter").path("prefix").asText() + " "
                        + rule.path("expiration").path("days").asInt())
                .containsExactly("changes/ 365", "errors/ 365", "exports/ 7");
        assertThat(rules.get(4)
                        .path("noncurrent_version_expiration")
                        .path("noncurrent_days")
                        .asInt())
                .isEqualTo(7);
        // Other buckets keep one rule for every object.
        assertThat(staging.partOf("aws_s3_bucket_lifecycle_configuration", staging.bucket("query-results"))
                        .path("rule"))
                .extracting(rule -> rule.path("id").asText())
                .contains("expire-current-versions");
    }
}
