package dev.ddbchanges.app.config;

/**
 * The bounds that code outside the settings checks too: the constructs refuse what validation would have refused.
 * Every other bound is written in its setting's definition.
 */
public final class Limits {
    /** KMS's own bounds for a key's deletion window. */
    public static final int KEY_DELETION_WINDOW_MIN = 7;

    public static final int KEY_DELETION_WINDOW_MAX = 30;

    private Limits() {}
}
