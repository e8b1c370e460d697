package dev.ddbchanges.app.constructs.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.RemovalPolicy;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.encryption.EncryptionKeyProps;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One bucket sending its server access logs to another, as the two props say. */
class SecureBucketAccessLogsTest {
    private final Synthesized stack = TestApps.synthConstruct(scope -> {
        EncryptionKey key = new EncryptionKey(
                scope,
                "key",
                EncryptionKeyProps.builder()
                        .alias("alias/orders-prod")
                        .description("k")
                        .accountId("210987654321")
                        .region("us-west-2")
                        .build());
        SecureBucket logs = new SecureBucket(
                scope,
                "logs",
                SecureBucketProps.builder()
                        .bucketName("orders-prod-access-logs-team7")
                        .key(key)
                        .receivesAccessLogs(
                                Optional.of(new AccessLogDelivery("210987654321", List.of("orders-prod-data-team7"))))
                        .build());
        new SecureBucket(
                scope,
                "data",
                SecureBucketProps.builder()
                        .bucketName("orders-prod-data-team7")
                        .key(key)
                        .removal(RemovalPolicy.RETAIN_AND_PROTECT)
                        .accessLogsTo(Optional.of(logs))
                        .build());
    });
    private final JsonNode logs = stack.resourceWhere("aws_s3_bucket", "bucket", "orders-prod-access-logs-team7");
    private final JsonNode data = stack.resourceWhere("aws_s3_bucket", "bucket", "orders-prod-data-team7");

    @Test
    void theSourceLogsToTheTargetUnderTheAccessLogPrefixAndIsProtectedWithIt() {
        JsonNode logging = stack.resource("aws_s3_bucket_logging");

        assertThat(logging.path("bucket").asText()).isEqualTo(stack.reference("aws_s3_bucket", data, "id"));
        assertThat(logging.path("target_bucket").asText()).isEqualTo(stack.reference("aws_s3_bucket", logs, "id"));
        assertThat(logging.path("target_prefix").asText()).isEqualTo("access-logs/");
        assertThat(logging.path("lifecycle").path("prevent_destroy").asBoolean())
                .isTrue();
    }

    @Test
    void onlyTheTargetsPolicyLetsS3sLogDeliveryWriteForTheNamedSourceOfTheNamedAccount() {
        assertThat(Synthesized.statement(
                        stack.partOf("aws_s3_bucket_policy", logs), "S3ServerAccessLogsOfTheseBuckets"))
                .isEqualTo(Synthesized.parse("""
                        {"Sid": "S3ServerAccessLogsOfTheseBuckets", "Effect": "Allow",
                         "Principal": {"Service": "logging.s3.amazonaws.com"}, "Action": ["s3:PutObject"],
                         "Resource": ["${aws_s3_bucket.logs_bucket_5A22438C.arn}/access-logs/*"],
                         "Condition": {"ArnLike": {"aws:SourceArn": ["arn:aws:s3:::orders-prod-data-team7"]},
                                       "StringEquals": {"aws:SourceAccount": "210987654321"}}}"""));
        assertThat(stack.partOf("aws_s3_bucket_policy", data).path("policy").asText())
                .doesNotContain("logging.s3.amazonaws.com");
    }

    @Test
    void aBucketThatWouldLogItsOwnLogDeliveriesIsRefused() {
        assertThatThrownBy(() -> TestApps.synthConstruct(scope -> SecureBucketProps.builder()
                        .bucketName("orders-prod-access-logs-team7")
                        .key(new EncryptionKey(
                                scope,
                                "key",
                                EncryptionKeyProps.builder()
                                        .alias("alias/orders-prod")
                                        .description("k")
                                        .accountId("210987654321")
                                        .region("us-west-2")
                                        .build()))
                        .receivesAccessLogs(Optional.of(new AccessLogDelivery("210987654321", List.of("a-b-c"))))
                        .accessLogsTo(Optional.of(new SecureBucket(
                                scope,
                                "other",
                                SecureBucketProps.builder()
                                        .bucketName("x-y-z")
                                        .key(new EncryptionKey(
                                                scope,
                                                "other-key",
                                                EncryptionKeyProps.builder()
                                                        .alias("alias/other")
                                                        .description("k")
                                                        .accountId("210987654321")
                                                        .region("us-west-2")
                                                        .build()))
                                        .build())))
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bucket orders-prod-access-logs-team7 both sends and receives access logs; allowed: one of"
                        + " them, because S3 would log its own log deliveries in an endless loop");
    }

    @Test
    void aLogDeliveryNamesAtLeastOneSource() {
        assertThatThrownBy(() -> new AccessLogDelivery("210987654321", List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sourceBucketNames is empty; allowed: one or more bucket names");
    }
}
