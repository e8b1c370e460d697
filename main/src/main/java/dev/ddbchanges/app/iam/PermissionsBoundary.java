package dev.ddbchanges.app.iam;

import com.hashicorp.cdktf.Aspects;
import com.hashicorp.cdktf.IAspect;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import java.util.Objects;
import software.constructs.IConstruct;

/**
 * Sets one permissions boundary on every role below a scope, as an aspect: a role added later by any construct gets
 * it too, so a deploy role that may create roles only with the boundary attached can still deploy every stack.
 */
public final class PermissionsBoundary implements IAspect {
    private final String policyArn;

    private PermissionsBoundary(String policyArn) {
        this.policyArn = Objects.requireNonNull(policyArn, "policyArn");
    }

    /** Applies the managed policy {@code policyArn} as the boundary of every role {@code scope} holds at synth. */
    public static void apply(IConstruct scope, String policyArn) {
        Aspects.of(scope).add(new PermissionsBoundary(policyArn));
    }

    @Override
    public void visit(IConstruct node) {
        if (node instanceof IamRole role) {
            role.setPermissionsBoundary(policyArn);
        }
    }
}
