package dev.ddbchanges.app.iam;

import dev.ddbchanges.app.constructs.PropsBuilder;
import java.util.List;

/** Build with {@link #builder()}; each option is documented on its builder method. */
public record ServiceRoleProps(String roleName, String description, String service,
        List<TrustCondition> trustConditions) {

    public ServiceRoleProps {
        trustConditions = List.copyOf(trustConditions);
        if (!service.endsWith(".amazonaws.com")) {
            throw new IllegalArgumentException("service = " + service + "; allowed: a service principal "
                    + "(<name>.amazonaws.com)");
        }
    }

    /** The service's short name, for statement ids: {@code lambda} for {@code lambda.amazonaws.com}. */
    String serviceName() {
        String name = service.substring(0, service.indexOf('.'));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static Builder builder() {
        return new Builder();
    }

    public record TrustCondition(String operator, String key, Object value) {
    }

    public static final class Builder extends PropsBuilder<ServiceRoleProps, Builder> {
        private Builder() {
            super(ServiceRoleProps.class);
            trustConditions(List.of());
        }

        /** Required: the role's name (built by {@code Names}). */
        public Builder roleName(String value) {
            return set("roleName", value);
        }

        /** Required: what the role is for, as the console shows it. */
        public Builder description(String value) {
            return set("description", value);
        }

        /** Required: the one service principal that may assume it, such as {@code lambda.amazonaws.com}. */
        public Builder service(String value) {
            return set("service", value);
        }

        /**
         * Narrow who may act through that service (the confused-deputy guard).
         *
         * @default none: the service alone decides
         */
        public Builder trustConditions(List<TrustCondition> value) {
            return set("trustConditions", value);
        }
    }
}
