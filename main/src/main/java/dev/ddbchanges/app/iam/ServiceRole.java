package dev.ddbchanges.app.iam;

import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRoleConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicyConfig;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * A role exactly one AWS service may assume. It holds no permissions of its own: each construct that owns a
 * relationship attaches the statements it needs with {@link #grant}, in its own scope, so the grant sits next to
 * the resource it is about.
 */
public final class ServiceRole extends Construct {
    private final IamRole role;
    private final List<IamRolePolicy> policies = new ArrayList<>();

    public ServiceRole(Construct scope, String id, ServiceRoleProps props) {
        super(scope, id);
        PolicyStatement trust = PolicyStatement.allow("Assume" + props.serviceName())
                .withServicePrincipal(props.service())
                .withActions("sts:AssumeRole");
        for (ServiceRoleProps.TrustCondition condition : props.trustConditions()) {
            trust = trust.withCondition(condition.operator(), condition.key(), condition.value());
        }
        role = new IamRole(this, "role", IamRoleConfig.builder()
                .name(props.roleName())
                .description(props.description())
                .assumeRolePolicy(PolicyDocument.of(trust))
                .build());
    }

    /**
     * Attaches one inline policy, created in {@code scope} (the granting construct) with the given id, which also
     * names the policy on the role.
     *
     * @return the policy, for resources that must wait until the permission exists
     */
    public IamRolePolicy grant(Construct scope, String id, PolicyStatement... statements) {
        IamRolePolicy policy = new IamRolePolicy(scope, id, IamRolePolicyConfig.builder()
                .name(id)
                .role(role.getName())
                .policy(PolicyDocument.of(statements))
                .build());
        policies.add(policy);
        return policy;
    }

    public String arn() {
        return role.getArn();
    }

    /** Every policy granted so far: a resource that uses the role depends on them, not just on the role. */
    public List<IamRolePolicy> policies() {
        return List.copyOf(policies);
    }
}
