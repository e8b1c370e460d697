package dev.ddbchanges.app.constructs;

import java.lang.reflect.RecordComponent;

/** The one check, and the one message, for an option a props type cannot do without. */
public final class Required {
    private Required() {}

    /**
     * For a props record's compact constructor, which sees its components only as values: each is named from the
     * record's own declaration, so a direct call of the constructor is checked as a builder's is.
     *
     * @param values every component, in declaration order (primitives too: they are never null)
     * @throws IllegalArgumentException naming the first component whose value is null
     */
    public static void components(Class<? extends Record> props, Object... values) {
        RecordComponent[] components = props.getRecordComponents();
        if (components.length != values.length) {
            throw new IllegalStateException(props.getSimpleName() + " passes " + values.length + " values for its "
                    + components.length + " components");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw missing(props, components[i].getName());
            }
        }
    }

    static IllegalArgumentException missing(Class<?> props, Object option) {
        return new IllegalArgumentException(props.getSimpleName() + "." + option + " is required, and was not set");
    }
}
