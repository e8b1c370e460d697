package dev.ddbchanges.app.ci;

import dev.ddbchanges.app.config.CiNames;
import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code cdktf deploy} and {@code destroy} of one environment (or of every preview) need. Each service's actions
 * are limited to the environment's names; roles only ever with the permissions boundary, which no deploy can remove or
 * change, nor touch the CI identities themselves.
 */
final class DeployPolicy {
    private DeployPolicy() {}

    static List<PolicyStatement> of(CiScope scope) {
        String boundary = scope.boundaryArn();
        String[] roles = {scope.role(scope.prefix() + "-*")};
        List<PolicyStatement> statements = new ArrayList<>(StateAccess.forDeploy(scope));
        List<String> buckets = new ArrayList<>(scope.buckets());
        buckets.addAll(scope.bucketObjects());
        statements.addAll(List.of(
                PolicyStatement.allow("ManageBuckets")
                        .withActions("s3:*")
                        .withResources(buckets.toArray(String[]::new)),
                PolicyStatement.allow("ManageTable")
                        .withActions("dynamodb:*")
                        .withResources(
                                scope.arn("dynamodb", "table/" + scope.prefix() + "-*"),
                                scope.arn("dynamodb", "table/" + scope.prefix() + "-*/*")),
                PolicyStatement.allow("ManageStreams")
                        .withActions("kinesis:*", "firehose:*")
                        .withResources(
                                scope.arn("kinesis", "stream/" + scope.prefix() + "-*"),
                                scope.arn("firehose", "deliverystream/" + scope.prefix() + "-*")),
                PolicyStatement.allow("ManageFunction")
                        .withActions("lambda:*")
                        .withResources(
                                scope.arn("lambda", "function:" + scope.prefix() + "-*"),
                                scope.arn("lambda", "function:" + scope.prefix() + "-*:*")),
                PolicyStatement.allow("ManageLogs")
                        .withActions("logs:*")
                        .withResources(scope.logGroups().stream()
                                .flatMap(group -> java.util.stream.Stream.of(group, group + ":*"))
                                .toArray(String[]::new)),
                PolicyStatement.allow("ManageMonitoring")
                        .withActions("cloudwatch:*", "sns:*")
                        .withResources(
                                scope.arn("cloudwatch", "alarm:" + scope.prefix() + "-*"),
                                scope.arn("sns", scope.prefix() + "-*")),
                PolicyStatement.allow("ManageCatalog")
                        .withActions("glue:*", "athena:*")
                        .withResources(concat(scope.glue(), scope.arn("athena", "workgroup/" + scope.prefix() + "-*"))),
                PolicyStatement.allow("ManageRefresh")
                        .withActions("states:*", "scheduler:*")
                        .withResources(
                                scope.arn("states", "stateMachine:" + scope.prefix() + "-*"),
                                scope.arn("scheduler", "schedule/default/" + scope.prefix() + "-*")),
                ConfigurationReads.validateDefinitions(),
                scope.onOwnKeys(PolicyStatement.allow("UseAndManageKey")
                        .withActions(
                                "kms:CreateGrant",
                                "kms:Encrypt",
                                "kms:Decrypt",
                                "kms:GenerateDataKey*",
                                "kms:DescribeKey",
                                "kms:GetKeyPolicy",
                                "kms:GetKeyRotationStatus",
                                "kms:ListResourceTags",
                                "kms:PutKeyPolicy",
                                "kms:EnableKeyRotation",
                                "kms:UpdateKeyDescription",
                                "kms:ScheduleKeyDeletion",
                                "kms:CreateAlias",
                                "kms:DeleteAlias",
                                "kms:UpdateAlias")),
                scope.onOwnKeys(PolicyStatement.allow("TagOwnKey").withActions("kms:TagResource", "kms:UntagResource")),
                PolicyStatement.allow("NameKey")
                        .withActions("kms:CreateAlias", "kms:DeleteAlias", "kms:UpdateAlias")
                        .withResources(scope.arn("kms", "alias/" + scope.prefix())),
                // CreateKey names no resource; the tags the provider sends say whose key it is. Tagging at creation
                // needs kms:TagResource on every key: the Denies below keep it off keys tagged as someone else's.
                PolicyStatement.allow("CreateKey")
                        .withActions("kms:CreateKey", "kms:TagResource")
                        .withResources("*")
                        .withCondition("StringLike", "aws:RequestTag/environment", scope.environment())
                        .withCondition("StringEquals", "aws:RequestTag/project", scope.project()),
                // Listing aliases and Glue security configurations name no resource in IAM.
                PolicyStatement.allow("Unscopable")
                        .withActions(
                                "kms:ListAliases",
                                "glue:CreateSecurityConfiguration",
                                "glue:GetSecurityConfiguration",
                                "glue:DeleteSecurityConfiguration",
                                "logs:DescribeLogGroups")
                        .withResources("*"),
                PolicyStatement.allow("RolesOnlyWithBoundary")
                        .withActions(
                                "iam:CreateRole",
                                "iam:PutRolePolicy",
                                "iam:DeleteRolePolicy",
                                "iam:AttachRolePolicy",
                                "iam:DetachRolePolicy",
                                "iam:PutRolePermissionsBoundary")
                        .withResources(roles)
                        .withCondition("StringEquals", "iam:PermissionsBoundary", boundary),
                PolicyStatement.allow("ManageRoles")
                        .withActions(
                                "iam:GetRole",
                                "iam:GetRolePolicy",
                                "iam:ListRolePolicies",
                                "iam:ListAttachedRolePolicies",
                                "iam:ListInstanceProfilesForRole",
                                "iam:ListRoleTags",
                                "iam:TagRole",
                                "iam:UntagRole",
                                "iam:UpdateRole",
                                "iam:UpdateRoleDescription",
                                "iam:UpdateAssumeRolePolicy",
                                "iam:DeleteRole")
                        .withResources(roles),
                PolicyStatement.allow("PassRolesToPipeline")
                        .withActions("iam:PassRole")
                        .withResources(roles)
                        .withCondition(
                                "StringEquals",
                                "iam:PassedToService",
                                List.of(
                                        "lambda.amazonaws.com",
                                        "firehose.amazonaws.com",
                                        "glue.amazonaws.com",
                                        "states.amazonaws.com",
                                        "scheduler.amazonaws.com"))));
        statements.addAll(denies(scope));
        return statements;
    }

