package dev.ddbchanges.app.stack;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.hashicorp.cdktf.providers.aws.iam_policy_attachment.IamPolicyAttachment;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import com.hashicorp.cdktf.providers.aws.lambda_event_source_mapping.LambdaEventSourceMapping;
import com.hashicorp.cdktf.providers.aws.lambda_function_event_invoke_config.LambdaFunctionEventInvokeConfig;
import com.hashicorp.cdktf.providers.aws.lambda_permission.LambdaPermission;
import dev.ddbchanges.app.SecurityRulesDocTest;
import dev.ddbchanges.app.ShippedStacks;
import dev.ddbchanges.app.Synthesized;
import dev.ddbchanges.app.config.EnvironmentSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/security-rules.md (Checkov and Security Hub IDs), held over every resource of every synthesized
 * stack, so a resource added later is held to them too. Each test is named after its rule's IDs, as that page's table
 * lists them (SecurityRulesDocTest keeps the two in step).
 */
class PolicyRulesTest {
    /**
     * The only statements that may Allow a whole service's actions: in a key policy, the account root administers
     * the key (AWS's default; without it the key could become unmanageable).
     */
    private static final Set<String> SERVICE_WILDCARD_ALLOWED = Set.of("aws_kms_key/AccountAdministersKey");
    /**
     * Resource "*" in a key policy means the key itself; elsewhere only for actions without resource-level permission.
     */
    private static final Map<String, Set<String>> RESOURCE_STAR_ALLOWED = Map.of(
            "aws_kms_key/AccountAdministersKey", Set.of("kms:*"),
            "aws_kms_key/CloudWatchLogsEncryptsThisEnvironmentsLogGroups",
                    Set.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"),
            "aws_kms_key/CloudWatchAlarmsPublishToEncryptedTopic", Set.of("kms:Decrypt", "kms:GenerateDataKey*"),
            "aws_kms_key/S3ServerAccessLogsEncryptWithKey", Set.of("kms:GenerateDataKey", "kms:Decrypt"),
            // glue:GetSecurityConfiguration supports no resource-level permission.
            "aws_iam_role_policy/ReadSecurityConfiguration", Set.of("glue:GetSecurityConfiguration"),
            // Nor do X-Ray's write actions.
            "aws_iam_role_policy/WriteTraces", Set.of("xray:PutTraceSegments", "xray:PutTelemetryRecords"));

    private static final Set<String> POLICY_ATTRIBUTES = Set.of("policy", "assume_role_policy");

    private final Map<String, Synthesized> environments = ShippedStacks.all();
    private final Map<String, Synthesized> stateBootstraps = ShippedStacks.stateBootstraps();
    /** The environments and the state-bootstrap stacks. */
    private final Map<String, Synthesized> stacks = ShippedStacks.everyStack();

    @Test
    void CKV_AWS_7_everyKeyRotates() {
        inEveryStack(
                "aws_kms_key",
                (stack, key) ->
                        assertThat(key.path("enable_key_rotation").asBoolean()).isTrue());
    }

    @Test
    void CKV2_AWS_64_everyKeyHasAnExplicitPolicy() {
        inEveryStack(
                "aws_kms_key",
                (stack, key) ->
                        assertThat(Synthesized.policy(key).path("Statement")).isNotEmpty());
    }

    @Test
    void KMS_3_theDeletionWindowIsSetAndThirtyDaysInProduction() {
        inEveryStack(
                "aws_kms_key",
                (stack, key) ->
                        assertThat(key.path("deletion_window_in_days").asInt()).isBetween(7, 30));
        assertThat(stacks.get("prod")
                        .resource("aws_kms_key")
                        .path("deletion_window_in_days")
                        .asInt())
                .isEqualTo(30);
        stateBootstraps.forEach((name, bootstrap) -> assertThat(bootstrap
                        .resource("aws_kms_key")
                        .path("deletion_window_in_days")
                        .asInt())
                .as("the state key of %s", name)
                .isEqualTo(30));
    }

