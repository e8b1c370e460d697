package dev.ddbchanges.app.ci;

import com.hashicorp.cdktf.TerraformOutput;
import com.hashicorp.cdktf.TerraformOutputConfig;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import dev.ddbchanges.app.iam.PolicyDocument;
import dev.ddbchanges.app.iam.PolicyStatement;
import java.util.List;
import software.constructs.Construct;

/**
 * A role one GitHub workflow job assumes with its OIDC token. IAM can condition on the token's {@code aud} and
 * {@code sub} only (it exposes no other GitHub claim, such as {@code job_workflow_ref}), so the subjects pin the
 * repository and the GitHub environment, whose protection rules say which branches and reviewers may use it.
 */
public final class CiRole extends Construct {
    /**
     * @param output   the output that carries the role's ARN, named like the workflow variable it is set as
     * @param subjects every {@code sub} the role admits, such as {@code repo:org/name:environment:prod}
     */
    public CiRole(
            Construct scope,
            String id,
            String roleName,
            String description,
            String providerArn,
            List<String> subjects,
            List<PolicyStatement> policy,
            String output) {
        super(scope, id);
        PolicyStatement trust = PolicyStatement.allow("GithubActions")
                .withFederatedPrincipal(providerArn)
                .withActions("sts:AssumeRoleWithWebIdentity")
                .withCondition("StringEquals", GithubOidcProvider.HOST + ":aud", GithubOidcProvider.AUDIENCE)
                .withCondition(
                        "StringEquals",
                        GithubOidcProvider.HOST + ":sub",
                        subjects.size() == 1 ? subjects.get(0) : subjects);
        IamRole role = new IamRole(
                this,
                "role",
                IamRoleConfig.builder()
                        .name(roleName)
                        .description(description)
                        .assumeRolePolicy(PolicyDocument.of(trust))
                        // A plan or a deploy of this pipeline ends well within the hour.
                        .maxSessionDuration(3600)
                        .build());
        new IamRolePolicy(
                this,
                "policy",
                IamRolePolicyConfig.builder()
                        .name("ci")
                        .role(role.getName())
                        .policy(PolicyDocument.of(policy.toArray(PolicyStatement[]::new)))
                        .build());
        TerraformOutput arn = new TerraformOutput(
                scope,
                output,
                TerraformOutputConfig.builder()
                        .value(role.getArn())
                        .description("Set as the repository variable " + output + ": " + description)
                        .build());
        // The name README and the workflows know, not one with the construct path in it.
        arn.overrideLogicalId(output);
    }
}
