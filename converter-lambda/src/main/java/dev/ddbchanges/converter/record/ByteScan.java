package dev.ddbchanges.converter.record;

import dev.ddbchanges.converter.json.ByteWords;

/**
 * One pass over a record's bytes, eight at a time ({@link ByteWords}), for the two facts that decide which work the
 * record needs.
 */
final class ByteScan {

    /** Some byte is not ASCII: the record must be validated as UTF-8. */
    static final int NON_ASCII = 1;
    /** Some byte is a backslash: the record may escape a surrogate. */
    static final int BACKSLASH = 2;

    private static final long BACKSLASHES = ByteWords.repeated('\\');

    private ByteScan() {}

    /** The flags that hold for {@code data}. */
    static int of(byte[] data) {
        long high = 0;
        long backslash = 0;
        int i = 0;
        for (; i + Long.BYTES <= data.length; i += Long.BYTES) {
            long word = ByteWords.word(data, i);
            high |= word;
            backslash |= ByteWords.equalTo(word, BACKSLASHES);
        }
        for (; i < data.length; i++) {
            high |= data[i];
            backslash |= data[i] == '\\' ? ByteWords.HIGH_BITS : 0;
        }
        return ((high & ByteWords.HIGH_BITS) != 0 ? NON_ASCII : 0)
                | ((backslash & ByteWords.HIGH_BITS) != 0 ? BACKSLASH : 0);
    }
}
