package dev.ddbchanges.converter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Converts a built-in batch (every attribute type, every failure a record can have) a few times, so that the
 * SnapStart snapshot holds a converter whose classes are loaded and whose hot paths are compiled, not one that has
 * never converted anything. Nothing is logged or counted: metrics come from the table's changes only.
 */
final class SnapStartPriming {

    /** Lambda sets this to {@link #SNAP_START} while it initializes the version it will snapshot. */
    static final String INITIALIZATION_TYPE_VARIABLE = "AWS_LAMBDA_INITIALIZATION_TYPE";

    static final String SNAP_START = "snap-start";
    static final String REQUEST = "/priming/request.json";
    /** Enough rounds for the JIT's first tier to compile the conversion, yet short at publish time. */
    static final int ROUNDS = 200;

    /** One batch through the converter, its response discarded. */
    @FunctionalInterface
    interface Batch {
        void convert(InputStream request, OutputStream response) throws IOException;
    }

    private SnapStartPriming() {}

    static boolean requested(String initializationType) {
        return SNAP_START.equals(initializationType);
    }

    static void prime(Batch batch) {
        try (InputStream in = SnapStartPriming.class.getResourceAsStream(REQUEST)) {
            if (in == null) {
                throw new IllegalStateException(REQUEST + " is missing from the jar");
            }
            byte[] request = in.readAllBytes();
            for (int round = 0; round < ROUNDS; round++) {
                batch.convert(new ByteArrayInputStream(request), OutputStream.nullOutputStream());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
