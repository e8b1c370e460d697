package dev.ddbchanges.converter.record;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * One pass over a record's bytes, eight at a time, for the two facts that decide which work the record needs: a byte
 * loop over every record cost as much as parsing a small record's Firehose envelope.
 */
final class ByteScan {

    /** Some byte is not ASCII: the record must be validated as UTF-8. */
    static final int NON_ASCII = 1;
    /** Some byte is a backslash: the record may escape a surrogate. */
    static final int BACKSLASH = 2;

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long ONES = 0x0101010101010101L;
    private static final long BACKSLASHES = ONES * '\\';

    private ByteScan() {
    }

    /** The flags that hold for {@code data}. */
    static int of(byte[] data) {
        long high = 0;
        long backslash = 0;
        int i = 0;
        for (; i + Long.BYTES <= data.length; i += Long.BYTES) {
            long word = (long) LONGS.get(data, i);
            high |= word;
            long matches = word ^ BACKSLASHES;
            // Exactly when some byte of matches is zero (the classic has-zero-byte test).
            backslash |= (matches - ONES) & ~matches;
        }
        for (; i < data.length; i++) {
            high |= data[i];
            backslash |= data[i] == '\\' ? HIGH_BITS : 0;
        }
        return ((high & HIGH_BITS) != 0 ? NON_ASCII : 0) | ((backslash & HIGH_BITS) != 0 ? BACKSLASH : 0);
    }
}
