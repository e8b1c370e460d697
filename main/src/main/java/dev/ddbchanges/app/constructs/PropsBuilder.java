package dev.ddbchanges.app.constructs;

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
    private final Map<String, Object> values = new HashMap<>();

    protected PropsBuilder(Class<P> type) {
        this.type = type;
    }

    /** Stores one option; {@code option} is the record component's name. */
    protected final B set(String option, Object value) {
        values.put(option, value);
        @SuppressWarnings("unchecked")
        B self = (B) this;
        return self;
    }

    /**
     * @throws IllegalArgumentException naming the first required option that was not set, or any value the record
     *                                  refuses
     */
    public final P build() {
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            arguments[i] = values.get(components[i].getName());
            Required.options(type, components[i].getName(), arguments[i]);
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
