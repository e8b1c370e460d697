package dev.ddbchanges.app.constructs.storage;

/** Objects under {@code prefix} expire, current and noncurrent versions alike, {@code days} after they were written. */
public record PrefixExpiry(String prefix, int days) {
    public PrefixExpiry {
        if (!prefix.endsWith("/")) {
            throw new IllegalArgumentException("PrefixExpiry prefix = " + prefix + "; allowed: a folder ending in '/'");
        }
        if (days < 1) {
            throw new IllegalArgumentException("PrefixExpiry days = " + days + "; allowed: 1 or more");
        }
    }

    /** The folder's name, for rule ids: {@code exports} for {@code exports/}. */
    String folder() {
        return prefix.substring(0, prefix.length() - 1).replace('/', '-');
    }
}
