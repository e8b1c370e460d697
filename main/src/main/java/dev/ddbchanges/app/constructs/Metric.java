package dev.ddbchanges.app.constructs;

import java.util.Map;
import java.util.Objects;

/**
 * One CloudWatch metric of one resource, as the construct that owns the resource knows it: an alarm needs only this,
 * and never writes a namespace or a dimension itself.
 *
 * @param dimensions the resource's dimension, such as {@code FunctionName}, with its (token) value
 * @param statistic  what an alarm on it compares: {@code Sum}, {@code Maximum}, {@code Minimum}
 */
public record Metric(String namespace, String name, Map<String, String> dimensions, String statistic) {
    public Metric {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
        dimensions = Map.copyOf(dimensions);
        Objects.requireNonNull(statistic, "statistic");
    }
}
