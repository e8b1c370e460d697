package dev.ddbchanges.app.constructs.storage;

/**
 * Objects carrying the tag {@code key=value} expire, current and noncurrent versions alike, {@code days} after they
 * were written or replaced. A tag rather than a prefix: one rule then covers objects under any number of folders.
 */
public record TaggedExpiry(String key, String value, int days) {
    public TaggedExpiry {
        if (days < 1) {
            throw new IllegalArgumentException("TaggedExpiry days = " + days + "; allowed: 1 or more");
        }
    }
}
