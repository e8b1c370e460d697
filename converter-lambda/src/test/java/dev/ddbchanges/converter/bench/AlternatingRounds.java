package dev.ddbchanges.converter.bench;

import dev.ddbchanges.converter.FirehoseTransformationHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * Our handler against another build's in one JVM, in alternating rounds with the order swapped each round, so both
 * meet the same JIT, heap and neighbours on a shared machine; runs minutes apart differed by more than the jars did.
 */
final class AlternatingRounds {
    private static final int WARMUP_ROUNDS = 3;
    private static final int ROUNDS = 20;
    private static final double ROUND_SECONDS = 0.4;

    private AlternatingRounds() {}

    private interface Side {
        void convert(byte[] request, ByteArrayOutputStream response) throws IOException;
    }

    static void compare(List<Workload> workloads, BaselineJar baseline) throws IOException {
        FirehoseTransformationHandler handler = new FirehoseTransformationHandler();
        QuietContext context = new QuietContext();
        Side ours = (request, response) -> handler.handleRequest(new ByteArrayInputStream(request), response, context);
        Side theirs = (request, response) -> baseline.handleRequest(new ByteArrayInputStream(request), response);
        System.out.printf(
                "%nagainst --baseline %s: MB/s of request, median (min-max) of %d rounds of %.1f s after %d warm-up "
                        + "rounds, alternating, order swapped each round%n",
                baseline.jar(), ROUNDS, ROUND_SECONDS, WARMUP_ROUNDS);
        for (Workload w : workloads) {
            String identical = sameResponse(w, ours, theirs);
            double[] oursRounds = new double[ROUNDS];
            double[] theirRounds = new double[ROUNDS];
            double[] ratios = new double[ROUNDS];
            for (int round = -WARMUP_ROUNDS; round < ROUNDS; round++) {
                boolean oursFirst = Math.floorMod(round, 2) == 0;
                double first = megabytesPerSecond(w, oursFirst ? ours : theirs);
                double second = megabytesPerSecond(w, oursFirst ? theirs : ours);
                if (round >= 0) {
                    oursRounds[round] = oursFirst ? first : second;
                    theirRounds[round] = oursFirst ? second : first;
                    ratios[round] = oursRounds[round] / theirRounds[round];
                }
            }
            System.out.printf(
                    "%-22s ours %s | baseline %s | ours/baseline %s | %s%n",
                    w.name(), summary(oursRounds), summary(theirRounds), Spread.of(ratios), identical);
        }
    }

    /** A comparison of speed is only worth having between converters that give the same answer. */
    private static String sameResponse(Workload w, Side ours, Side theirs) throws IOException {
        byte[] a = response(w, ours);
        byte[] b = response(w, theirs);
        int offset = Arrays.mismatch(a, b);
        if (offset >= 0) {
            throw new IllegalStateException(String.format(
                    "%s: the responses differ from byte %d on (ours %d bytes, baseline %d): ours ...%s... against "
                            + "baseline ...%s...",
                    w.name(), offset, a.length, b.length, excerpt(a, offset), excerpt(b, offset)));
        }
        return "responses identical";
    }

    private static String excerpt(byte[] bytes, int offset) {
        int from = Math.max(0, offset - 40);
        int to = Math.min(bytes.length, offset + 40);
        return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] response(Workload w, Side side) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(w.request().length);
        side.convert(w.request(), out);
        return out.toByteArray();
    }

    private static double megabytesPerSecond(Workload w, Side side) throws IOException {
        long start = System.nanoTime();
        long until = start + (long) (ROUND_SECONDS * 1e9);
        long batches = 0;
        long now;
        do {
            side.convert(w.request(), new ByteArrayOutputStream(w.request().length));
            batches++;
            now = System.nanoTime();
        } while (now < until);
        return batches * (double) w.request().length / ((now - start) / 1e9) / 1e6;
    }

    private static String summary(double[] rounds) {
        Spread s = Spread.of(rounds);
        return String.format("%5.0f MB/s (%.0f-%.0f)", s.median(), s.min(), s.max());
    }
}
