package dev.ddbchanges.app.backfill;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Ids derived from their inputs alone, so every run of the same backfill makes the same ones. */
final class EventIds {
    private EventIds() {}

    /** The first 32 hex digits (128 bits) of the text's SHA-256: the length of DynamoDB's own event ids. */
    static String hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
