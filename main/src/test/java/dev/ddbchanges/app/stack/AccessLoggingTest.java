package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * With accessLogging on (production's default) the data bucket records every request in S3 server access logs, kept in
 * a log bucket of their own that only S3's log delivery, for that bucket of that account, may write to, encrypted with
 * the key.
 */
class AccessLoggingTest {
    private final Synthesized prod = ShippedStacks.get("prod");

    @Test
    void productionsDataBucketLogsToTheLogBucketUnderItsPrefix() {
        JsonNode logging = prod.resource("aws_s3_bucket_logging");
        JsonNode logBucket = prod.bucket("access-logs");

        assertThat(logging.path("bucket").asText())
                .isEqualTo(prod.reference("aws_s3_bucket", prod.bucket("data"), "id"));
        assertThat(logging.path("target_bucket").asText()).isEqualTo(prod.reference("aws_s3_bucket", logBucket, "id"));
        assertThat(logging.path("target_prefix").asText()).isEqualTo("access-logs/");
        assertThat(logBucket.path("bucket").asText()).isEqualTo("ddb-changes-prod-access-logs-222222222222");
    }

    @Test
    void onlyS3sLogDeliveryForTheDataBucketMayWriteTheLogs() {
        JsonNode policy = prod.partOf("aws_s3_bucket_policy", prod.bucket("access-logs"));

        assertThat(Synthesized.statement(policy, "S3ServerAccessLogsOfTheseBuckets"))
                .isEqualTo(Synthesized.parse("""
                        {"Sid": "S3ServerAccessLogsOfTheseBuckets", "Effect": "Allow",
                         "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": ["s3:PutObject"],
                         "Resource": ["${aws_s3_bucket.access-logs-bucket_BDDB89DF.arn}/access-logs/*"],
                         "Condition": {
                           "ArnLike": {"aws:SourceArn": ["arn:aws:s3:::ddb-changes-prod-data-222222222222"]},
                           "StringEquals": {"aws:SourceAccount": "222222222222"}}}"""));
    }

    @Test
    void s3sLogDeliveryMayEncryptWithTheKeyForTheDataBucketOnly() {
        assertThat(Synthesized.statement(prod.resource("aws_kms_key"), "S3ServerAccessLogsEncryptWithKey"))
                .isEqualTo(Synthesized.parse("""
                        {"Sid": "S3ServerAccessLogsEncryptWithKey", "Effect": "Allow",
                         "Principal": {"Service": "logging.s3.amazonaws.com"},
                         "Action": ["kms:GenerateDataKey", "kms:Decrypt"],
                         "Resource": ["*"],
                         "Condition": {
                           "StringEquals": {"aws:SourceAccount": "222222222222"},
                           "ArnLike": {"aws:SourceArn": ["arn:aws:s3:::ddb-changes-prod-data-222222222222"]}}}"""));
    }

    /** The logs are evidence: kept as long as the other logs (365 days), protected and encrypted like the data. */
    @Test
    void theLogBucketIsKeptLikeTheDataAndExpiresWithTheLogs() {
        JsonNode logBucket = prod.bucket("access-logs");
        JsonNode expiry = prod.partOf("aws_s3_bucket_lifecycle_configuration", logBucket)
                .path("rule")
                .get(2);

        assertThat(logBucket.path("lifecycle").path("prevent_destroy").asBoolean())
                .isTrue();
        assertThat(expiry.path("id").asText()).isEqualTo("expire-current-versions");
        assertThat(expiry.path("expiration").path("days").asInt()).isEqualTo(365);
        assertThat(prod.resources("aws_s3_bucket_logging"))
                .as("the log bucket does not log itself")
                .extracting(l -> l.path("bucket").asText())
                .doesNotContain(prod.reference("aws_s3_bucket", logBucket, "id"));
    }

    /** staging sets accessLogging outside production: its log bucket is kept on destroy, but not protected. */
    @Test
    void anEnvironmentThatSetsItLogsAndKeepsTheLogsLikeItsData() {
        Synthesized staging = ShippedStacks.get(ShippedStacks.EVERY_SETTING);
        JsonNode logBucket = staging.bucket("access-logs");

        assertThat(staging.resource("aws_s3_bucket_logging")
                        .path("target_bucket")
                        .asText())
                .isEqualTo(staging.reference("aws_s3_bucket", logBucket, "id"));
        assertThat(logBucket.path("force_destroy").asBoolean()).isFalse();
        assertThat(logBucket.path("lifecycle").path("prevent_destroy").asBoolean())
                .isFalse();
        assertThat(staging.partOf("aws_s3_bucket_lifecycle_configuration", logBucket)
                        .path("rule")
                        .get(2)
                        .path("expiration")
                        .path("days")
                        .asInt())
                .as("staging's logRetentionDays")
                .isEqualTo(30);
    }

    @Test
    void withoutTheSettingNoBucketLogsAndTheKeyNamesNoLogDelivery() {
        ShippedStacks.forEach((environment, stack) -> {
            if (List.of("dev", ShippedStacks.EPHEMERAL, ShippedStacks.WITHOUT_ACCOUNT)
                    .contains(environment)) {
                assertThat(stack.resources("aws_s3_bucket_logging")).isEmpty();
                assertThat(stack.resource("aws_kms_key").path("policy").asText())
                        .doesNotContain("logging.s3.amazonaws.com");
            }
        });
    }
}
