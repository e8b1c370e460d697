package dev.ddbchanges.converter.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes at a time, for the scans that look at every byte of a record: a byte loop over each record cost as much
 * as parsing a small record's envelope. The tests are the classic ones; whether a word has a byte they look for is
 * exact, though which bytes they flag is not.
 */
public final class ByteWords {

    /** Each byte's high bit: a test's answer, and non-ASCII in the word itself. */
    public static final long HIGH_BITS = 0x8080808080808080L;

    private static final long ONES = 0x0101010101010101L;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private ByteWords() {}

    /** The eight bytes from {@code i} on. */
    public static long word(byte[] bytes, int i) {
        return (long) LONGS.get(bytes, i);
    }

    /** {@code b} in every byte of a word. */
    public static long repeated(char b) {
        return ONES * b;
    }

    /** High bits set (under {@link #HIGH_BITS}) when some byte of {@code word} is the one in {@code repeated}. */
    public static long equalTo(long word, long repeated) {
        long matches = word ^ repeated;
        return (matches - ONES) & ~matches;
    }

    /** High bits set (under {@link #HIGH_BITS}) when some byte of {@code word} is below the one in {@code repeated}. */
    public static long below(long word, long repeated) {
        return (word - repeated) & ~word;
    }
}
