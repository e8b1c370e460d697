package dev.ddbchanges.app.iam;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One IAM policy statement. Immutable: each {@code with...} returns a copy, so a statement can be shared as a template.
 * Values may hold cdktf tokens (an ARN of a resource in the stack); they resolve when the stack is synthesized.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"Sid", "Effect", "Principal", "Action", "Resource", "Condition"})
public record PolicyStatement(
        @JsonProperty("Sid") String sid,
        @JsonProperty("Effect") String effect,
        @JsonProperty("Principal") Object principal,
        @JsonProperty("Action") List<String> actions,
        @JsonProperty("Resource") List<String> resources,
        @JsonProperty("Condition") Map<String, Map<String, Object>> condition) {

    public PolicyStatement {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(effect, "effect");
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        // Insertion order is kept, so the synthesized policy (and every plan) is the same on every run.
        condition = Collections.unmodifiableMap(new LinkedHashMap<>(condition));
    }

    public static PolicyStatement allow(String sid) {
        return new PolicyStatement(sid, "Allow", null, List.of(), List.of(), Map.of());
    }

    public static PolicyStatement deny(String sid) {
        return new PolicyStatement(sid, "Deny", null, List.of(), List.of(), Map.of());
    }

    public PolicyStatement withAwsPrincipal(String arn) {
        return withPrincipal(Map.of("AWS", arn));
    }

    public PolicyStatement withServicePrincipal(String service) {
        return withPrincipal(Map.of("Service", service));
    }

    /** Identities of a web identity provider, such as GitHub's OIDC issuer. */
    public PolicyStatement withFederatedPrincipal(String providerArn) {
        return withPrincipal(Map.of("Federated", providerArn));
    }

    /** Everyone: only ever for a Deny, or with a condition that narrows it. */
    public PolicyStatement withAnyPrincipal() {
        return withPrincipal("*");
    }

    public PolicyStatement withActions(String... values) {
        return new PolicyStatement(sid, effect, principal, List.of(values), resources, condition);
    }

    public PolicyStatement withResources(String... values) {
        return new PolicyStatement(sid, effect, principal, actions, List.of(values), condition);
    }

    /** Adds one condition; a list value matches any of its entries. */
    public PolicyStatement withCondition(String operator, String key, Object value) {
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>(condition);
        Map<String, Object> keys = new LinkedHashMap<>(copy.getOrDefault(operator, Map.of()));
        keys.put(key, value);
        copy.put(operator, Collections.unmodifiableMap(keys));
        return new PolicyStatement(sid, effect, principal, actions, resources, copy);
    }

    private PolicyStatement withPrincipal(Object value) {
        return new PolicyStatement(sid, effect, value, actions, resources, condition);
    }
}
