package dev.ddbchanges.app.constructs;

import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The builder of a props record. A subclass declares one typed, documented method per option, which stores the value
 * under the record component's name, and sets the defaults in its constructor through those same methods;
 * {@link #build()} then calls the record's canonical constructor, so its checks still run, and names any option
 * left unset. The fields, the setter bodies and the constructor call are written once here, not once per props.
 *
 * @param <P> the props record
 * @param <B> the builder itself, so each option method returns it
 */
public abstract class PropsBuilder<P extends Record, B extends PropsBuilder<P, B>> {
    private final Class<P> type;
    private final Map<String, RecordComponent> components = new HashMap<>();
    private final Map<String, Object> values = new HashMap<>();

    protected PropsBuilder(Class<P> type) {
        this.type = type;
        for (RecordComponent component : type.getRecordComponents()) {
            components.put(component.getName(), component);
        }
    }

    /**
     * Stores one option; {@code option} is the record component's name. A name the record does not have, or a value
     * of another type, fails here, the first time the option is set: every builder sets its defaults in its
     * constructor, so a misspelt option name fails whenever that builder is made.
     */
    protected final B set(String option, Object value) {
        RecordComponent component = components.get(option);
        if (component == null) {
            throw new IllegalStateException(type.getSimpleName() + " has no option " + option);
        }
        Class<?> expected = MethodType.methodType(component.getType()).wrap().returnType();
        if (value != null && !expected.isInstance(value)) {
            throw new IllegalArgumentException(type.getSimpleName() + "." + option + " takes a "
                    + expected.getSimpleName() + ", not a " + value.getClass().getSimpleName());
        }
        values.put(option, value);
        @SuppressWarnings("unchecked")
        B self = (B) this;
        return self;
    }

    /**
     * @throws IllegalArgumentException naming the first required option that was not set (the record's own check,
     *                                  {@link Required#components}), or any value the record refuses
     */
    public final P build() {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = values.get(components[i].getName());
            // The constructor cannot name an unset primitive: reflection would only say "argument type mismatch".
            if (arguments[i] == null && components[i].getType().isPrimitive()) {
                throw Required.missing(type, components[i].getName());
            }
        }
        try {
            return type.getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .newInstance(arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException refused) {
                throw refused;
            }
            throw new IllegalStateException(type.getSimpleName() + " could not be built", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("a record always has its canonical constructor: " + type.getName(), e);
        }
    }
}