    static List<PolicyStatement> denies(CiScope scope) {
        String account = scope.accountId();
        return List.of(
                PolicyStatement.deny("KeepBoundary")
                        .withActions("iam:DeleteRolePermissionsBoundary")
                        .withResources("*"),
                PolicyStatement.deny("NoBoundaryChange")
                        .withActions(
                                "iam:CreatePolicyVersion",
                                "iam:DeletePolicy",
                                "iam:DeletePolicyVersion",
                                "iam:SetDefaultPolicyVersion",
                                "iam:TagPolicy",
                                "iam:UntagPolicy")
                        .withResources(CiNames.policyArn(account, CiNames.boundaryPolicy(scope.project(), "*"))),
                PolicyStatement.deny("NoTaggingOthersKeys")
                        .withActions("kms:TagResource", "kms:UntagResource")
                        .withResources("*")
                        .withCondition("Null", "aws:ResourceTag/environment", "false")
                        .withCondition("StringNotLike", "aws:ResourceTag/environment", scope.environment()),
                PolicyStatement.deny("NoTaggingOtherProjectsKeys")
                        .withActions("kms:TagResource", "kms:UntagResource")
                        .withResources("*")
                        .withCondition("Null", "aws:ResourceTag/project", "false")
                        .withCondition("StringNotEquals", "aws:ResourceTag/project", scope.project()),
                // Nor may a key be handed to another environment, whose roles would then use it.
                PolicyStatement.deny("NoTagsOfOthers")
                        .withActions("kms:TagResource", "kms:CreateKey")
                        .withResources("*")
                        .withCondition("Null", "aws:RequestTag/environment", "false")
                        .withCondition("StringNotLike", "aws:RequestTag/environment", scope.environment()),
                PolicyStatement.deny("NoCiIdentityChange")
                        .withActions("iam:*")
                        .withResources(
                                scope.role(scope.project() + "-ci-*"),
                                "arn:aws:iam::" + account + ":oidc-provider/" + GithubOidcProvider.HOST));
    }

    private static String[] concat(List<String> values, String more) {
        List<String> all = new ArrayList<>(values);
        all.add(more);
        return all.toArray(String[]::new);
    }
}
