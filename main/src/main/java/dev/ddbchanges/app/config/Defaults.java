package dev.ddbchanges.app.config;

/**
 * The defaults that code outside the settings needs as values. Each is read from its setting's definition, where it
 * is written once, with the reason for it.
 */
public final class Defaults {
    /** How long a production stream keeps changes, the window a replay can reach back. */
    public static final int STREAM_RETENTION_HOURS_PRODUCTION = StreamDefinitions.RETENTION_HOURS.defaultFor(true);

    private Defaults() {}
}
