package dev.ddbchanges.app.iam;

import com.hashicorp.cdktf.TerraformStack;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import software.constructs.Construct;

/**
 * A role exactly one AWS service may assume. It holds no permissions of its own: each construct that owns a
 * relationship attaches the statements it needs with {@link #grant}, in its own scope, so the grant sits next to
 * the resource it is about.
 */
public final class ServiceRole extends Construct {
    private final IamRole role;

    public ServiceRole(Construct scope, String id, ServiceRoleProps props) {
        super(scope, id);
        PolicyStatement trust = PolicyStatement.allow("Assume" + props.serviceName())
                .withServicePrincipal(props.service())
                .withActions("sts:AssumeRole");
        for (ServiceRoleProps.TrustCondition condition : props.trustConditions()) {
            trust = trust.withCondition(condition.operator(), condition.key(), condition.value());
        }
        role = new IamRole(
                this,
                "role",
                IamRoleConfig.builder()
                        .name(props.roleName())
                        .description(props.description())
                        .assumeRolePolicy(PolicyDocument.of(trust))
                        .build());
    }

    /**
     * Attaches one inline policy, created in {@code scope} (the granting construct) with the given id, which also
     * names the policy on the role. A second role granted the same by the same construct gets its policy under the id
     * followed by its own path, so two grantees never collide and the first keeps its Terraform address.
     *
     * @return the policy, for a resource that must wait until the permission exists
     */
    public IamRolePolicy grant(Construct scope, String id, PolicyStatement... statements) {
        String constructId = scope.getNode().tryFindChild(id) == null ? id : id + "-" + pathInStack();
        return new IamRolePolicy(
                scope,
                constructId,
                IamRolePolicyConfig.builder()
                        .name(id)
                        .role(role.getName())
                        .policy(PolicyDocument.of(statements))
                        .build());
    }

    public String arn() {
        return role.getArn();
    }

    /**
     * This role's construct path below its stack: {@code delivery-2-role} for {@code stack/delivery-2/role}, also when
     * the stack itself sits below other scopes.
     */
    private String pathInStack() {
        String stackPath = TerraformStack.of(this).getNode().getPath();
        return getNode().getPath().substring(stackPath.length() + 1).replace('/', '-');
    }
}