    @Test
    void CKV_AWS_28_DynamoDB_2_everyTableHasPointInTimeRecovery() {
        inEveryEnvironment(
                "aws_dynamodb_table",
                (stack, table) -> assertThat(table.path("point_in_time_recovery")
                                .path("enabled")
                                .asBoolean())
                        .isTrue());
    }

    @Test
    void CKV_AWS_119_everyTableIsEncryptedWithTheCustomerKey() {
        inEveryEnvironment("aws_dynamodb_table", (stack, table) -> {
            assertThat(table.path("server_side_encryption").path("enabled").asBoolean())
                    .isTrue();
            assertThat(table.path("server_side_encryption").path("kms_key_arn").asText())
                    .isEqualTo(keyArn(stack));
        });
    }

    @Test
    void DynamoDB_6_productionTablesAreProtectedFromDeletion() {
        assertThat(stacks.get("prod")
                        .resource("aws_dynamodb_table")
                        .path("deletion_protection_enabled")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void CKV_AWS_43_CKV_AWS_185_everyStreamIsEncryptedWithTheCustomerKey() {
        inEveryEnvironment("aws_kinesis_stream", (stack, stream) -> {
            assertThat(stream.path("encryption_type").asText()).isEqualTo("KMS");
            assertThat(stream.path("kms_key_id").asText()).isEqualTo(keyArn(stack));
        });
    }

    @Test
    void CKV_AWS_158_CKV_AWS_66_everyLogGroupIsEncryptedAndExpires() {
        inEveryEnvironment("aws_cloudwatch_log_group", (stack, group) -> {
            assertThat(group.path("kms_key_id").asText()).isEqualTo(keyArn(stack));
            assertThat(group.path("retention_in_days").asInt()).isPositive();
        });
    }

    @Test
    void CKV_AWS_26_everyTopicIsEncryptedWithTheCustomerKey() {
        inEveryEnvironment(
                "aws_sns_topic",
                (stack, topic) ->
                        assertThat(topic.path("kms_master_key_id").asText()).isEqualTo(keyArn(stack)));
    }

    /**
     * Without it, a log group encrypted with the key fails to create. The state-bootstrap stack has no log group, so
     * only the environments are asked.
     */
    @Test
    void theKeyLetsCloudWatchLogsEncryptEveryLogGroupOfTheStack() {
        environments.forEach((environment, stack) -> {
            JsonNode provider = stack.provider();
            List<String> allowed = new ArrayList<>();
            Synthesized.policy(stack.resource("aws_kms_key"))
                    .path("Statement")
                    .forEach(statement -> statement
                            .path("Condition")
                            .path("ArnEquals")
                            .path("kms:EncryptionContext:aws:logs:arn")
                            .forEach(arn -> allowed.add(
                                    arn.asText().substring(arn.asText().indexOf(":log-group:") + 11))));
            List<String> groups = stack.resources("aws_cloudwatch_log_group").stream()
                    .map(group -> group.path("name").asText())
                    .toList();

            assertThat(groups).as(environment + " log groups").isNotEmpty();
            assertThat(allowed)
                    .as(environment + " in " + provider.path("region").asText())
                    .containsAll(groups);
        });
    }

    @Test
    void CKV_AWS_60_CKV_AWS_61_everyRoleTrustsExactlyOneServicePrincipal() {
        inEveryEnvironment(
                "aws_iam_role",
                (stack, role) -> assertThat(Synthesized.parse(
                                        role.path("assume_role_policy").asText())
                                .path("Statement"))
                        .singleElement()
                        .satisfies(statement -> {
                            assertThat(statement.path("Effect").asText()).isEqualTo("Allow");
                            assertThat(statement.path("Principal").properties())
                                    .extracting(Map.Entry::getKey)
                                    .containsExactly("Service");
                            assertThat(statement
                                            .path("Principal")
                                            .path("Service")
                                            .isTextual())
                                    .isTrue();
                            assertThat(Synthesized.texts(statement.path("Action")))
                                    .containsExactly("sts:AssumeRole");
                        }));
    }

    @Test
    void CKV_AWS_195_everyCrawlerRunsWithASecurityConfiguration() {
        inEveryEnvironment(
                "aws_glue_crawler",
                (stack, crawler) -> assertThat(
                                crawler.path("security_configuration").asText())
                        .isEqualTo(stack.reference(
                                "aws_glue_security_configuration",
                                stack.resource("aws_glue_security_configuration"),
                                "name")));
    }

    @Test
    void CKV_AWS_99_everyGlueSecurityConfigurationEncryptsEverythingWithTheCustomerKey() {
        inEveryEnvironment("aws_glue_security_configuration", (stack, configuration) -> {
            JsonNode encryption = configuration.path("encryption_configuration");
            assertThat(encryption
                            .path("cloudwatch_encryption")
                            .path("cloudwatch_encryption_mode")
                            .asText())
                    .isEqualTo("SSE-KMS");
            assertThat(encryption
                            .path("job_bookmarks_encryption")
                            .path("job_bookmarks_encryption_mode")
                            .asText())
                    .isEqualTo("CSE-KMS");
            assertThat(encryption
                            .path("s3_encryption")
                            .path("s3_encryption_mode")
                            .asText())
                    .isEqualTo("SSE-KMS");
            assertThat(List.of("cloudwatch_encryption", "job_bookmarks_encryption", "s3_encryption"))
                    .allSatisfy(part -> assertThat(
                                    encryption.path(part).path("kms_key_arn").asText())
                            .isEqualTo(keyArn(stack)));
        });
    }

    @Test
    void CKV_AWS_159_Athena_1_everyWorkgroupEncryptsResultsWithTheCustomerKey() {
        inEveryEnvironment("aws_athena_workgroup", (stack, workgroup) -> {
            JsonNode encryption =
                    workgroup.path("configuration").path("result_configuration").path("encryption_configuration");
            assertThat(encryption.path("encryption_option").asText()).isEqualTo("SSE_KMS");
            assertThat(encryption.path("kms_key_arn").asText()).isEqualTo(keyArn(stack));
        });
    }

    @Test
    void CKV_AWS_82_everyWorkgroupEnforcesItsConfiguration() {
        inEveryEnvironment(
                "aws_athena_workgroup",
                (stack, workgroup) -> assertThat(workgroup
                                .path("configuration")
                                .path("enforce_workgroup_configuration")
                                .asBoolean())
                        .isTrue());
    }

    @Test
    void CKV_AWS_50_everyFunctionIsTracedWithXRay() {
        inEveryEnvironment("aws_lambda_function", hasText("/tracing_config/mode", "Active"));
    }

    /**
     * Skipped in .checkov.yaml because the rule asks it of every bucket; its production half is held here: the data
     * bucket logs every request where accessLogging is on (production's default, and staging sets it), and no other
     * bucket logs (the log bucket itself, query results, state buckets, for the reasons docs/security-rules.md gives).
     */
    @Test
    void CKV_AWS_18_productionsDataBucketLogsEveryRequest() {
        List<String> logged = ShippedStacks.environments().stream()
                .filter(EnvironmentSettings::accessLogging)
                .map(EnvironmentSettings::name)
                .toList();
        assertThat(logged).containsExactlyInAnyOrder("prod", ShippedStacks.EVERY_SETTING);
        inEveryStack("aws_s3_bucket", (stack, bucket) -> {
            String id = stack.reference("aws_s3_bucket", bucket, "id");
            boolean productionData = logged.stream().anyMatch(name -> stacks.get(name) == stack)
                    && bucket.path("bucket").asText().contains("-data-");
            assertThat(stack.resources("aws_s3_bucket_logging"))
                    .as(bucket.path("bucket").asText())
                    .filteredOn(logging -> logging.path("bucket").asText().equals(id))
                    .hasSize(productionData ? 1 : 0);
        });
        assertThat(stacks.get("prod").resources("aws_s3_bucket_logging")).hasSize(1);
    }

    /** Skipped in .checkov.yaml for the test environments' two weeks; production keeps every log group a year. */
    @Test
    void CKV_AWS_338_productionKeepsEveryLogGroupAYear() {
        ShippedStacks.forEachResource(
                Map.of("prod", stacks.get("prod")),
                "aws_cloudwatch_log_group",
                (stack, group) ->
                        assertThat(group.path("retention_in_days").asInt()).isGreaterThanOrEqualTo(365));
    }

    @Test
    void CKV_AWS_173_everyFunctionEncryptsItsEnvironmentWithTheCustomerKey() {
        inEveryEnvironment(
                "aws_lambda_function",
                (stack, function) ->
                        assertThat(function.path("kms_key_arn").asText()).isEqualTo(keyArn(stack)));
    }

    /** Unset by default, for the reason docs/security-rules.md gives; set where the settings ask for it. */
    @Test
    void CKV_AWS_115_reservedConcurrencyIsASettingWithAWrittenReasonWhenUnset() {
        assertThat(stacks.get(ShippedStacks.EVERY_SETTING)
                        .resource("aws_lambda_function")
                        .path("reserved_concurrent_executions")
                        .asInt())
                .isEqualTo(20);
        assertThat(stacks.get("dev").resource("aws_lambda_function").has("reserved_concurrent_executions"))
                .isFalse();
        assertThat(SecurityRulesDocTest.rule("CKV_AWS_115")).contains("quota of 10 rejects any reservation");
    }

    /** Firehose invokes the converter synchronously: nothing asynchronous could land in a dead-letter queue. */
    @Test
    void CKV_AWS_116_notApplicableNothingInvokesTheConverterAsynchronously() {
        // An absence proves nothing about a misspelled type: these are the provider's own names for them.
        assertThat(List.of(
                        LambdaEventSourceMapping.TF_RESOURCE_TYPE,
                        LambdaPermission.TF_RESOURCE_TYPE,
                        LambdaFunctionEventInvokeConfig.TF_RESOURCE_TYPE))
                .containsExactly(
                        "aws_lambda_event_source_mapping",
                        "aws_lambda_permission",
                        "aws_lambda_function_event_invoke_config");
        stacks.values().forEach(stack -> {
            assertThat(stack.resources("aws_lambda_event_source_mapping")).isEmpty();
            assertThat(stack.resources("aws_lambda_permission")).isEmpty();
            assertThat(stack.resources("aws_lambda_function_event_invoke_config"))
                    .isEmpty();
        });
        assertThat(SecurityRulesDocTest.rule("CKV_AWS_116")).contains("not applicable");
    }

    /** The converter reaches no private resource; a VPC would only add NAT cost and cold-start latency. */
    @Test
    void CKV_AWS_117_notApplicableTheConverterReachesNoPrivateResource() {
        inEveryEnvironment(
                "aws_lambda_function",
                (stack, function) -> assertThat(function.has("vpc_config")).isFalse());
        assertThat(SecurityRulesDocTest.rule("CKV_AWS_117")).contains("not applicable");
    }

    /**
     * Every use of the key granted to a role goes through one named service of the stack's region (StringEquals on
     * kms:ViaService) and names the data it protects (a non-empty encryption context).
     */
    @Test
    void IAM_everyKmsGrantToARoleIsConditioned() {
        List<String> checked = new ArrayList<>();
        inEveryEnvironment(
                "aws_iam_role_policy",
                (stack, policy) -> Synthesized.policy(policy).path("Statement").forEach(statement -> {
                    if (Synthesized.texts(statement.path("Action")).stream().anyMatch(a -> a.startsWith("kms:"))) {
                        checked.add(statement.path("Sid").asText());
                        String region = stack.provider().path("region").asText();
                        JsonNode condition = statement.path("Condition");
                        assertThat(condition
                                        .path("StringEquals")
                                        .path("kms:ViaService")
                                        .asText())
                                .as(statement.toString())
                                .matches("[a-z0-9]+\\." + region + "\\.amazonaws\\.com");
                        assertThat(condition.toString())
                                .as(statement.toString())
                                .containsPattern("\"kms:EncryptionContext:aws:([a-z0-9]+:arn|lambda:FunctionArn"
                                        + "|states:stateMachineArn|scheduler:schedule-arn)\":"
                                        + "(\\[)?\"(\\$\\{|arn:aws:[a-z]+:" + region + ":)");
                    }
                }));
        assertThat(checked)
                .as("the KMS grants the filter found")
                .contains(
                        "DecryptChangeStreamRecords",
                        "EncryptOwnLogs",
                        "DecryptObjectsThroughS3",
                        "EncryptObjectsThroughS3",
                        "DecryptOwnEnvironment",
                        "EncryptOwnObjectsThroughS3",
                        "EncryptOwnHistory",
                        "DecryptOwnSchedules",
                        "EncryptRunInput");
    }

    /** Only bucket-level actions name a bucket; every other S3 action reaches the prefixes a role works under. */
    @Test
    void IAM_s3ObjectAccessIsScopedToPrefixes() {
        Set<String> bucketLevel = Set.of("s3:ListBucket", "s3:GetBucketLocation", "s3:ListBucketMultipartUploads");
        List<String> checked = new ArrayList<>();
        inEveryEnvironment(
                "aws_iam_role_policy",
                (stack, policy) -> Synthesized.policy(policy).path("Statement").forEach(statement -> {
                    List<String> s3 = Synthesized.texts(statement.path("Action")).stream()
                            .filter(action -> action.startsWith("s3:"))
                            .toList();
                    if (s3.isEmpty()) {
                        return;
                    }
                    checked.add(statement.path("Sid").asText());
                    String shape = bucketLevel.containsAll(s3)
                            ? "\\$\\{aws_s3_bucket\\.[^}]+\\.arn\\}"
                            : "\\$\\{aws_s3_bucket\\.[^}]+\\.arn\\}/[a-z_-]+/\\*";
                    assertThat(Synthesized.texts(statement.path("Resource")))
                            .as(statement.toString())
                            .allSatisfy(resource -> assertThat(resource).matches(shape));
                }));
        assertThat(checked)
                .as("the S3 grants the filter found")
                .contains(
                        "ListUnderPrefix",
                        "LocateBucket",
                        "ReadUnderPrefix",
                        "WriteUnderPrefixes",
                        "OwnObjectsUnderPrefix");
    }

    @Test
    void IAM_firehoseMayOnlyActForThisAccount() {
        environments.forEach((environment, stack) -> {
            List<JsonNode> firehoseTrusts = stack.resources("aws_iam_role").stream()
                    .map(role -> Synthesized.parse(
                                    role.path("assume_role_policy").asText())
                            .path("Statement")
                            .get(0))
                    .filter(trust ->
                            trust.path("Principal").path("Service").asText().equals("firehose.amazonaws.com"))
                    .toList();
            String account = stack.provider().has("allowed_account_ids")
                    ? stack.provider().path("allowed_account_ids").get(0).asText()
                    : "${data.aws_caller_identity.current-account.account_id}";

            assertThat(firehoseTrusts)
                    .as(environment)
                    .singleElement()
                    .satisfies(trust -> assertThat(trust.path("Condition")
                                    .path("StringEquals")
                                    .path("sts:ExternalId")
                                    .asText())
                            .isEqualTo(account));
        });
    }

    /** Not even a conditioned Allow: every statement for everyone is a Deny of requests made without TLS. */
    @Test
    void CKV_AWS_33_everyoneIsOnlyDeniedRequestsWithoutTls() {
        Set<String> where = new TreeSet<>();
        forEachStatement((place, statement) -> {
            if (isEveryone(statement.path("Principal"))) {
                where.add(place.replaceFirst("^\\S+ ", ""));
                assertThat(statement.path("Effect").asText()).as(place).isEqualTo("Deny");
                assertThat(statement.path("Condition"))
                        .as(place)
                        .isEqualTo(Synthesized.parse("{\"Bool\": {\"aws:SecureTransport\": \"false\"}}"));
            }
        });

        assertThat(where)
                .as("the statements for everyone, of the buckets and the alarm topic")
                .containsExactly(
                        "aws_s3_bucket_policy/DenyRequestsWithoutTls", "aws_sns_topic_policy/DenyPublishWithoutTls");
    }

    /**
     * Every permission is an inline statement that a role's test asserts exactly; a managed policy would grant what
     * no test here reads.
     */
    @Test
    void IAM_noRoleHasAManagedPolicyAttached() {
        // An absence proves nothing about a misspelled type: these are the provider's own names for them.
        assertThat(List.of(IamRolePolicyAttachment.TF_RESOURCE_TYPE, IamPolicyAttachment.TF_RESOURCE_TYPE))
                .containsExactly("aws_iam_role_policy_attachment", "aws_iam_policy_attachment");
        stacks.forEach((name, stack) -> {
            assertThat(stack.resources("aws_iam_role_policy_attachment"))
                    .as(name)
                    .isEmpty();
            assertThat(stack.resources("aws_iam_policy_attachment")).as(name).isEmpty();
        });
        inEveryEnvironment(
                "aws_iam_role",
                (stack, role) -> assertThat(role.has("managed_policy_arns"))
                        .as(role.path("name").asText())
                        .isFalse());
    }

    @Test
    void IAM_everyRoleHasThePipelineBoundary() {
        // Only automated environments and their previews: a hand-deployed one has no CI-access stack to create it.
        Map<String, String> boundaries = Map.of(
                "dev",
                "arn:aws:iam::111111111111:policy/ddb-changes-dev-boundary",
                "prod",
                "arn:aws:iam::222222222222:policy/ddb-changes-prod-boundary",
                ShippedStacks.EPHEMERAL,
                "arn:aws:iam::111111111111:policy/ddb-changes-pr-boundary");
        assertThat(environments.keySet()).containsAll(boundaries.keySet());
        stacks.forEach((name, stack) -> {
            List<JsonNode> roles = stack.resources("aws_iam_role");
            // The refresh machine's two roles where the current-state table is on.
            int pipelineRoles = stack.resources("aws_sfn_state_machine").isEmpty() ? 3 : 5;
            assertThat(roles).as(name).hasSize(environments.containsKey(name) ? pipelineRoles : 0);
            roles.forEach(role -> assertThat(role.path("permissions_boundary").isMissingNode())
                    .as("%s %s has no boundary", name, role.path("name").asText())
                    .isEqualTo(!boundaries.containsKey(name)));
            roles.stream()
                    .filter(role -> boundaries.containsKey(name))
                    .forEach(
                            role -> assertThat(role.path("permissions_boundary").asText())
                                    .as("%s %s", name, role.path("name").asText())
                                    .isEqualTo(boundaries.get(name)));
        });
    }

    /**
     * Skipped in .checkov.yaml: what Checkov asks logs and traces for, a Standard workflow's own event history already
     * holds, kept 90 days and encrypted with the environment's key.
     */
    @Test
    void CKV_AWS_284_CKV_AWS_285_theRefreshMachineIsAStandardWorkflowWithItsOwnHistory() {
        // Every environment with the current-state table on: all but staging (settings/every-setting.json).
        Map<String, Synthesized> withTable = new java.util.LinkedHashMap<>(environments);
        withTable.remove(ShippedStacks.EVERY_SETTING);
        ShippedStacks.forEachResource(withTable, "aws_sfn_state_machine", (stack, machine) -> {
            assertThat(machine.path("type").asText()).isEqualTo("STANDARD");
            assertThat(machine.path("encryption_configuration")
                            .path("kms_key_id")
                            .asText())
                    .isEqualTo(keyArn(stack));
        });
    }

    @Test
    void CKV_AWS_19_CKV_AWS_145_everyBucketIsEncryptedWithTheCustomerKey() {
        forEachBucketPart("aws_s3_bucket_server_side_encryption_configuration", (stack, sse) -> {
            JsonNode byDefault = sse.path("rule").get(0).path("apply_server_side_encryption_by_default");
            assertThat(byDefault.path("sse_algorithm").asText()).isEqualTo("aws:kms");
            assertThat(byDefault.path("kms_master_key_id").asText())
                    .isEqualTo(stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn"));
        });
    }

    @Test
    void CKV2_AWS_6_CKV_AWS_53_to_56_everyBucketBlocksPublicAccessAllFourWays() {
        forEachBucketPart(
                "aws_s3_bucket_public_access_block",
                (stack, block) -> assertThat(List.of(
                                "block_public_acls",
                                "block_public_policy",
                                "ignore_public_acls",
                                "restrict_public_buckets"))
                        .allSatisfy(flag -> assertThat(block.path(flag).asBoolean())
                                .as(flag)
                                .isTrue()));
    }

    @Test
    void CKV_AWS_21_everyBucketIsVersioned() {
        forEachBucketPart("aws_s3_bucket_versioning", hasText("/versioning_configuration/status", "Enabled"));
    }

    @Test
    void CKV2_AWS_61_CKV_AWS_300_everyBucketHasALifecycleThatAbortsIncompleteUploads() {
        forEachBucketPart("aws_s3_bucket_lifecycle_configuration", (stack, lifecycle) -> {
            List<JsonNode> aborts = new ArrayList<>();
            lifecycle.path("rule").forEach(rule -> {
                if (rule.has("abort_incomplete_multipart_upload")) {
                    aborts.add(rule);
                }
            });
            assertThat(aborts)
                    .singleElement()
                    .satisfies(rule -> assertThat(rule.path("status").asText()).isEqualTo("Enabled"));
        });
    }

    @Test
    void S3_5_everyBucketPolicyDeniesRequestsWithoutTls() {
        forEachBucketPart(
                "aws_s3_bucket_policy",
                (stack, policy) -> assertThat(Synthesized.policy(policy).path("Statement"))
                        .anySatisfy(statement -> {
                            assertThat(statement.path("Effect").asText()).isEqualTo("Deny");
                            assertThat(statement.path("Principal").asText()).isEqualTo("*");
                            assertThat(statement
                                            .path("Condition")
                                            .path("Bool")
                                            .path("aws:SecureTransport")
                                            .asText())
                                    .isEqualTo("false");
                        }));
    }

    @Test
    void CKV2_AWS_65_everyBucketEnforcesBucketOwnership() {
        forEachBucketPart("aws_s3_bucket_ownership_controls", hasText("/rule/object_ownership", "BucketOwnerEnforced"));
    }

    @Test
    void CKV_AWS_62_63_355_IAM_21_noAllowOfEveryActionNorOfAWholeServiceOutsideTheListedStatements() {
        forEachStatement((where, statement) -> {
            if (!statement.path("Effect").asText().equals("Allow")) {
                return;
            }
            for (JsonNode action : statement.path("Action")) {
                assertThat(action.asText()).as(where).isNotIn("*", "*:*");
                if (action.asText().endsWith(":*")) {
                    assertThat(where.split(" ")[1])
                            .as(where + " allows " + action.asText())
                            .isIn(SERVICE_WILDCARD_ALLOWED);
                }
            }
            for (JsonNode resource : statement.path("Resource")) {
                if (resource.asText().equals("*")) {
                    assertThat(RESOURCE_STAR_ALLOWED)
                            .as(where + " allows Resource *")
                            .containsKey(where.split(" ")[1]);
                    assertThat(Synthesized.texts(statement.path("Action")))
                            .as(where + " actions on Resource *")
                            .isSubsetOf(RESOURCE_STAR_ALLOWED.get(where.split(" ")[1]));
                }
            }
        });
    }

    @Test
    void theRulesAboveSeeEveryPolicyDocument() {
        List<String> seen = new ArrayList<>();
        forEachStatement((where, statement) -> seen.add(where));

        assertThat(seen)
                .contains(
                        "prod aws_kms_key/AccountAdministersKey",
                        "prod aws_kms_key/CloudWatchLogsEncryptsThisEnvironmentsLogGroups",
                        "prod aws_s3_bucket_policy/DenyRequestsWithoutTls",
                        "prod aws_iam_role/AssumeFirehose",
                        "prod aws_iam_role_policy/InvokeConverterAlias",
                        "prod aws_sns_topic_policy/CloudWatchAlarmsOfThisEnvironmentPublish");
        assertThat(seen)
                .contains(
                        "state-bootstrap-111111111111 aws_kms_key/AccountAdministersKey",
                        "state-bootstrap-111111111111 aws_s3_bucket_policy/DenyRequestsWithoutTls",
                        "state-bootstrap-222222222222 aws_kms_key/AccountAdministersKey",
                        "state-bootstrap-222222222222 aws_s3_bucket_policy/DenyRequestsWithoutTls");
        // Per environment: 3 key policy, 2 bucket policies, 2 topic policy, 3 trust policies and 18 statements in the
        // role policies (converter 3, delivery 7, crawler 8); prod and staging (accessLogging) also 1 key policy and 2
        // bucket policy statements for their access logs; the four with the current-state table on (all but staging)
        // 2 trust policies and 20 statements for the refresh machine (its role 17, the scheduler's 3). Each of the 3
        // state-bootstrap stacks (one bucket each): 1 key policy, 1 bucket policy.
        assertThat(seen).hasSize(28 * environments.size() + 2 * 3 + 22 * 4 + 2 * 3);
    }

    private static String keyArn(Synthesized stack) {
        return stack.reference("aws_kms_key", stack.resource("aws_kms_key"), "arn");
    }

    /** The attribute at this JSON pointer ("/rule/object_ownership") has this text. */
    private static ResourceCheck hasText(String pointer, String expected) {
        return (stack, resource) ->
                assertThat(resource.at(pointer).asText()).as(pointer).isEqualTo(expected);
    }

    private interface ResourceCheck {
        void check(Synthesized stack, JsonNode resource);
    }

    private interface StatementCheck {
        /** @param where "{@code <environment> <resource type>/<Sid>}" */
        void check(String where, JsonNode statement);
    }

    /** Every stack, the state-bootstrap one included, must have a resource of this type. */
    private void inEveryStack(String type, ResourceCheck check) {
        ShippedStacks.forEachResource(stacks, type, check::check);
    }

    /**
     * Every environment must have a resource of this type; the state-bootstrap stack, which holds only the state
     * buckets and their key, need not, but any it has is held to the rule too.
     */
    private void inEveryEnvironment(String type, ResourceCheck check) {
        ShippedStacks.forEachResource(environments, type, check::check);
        stateBootstraps
                .values()
                .forEach(bootstrap -> bootstrap.resources(type).forEach(resource -> check.check(bootstrap, resource)));
    }

    /** Every bucket must have exactly one resource of this type pointing at it. */
    private void forEachBucketPart(String partType, ResourceCheck check) {
        inEveryStack("aws_s3_bucket", (stack, bucket) -> {
            String id = stack.reference("aws_s3_bucket", bucket, "id");
            List<JsonNode> parts = stack.resources(partType).stream()
                    .filter(part -> part.path("bucket").asText().equals(id))
                    .toList();
            assertThat(parts).as(partType + " of " + id).hasSize(1);
            check.check(stack, parts.get(0));
        });
    }

    /** "*", {"AWS": "*"} or {"AWS": [..., "*"]}. */
    private static boolean isEveryone(JsonNode principal) {
        if (principal.isTextual()) {
            return principal.asText().equals("*");
        }
        JsonNode aws = principal.path("AWS");
        if (aws.isArray()) {
            for (JsonNode entry : aws) {
                if (entry.asText().equals("*")) {
                    return true;
                }
            }
            return false;
        }
        return aws.asText().equals("*");
    }

    /**
     * Every statement of every policy document in every stack: any {@code policy} or {@code assume_role_policy}
     * attribute, however deeply nested (inline policies), of any resource.
     */
    private void forEachStatement(StatementCheck check) {
        stacks.forEach((environment, stack) -> stack.json()
                .path("resource")
                .properties()
                .forEach(type -> type.getValue()
                        .forEach(resource -> policies(resource)
                                .forEach(policy -> Synthesized.parse(policy)
                                        .path("Statement")
                                        .forEach(statement -> check.check(
                                                environment + " " + type.getKey() + "/"
                                                        + statement.path("Sid").asText(),
                                                statement))))));
    }

    private static List<String> policies(JsonNode node) {
        List<String> found = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(child -> found.addAll(policies(child)));
        }
        node.properties().forEach(field -> {
            if (POLICY_ATTRIBUTES.contains(field.getKey()) && field.getValue().isTextual()) {
                found.add(field.getValue().asText());
            } else {
                found.addAll(policies(field.getValue()));
            }
        });
        return found;
    }
}
