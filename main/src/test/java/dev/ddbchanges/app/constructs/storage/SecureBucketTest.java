package dev.ddbchanges.app.constructs.storage;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.RemovalPolicy;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.encryption.EncryptionKeyProps;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import software.constructs.Construct;

class SecureBucketTest {
    private static final String[] PARTS = {
        "aws_s3_bucket_server_side_encryption_configuration",
        "aws_s3_bucket_public_access_block",
        "aws_s3_bucket_ownership_controls",
        "aws_s3_bucket_versioning",
        "aws_s3_bucket_lifecycle_configuration",
        "aws_s3_bucket_policy"
    };

    private final Synthesized stack = TestApps.synthConstruct(
            s -> bucket(s, "b", "orders-dev-data-team7", RemovalPolicy.DESTROY, OptionalInt.empty()));
    private final JsonNode bucket = stack.resource("aws_s3_bucket");
    private final String bucketId = stack.reference("aws_s3_bucket", bucket, "id");

    @Test
    void theBucketHasItsNameAndForceDestroyFromProps() {
        assertThat(bucket.path("bucket").asText()).isEqualTo("orders-dev-data-team7");
        assertThat(bucket.path("force_destroy").asBoolean()).isTrue();
    }

    @Test
    void everyObjectIsEncryptedWithTheKeyAndABucketKey() {
        JsonNode rule = stack.resource("aws_s3_bucket_server_side_encryption_configuration")
                .path("rule")
                .get(0);

        assertThat(rule.path("apply_server_side_encryption_by_default")
                        .path("sse_algorithm")
                        .asText())
                .isEqualTo("aws:kms");
        assertThat(rule.path("apply_server_side_encryption_by_default")
                        .path("kms_master_key_id")
                        .asText())
                .isEqualTo(stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"));
        assertThat(rule.path("bucket_key_enabled").asBoolean()).isTrue();
    }

    @Test
    void publicAccessIsBlockedAllFourWays() {
        JsonNode block = stack.resource("aws_s3_bucket_public_access_block");

        assertThat(List.of("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"))
                .allSatisfy(flag -> assertThat(block.path(flag).asBoolean()).isTrue());
    }

    @Test
    void theBucketOwnerOwnsEveryObject() {
        assertThat(stack.resource("aws_s3_bucket_ownership_controls")
                        .path("rule")
                        .path("object_ownership")
                        .asText())
                .isEqualTo("BucketOwnerEnforced");
    }

    @Test
    void versioningIsOn() {
        assertThat(stack.resource("aws_s3_bucket_versioning")
                        .path("versioning_configuration")
                        .path("status")
                        .asText())
                .isEqualTo("Enabled");
    }

    @Test
    void lifecycleAbortsStaleUploadsAndExpiresOldVersionsButKeepsCurrentData() {
        JsonNode lifecycle = stack.resource("aws_s3_bucket_lifecycle_configuration");
        JsonNode rules = lifecycle.path("rule");

        assertThat(rules)
                .extracting(r -> r.path("id").asText())
                .containsExactly("abort-incomplete-multipart-uploads", "expire-noncurrent-versions");
        assertThat(rules.get(0)
                        .path("abort_incomplete_multipart_upload")
                        .path("days_after_initiation")
                        .asInt())
                .isEqualTo(1);
        assertThat(rules.get(1)
                        .path("noncurrent_version_expiration")
                        .path("noncurrent_days")
                        .asInt())
                .isEqualTo(12);
        assertThat(rules).allSatisfy(rule -> {
            assertThat(rule.path("status").asText()).isEqualTo("Enabled");
            assertThat(rule.path("filter").path("prefix").asText()).isEmpty();
        });
        assertThat(texts(lifecycle.path("depends_on")))
                .containsExactly(stack.address("aws_s3_bucket_versioning", stack.resource("aws_s3_bucket_versioning")));
    }

    @Test
    void anExpiryAddsARuleForCurrentObjects() {
        Synthesized expiring = TestApps.synthConstruct(
                s -> bucket(s, "b", "orders-dev-data-team7", RemovalPolicy.RETAIN, OptionalInt.of(400)));
        JsonNode rules =
                expiring.resource("aws_s3_bucket_lifecycle_configuration").path("rule");

        assertThat(rules).hasSize(3);
        assertThat(rules.get(2).path("id").asText()).isEqualTo("expire-current-versions");
        assertThat(rules.get(2).path("expiration").path("days").asInt()).isEqualTo(400);
        assertThat(expiring.resource("aws_s3_bucket").path("force_destroy").asBoolean())
                .isFalse();
    }

    @Test
    void thePolicyDeniesEveryRequestWithoutTls() {
        JsonNode policy = stack.resource("aws_s3_bucket_policy");
        JsonNode statement = Synthesized.policy(policy).path("Statement");
        String arn = stack.reference("aws_s3_bucket", bucket, "arn");

        assertThat(statement).hasSize(1);
        assertThat(statement.get(0).path("Effect").asText()).isEqualTo("Deny");
        assertThat(statement.get(0).path("Principal").asText()).isEqualTo("*");
        assertThat(texts(statement.get(0).path("Action"))).containsExactly("s3:*");
        assertThat(texts(statement.get(0).path("Resource"))).containsExactly(arn, arn + "/*");
        assertThat(statement
                        .get(0)
                        .path("Condition")
                        .path("Bool")
                        .path("aws:SecureTransport")
                        .asText())
                .isEqualTo("false");
        assertThat(texts(policy.path("depends_on")))
                .containsExactly(stack.address(
                        "aws_s3_bucket_public_access_block", stack.resource("aws_s3_bucket_public_access_block")));
    }

    @Test
    void everyPartAppliesToThisBucket() {
        for (String part : PARTS) {
            assertThat(stack.resource(part).path("bucket").asText()).as(part).isEqualTo(bucketId);
        }
    }

    @Test
    void twoBucketsLiveInOneStackEachWithItsOwnParts() {
        Synthesized two = TestApps.synthConstruct(s -> {
            EncryptionKey key = key(s);
            new SecureBucket(
                    s,
                    "first",
                    SecureBucketProps.builder()
                            .bucketName("first-bucket-x")
                            .key(key)
                            .removal(RemovalPolicy.DESTROY)
                            .noncurrentVersionExpirationDays(3)
                            .build());
            new SecureBucket(
                    s,
                    "second",
                    SecureBucketProps.builder()
                            .bucketName("second-bucket-x")
                            .key(key)
                            .removal(RemovalPolicy.DESTROY)
                            .noncurrentVersionExpirationDays(3)
                            .build());
        });

        assertThat(two.resources("aws_s3_bucket"))
                .extracting(b -> b.path("bucket").asText())
                .containsExactlyInAnyOrder("first-bucket-x", "second-bucket-x");
        for (String part : PARTS) {
            assertThat(two.resources(part))
                    .extracting(r -> r.path("bucket").asText())
                    .as(part)
                    .doesNotHaveDuplicates()
                    .hasSize(2);
        }
    }

    @Test
    void retainAndProtectPutsPreventDestroyOnTheBucketAndEachOfItsParts() {
        Synthesized kept = TestApps.synthConstruct(
                s -> bucket(s, "b", "orders-dev-data-team7", RemovalPolicy.RETAIN_AND_PROTECT, OptionalInt.empty()));

        assertThat(kept.resource("aws_s3_bucket").path("force_destroy").asBoolean())
                .isFalse();
        assertThat(kept.resource("aws_s3_bucket")
                        .path("lifecycle")
                        .path("prevent_destroy")
                        .asBoolean())
                .isTrue();
        for (String part : PARTS) {
            assertThat(kept.resource(part)
                            .path("lifecycle")
                            .path("prevent_destroy")
                            .asBoolean())
                    .as(part)
                    .isTrue();
        }
        assertThat(stack.resource("aws_s3_bucket").has("lifecycle"))
                .as("DESTROY protects nothing")
                .isFalse();
    }

    /** S3 keeps a bucket that still holds objects; Terraform still plans its deletion. */
    @Test
    void retainKeepsTheObjectsButPreventsNoDestroy() {
        Synthesized kept = TestApps.synthConstruct(
                s -> bucket(s, "b", "orders-dev-data-team7", RemovalPolicy.RETAIN, OptionalInt.empty()));

        assertThat(kept.resource("aws_s3_bucket").path("force_destroy")).isEqualTo(BooleanNode.FALSE);
        assertThat(kept.resource("aws_s3_bucket").path("lifecycle").has("prevent_destroy"))
                .isFalse();
        for (String part : PARTS) {
            assertThat(kept.resource(part).path("lifecycle").has("prevent_destroy"))
                    .as(part)
                    .isFalse();
        }
    }

    @Test
    void leftOutOptionsTakeTheirDocumentedDefaults() {
        TestApps.synthConstruct(s -> {
            SecureBucketProps props =
                    SecureBucketProps.builder().bucketName("x-y-z").key(key(s)).build();

            assertThat(props.removal()).isEqualTo(RemovalPolicy.RETAIN);
            assertThat(props.noncurrentVersionExpirationDays()).isEqualTo(90);
            assertThat(props.expirationDays()).isEmpty();
        });
    }

    @Test
    void aRequiredOptionLeftOutIsNamed() {
        assertThatThrownBy(() -> SecureBucketProps.builder().bucketName("x-y-z").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SecureBucketProps.key is required, and was not set");
    }

    @Test
    void propsKeepDaysPositive() {
        assertThatThrownBy(() -> TestApps.synthConstruct(s -> SecureBucketProps.builder()
                        .bucketName("x-y-z")
                        .key(key(s))
                        .noncurrentVersionExpirationDays(0)
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("noncurrentVersionExpirationDays = 0; allowed: 1 or more");
    }

    private static SecureBucket bucket(
            Construct scope, String id, String name, RemovalPolicy removal, OptionalInt expiry) {
        return new SecureBucket(
                scope,
                id,
                SecureBucketProps.builder()
                        .bucketName(name)
                        .key(key(scope))
                        .removal(removal)
                        .noncurrentVersionExpirationDays(12)
                        .expirationDays(expiry)
                        .build());
    }

    @Test
    void requestMetricsForOnePrefixAreConfiguredOnceAndCountedByBucketAndFilter() {
        List<Metric> metrics = new ArrayList<>();
        Synthesized counted = TestApps.synthConstruct(s -> {
            SecureBucket b = bucket(s, "b", "orders-dev-data-team7", RemovalPolicy.DESTROY, OptionalInt.empty());
            metrics.add(b.metricPutRequestsUnder("errors/", "errors"));
            metrics.add(b.metricPutRequestsUnder("errors/", "errors"));
        });
        JsonNode configuration = counted.resource("aws_s3_bucket_metric");

        assertThat(configuration.path("bucket").asText()).isEqualTo("${aws_s3_bucket.b_bucket_3828F551.id}");
        assertThat(configuration.path("name").asText()).isEqualTo("errors");
        assertThat(configuration.path("filter").path("prefix").asText()).isEqualTo("errors/");
        assertThat(metrics).hasSize(2).allSatisfy(metric -> {
            assertThat(metric.namespace()).isEqualTo("AWS/S3");
            assertThat(metric.name()).isEqualTo("PutRequests");
            assertThat(metric.dimensions()).containsOnlyKeys("BucketName", "FilterId");
            assertThat(metric.statistic()).isEqualTo("Sum");
        });
    }

    @Test
    void oneFilterIdCannotCountTwoPrefixes() {
        assertThatThrownBy(() -> TestApps.synthConstruct(s -> {
                    SecureBucket b =
                            bucket(s, "b", "orders-dev-data-team7", RemovalPolicy.DESTROY, OptionalInt.empty());
                    b.metricPutRequestsUnder("errors/", "errors");
                    b.metricPutRequestsUnder("changes/", "errors");
                }))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("request metrics filter 'errors' already counts prefix 'errors/'; allowed: the same "
                        + "prefix, or another filter id for 'changes/'");
    }

    private static EncryptionKey key(Construct scope) {
        return new EncryptionKey(
                scope,
                "key",
                EncryptionKeyProps.builder()
                        .alias("alias/orders-dev")
                        .description("k")
                        .deletionWindowDays(7)
                        .accountId("210987654321")
                        .region("us-west-2")
                        .build());
    }
}
