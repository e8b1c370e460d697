package dev.ddbchanges.app.iam;

import java.util.List;
import java.util.Objects;

/**
 * @param roleName        the role's name (built by {@code Names})
 * @param service         the one service principal that may assume it, such as {@code lambda.amazonaws.com}
 * @param trustConditions narrow who may act through that service (the confused-deputy guard)
 */
public record ServiceRoleProps(
        String roleName, String description, String service, List<TrustCondition> trustConditions) {

    public ServiceRoleProps {
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(service, "service");
        trustConditions = List.copyOf(trustConditions);
        if (!service.endsWith(".amazonaws.com")) {
            throw new IllegalArgumentException(
                    "service = " + service + "; allowed: a service principal (<name>.amazonaws.com)");
        }
    }

    /** The service's short name, for statement ids: {@code lambda} for {@code lambda.amazonaws.com}. */
    String serviceName() {
        String name = service.substring(0, service.indexOf('.'));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public record TrustCondition(String operator, String key, Object value) {}
}
