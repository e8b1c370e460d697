package dev.ddbchanges.app.constructs;

/** The one check, and the one message, for an option a props type cannot do without. */
public final class Required {
    private Required() {}

    /**
     * @param props          the props' type, which the message names so a caller finds the option at once
     * @param namesAndValues each option's name, then its value
     * @throws IllegalArgumentException naming the first option whose value is null
     */
    public static void options(Class<?> props, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] == null) {
                throw new IllegalArgumentException(
                        props.getSimpleName() + "." + namesAndValues[i] + " is required, and was not set");
            }
        }
    }
}
