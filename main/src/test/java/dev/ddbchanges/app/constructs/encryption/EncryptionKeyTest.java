package dev.ddbchanges.app.constructs.encryption;

import static dev.ddbchanges.app.Synthesized.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.constructs.RemovalPolicy;
import dev.ddbchanges.app.iam.ServiceRole;
import dev.ddbchanges.app.iam.ServiceRoleProps;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EncryptionKeyTest {
    private static final EncryptionKeyProps PROPS = EncryptionKeyProps.builder()
            .alias("alias/orders-dev")
            .description("Orders key")
            .deletionWindowDays(9)
            .accountId("210987654321")
            .region("us-west-2")
            .logGroupNames(List.of("/aws/lambda/orders-dev-converter", "/aws/x/orders-dev-y"))
            .alarmTopic(Optional.of(new AlarmTopicGrant(
                    "orders-dev-alarms", List.of("orders-dev-delivery-late", "orders-dev-replication-stopped"))))
            .build();

    private final Synthesized stack = TestApps.synthConstruct(s -> new EncryptionKey(s, "key", PROPS));
    private final JsonNode key = stack.resource("aws_kms_key");
    private final JsonNode policy = Synthesized.policy(key);

    @Test
    void theKeyRotatesAndHasTheConfiguredDeletionWindow() {
        assertThat(key.path("enable_key_rotation").asBoolean()).isTrue();
        assertThat(key.path("deletion_window_in_days").asInt()).isEqualTo(9);
        assertThat(key.path("description").asText()).isEqualTo("Orders key");
    }

    @Test
    void theAliasPointsAtTheKey() {
        JsonNode alias = stack.resource("aws_kms_alias");

        assertThat(alias.path("name").asText()).isEqualTo("alias/orders-dev");
        assertThat(alias.path("target_key_id").asText()).isEqualTo(stack.reference("aws_kms_key", key, "key_id"));
    }

    @Test
    void theAccountRootAdministersTheKey() {
        JsonNode root = statement("AccountAdministersKey");

        assertThat(root.path("Effect").asText()).isEqualTo("Allow");
        assertThat(root.path("Principal").path("AWS").asText()).isEqualTo("arn:aws:iam::210987654321:root");
        assertThat(texts(root.path("Action"))).containsExactly("kms:*");
        assertThat(root.has("Condition")).isFalse();
    }

    @Test
    void cloudWatchLogsMayUseTheKeyOnlyForTheNamedLogGroupsOfThisRegionAndAccount() {
        JsonNode logs = statement("CloudWatchLogsEncryptsThisEnvironmentsLogGroups");

        assertThat(logs.path("Principal").path("Service").asText()).isEqualTo("logs.us-west-2.amazonaws.com");
        assertThat(texts(logs.path("Action")))
                .containsExactly(
                        "kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey");
        assertThat(texts(logs.path("Condition").path("ArnEquals").path("kms:EncryptionContext:aws:logs:arn")))
                .containsExactly(
                        "arn:aws:logs:us-west-2:210987654321:log-group:/aws/lambda/orders-dev-converter",
                        "arn:aws:logs:us-west-2:210987654321:log-group:/aws/x/orders-dev-y");
    }

    /** Each alarm by its exact ARN: a pattern orders-dev-* would also match an environment named orders-dev-eu. */
    @Test
    void cloudWatchMayUseTheKeyToPublishAlarmsToTheEncryptedTopic() {
        JsonNode alarms = statement("CloudWatchAlarmsPublishToEncryptedTopic");

        assertThat(alarms.path("Principal").path("Service").asText()).isEqualTo("cloudwatch.amazonaws.com");
        assertThat(texts(alarms.path("Action"))).containsExactly("kms:Decrypt", "kms:GenerateDataKey*");
        assertThat(alarms.path("Condition")).isEqualTo(Synthesized.parse("""
                        {"ArnEquals": {"aws:SourceArn": [
                            "arn:aws:cloudwatch:us-west-2:210987654321:alarm:orders-dev-delivery-late",
                            "arn:aws:cloudwatch:us-west-2:210987654321:alarm:orders-dev-replication-stopped"]},
                         "StringEquals": {"kms:EncryptionContext:aws:sns:topicArn":
                                          "arn:aws:sns:us-west-2:210987654321:orders-dev-alarms"}}
                        """));
    }

    @Test
    void thePolicyHasExactlyTheseStatements() {
        assertThat(policy.path("Version").asText()).isEqualTo("2012-10-17");
        assertThat(policy.path("Statement"))
                .extracting(s -> s.path("Sid").asText())
                .containsExactly(
                        "AccountAdministersKey",
                        "CloudWatchLogsEncryptsThisEnvironmentsLogGroups",
                        "CloudWatchAlarmsPublishToEncryptedTopic");
    }

    @Test
    void aDeletionWindowKmsRefusesIsRefusedAtSynth() {
        assertThatThrownBy(() -> EncryptionKeyProps.builder()
                        .alias("alias/x")
                        .description("x")
                        .deletionWindowDays(6)
                        .accountId("210987654321")
                        .region("us-west-2")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("deletionWindowDays = 6; KMS allows 7 to 30");
    }

    @Test
    void aGrantOfTheKeyIsBoundToOneServiceOfItsRegionAndToTheGivenResourcesContext() {
        Synthesized granted = TestApps.synthConstruct(s -> {
            EncryptionKey key = new EncryptionKey(s, "key", PROPS);
            ServiceRole role =
                    new ServiceRole(s, "role", new ServiceRoleProps("r", "d", "glue.amazonaws.com", List.of()));
            role.grant(
                    s,
                    "use-key",
                    key.grantUseVia("ReadThroughS3", EncryptionContext.s3(List.of("arn:b", "arn:b/*")), "kms:Decrypt"),
                    key.grantUseVia(
                            "WriteLogs", EncryptionContext.logGroup("arn:g"), "kms:GenerateDataKey", "kms:Decrypt"),
                    key.grantUseVia("ReadStream", EncryptionContext.kinesisStream("arn:k"), "kms:Decrypt"));
        });

        assertThat(Synthesized.policy(granted.resource("aws_iam_role_policy")).path("Statement"))
                .isEqualTo(Synthesized.parse("""
                        [{"Sid": "ReadThroughS3", "Effect": "Allow", "Action": ["kms:Decrypt"],
                          "Resource": ["${aws_kms_key.key_F64E54E4.arn}"],
                          "Condition": {"StringEquals": {"kms:ViaService": "s3.us-west-2.amazonaws.com"},
                                        "StringLike": {"kms:EncryptionContext:aws:s3:arn": ["arn:b", "arn:b/*"]}}},
                         {"Sid": "WriteLogs", "Effect": "Allow", "Action": ["kms:GenerateDataKey", "kms:Decrypt"],
                          "Resource": ["${aws_kms_key.key_F64E54E4.arn}"],
                          "Condition": {"StringEquals": {"kms:ViaService": "logs.us-west-2.amazonaws.com"},
                                        "ArnEquals": {"kms:EncryptionContext:aws:logs:arn": "arn:g"}}},
                         {"Sid": "ReadStream", "Effect": "Allow", "Action": ["kms:Decrypt"],
                          "Resource": ["${aws_kms_key.key_F64E54E4.arn}"],
                          "Condition": {"StringEquals": {"kms:ViaService": "kinesis.us-west-2.amazonaws.com",
                                                         "kms:EncryptionContext:aws:kinesis:arn": "arn:k"}}}]
                        """));
    }

    @Test
    void onlyRetainAndProtectMakesTerraformRefuseToDeleteTheKeyAndItsAlias() {
        for (RemovalPolicy removal : RemovalPolicy.values()) {
            Synthesized protectedKey = TestApps.synthConstruct(s -> new EncryptionKey(
                    s,
                    "key",
                    EncryptionKeyProps.builder()
                            .alias("alias/x")
                            .description("x")
                            .accountId("210987654321")
                            .region("us-west-2")
                            .removal(removal)
                            .build()));

            assertThat(List.of(protectedKey.resource("aws_kms_key"), protectedKey.resource("aws_kms_alias")))
                    .as(removal.name())
                    .allSatisfy(resource -> assertThat(resource.path("lifecycle")
                                    .path("prevent_destroy")
                                    .asBoolean())
                            .isEqualTo(removal == RemovalPolicy.RETAIN_AND_PROTECT));
        }
    }

    @Test
    void leftOutOptionsTakeTheirDocumentedDefaults() {
        EncryptionKeyProps props = EncryptionKeyProps.builder()
                .alias("alias/x")
                .description("x")
                .accountId("210987654321")
                .region("us-west-2")
                .build();

        assertThat(props.deletionWindowDays()).isEqualTo(30);
        assertThat(props.logGroupNames()).isEmpty();
        assertThat(props.alarmTopic()).isEmpty();
        assertThat(props.removal()).isEqualTo(RemovalPolicy.RETAIN);
    }

    @Test
    void twoKeysLiveInOneStack() {
        Synthesized two = TestApps.synthConstruct(s -> {
            new EncryptionKey(s, "first", PROPS);
            new EncryptionKey(
                    s,
                    "second",
                    EncryptionKeyProps.builder()
                            .alias("alias/orders-dev-2")
                            .description("2")
                            .accountId("210987654321")
                            .region("us-west-2")
                            .build());
        });

        assertThat(two.resources("aws_kms_alias"))
                .extracting(a -> a.path("name").asText())
                .containsExactlyInAnyOrder("alias/orders-dev", "alias/orders-dev-2");
        assertThat(two.resources("aws_kms_key")).hasSize(2);
    }

    private JsonNode statement(String sid) {
        for (JsonNode statement : policy.path("Statement")) {
            if (statement.path("Sid").asText().equals(sid)) {
                return statement;
            }
        }
        throw new AssertionError("no statement " + sid + " in " + policy);
    }
}
