package dev.ddbchanges.converter.bench;

import dev.ddbchanges.converter.FirehoseTransformationHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Ours against the typed pass-through in one warmed-up JVM, in rounds. A round measures every workload, both sides
 * back to back with the order swapped each round, so a neighbour's burst on the shared machine lands on one round of
 * every workload rather than on every round of one; each round gives one ratio per workload. A JIT that has long
 * finished runs nothing beside the converting thread, so its CPU time is what a batch costs.
 */
final class SteadyRounds {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private SteadyRounds() {}

    private interface Side {
        void convert(byte[] request) throws IOException;
    }

    /** One workload's figures over all rounds: MB/s of record data per side, allocation per request byte, ratio. */
    record Outcome(Workload workload, Spread ours, Spread typed, double oursAlloc, double typedAlloc, Spread ratio) {}

    static List<Outcome> run(List<Workload> workloads, BenchmarkOptions options) throws IOException {
        FirehoseTransformationHandler handler = new FirehoseTransformationHandler();
        TypedPassThrough typed = new TypedPassThrough();
        QuietContext context = new QuietContext();
        Side ours = request -> handler.handleRequest(
                new ByteArrayInputStream(request), new ByteArrayOutputStream(request.length), context);
        Side theirs =
                request -> typed.endToEnd(new ByteArrayInputStream(request), new ByteArrayOutputStream(request.length));
        for (Workload w : workloads) {
            measure(w, ours, options.warmupSeconds());
            measure(w, theirs, options.warmupSeconds());
        }
        int rounds = options.rounds();
        double[][] oursNanos = new double[workloads.size()][rounds];
        double[][] typedNanos = new double[workloads.size()][rounds];
        double[] oursAlloc = new double[workloads.size()];
        double[] typedAlloc = new double[workloads.size()];
        for (int round = 0; round < rounds; round++) {
            for (int i = 0; i < workloads.size(); i++) {
                Workload w = workloads.get(i);
                boolean oursFirst = round % 2 == 0;
                Timing first = measure(w, oursFirst ? ours : theirs, options.measureSeconds());
                Timing second = measure(w, oursFirst ? theirs : ours, options.measureSeconds());
                Timing o = oursFirst ? first : second;
                Timing t = oursFirst ? second : first;
                oursNanos[i][round] = o.medianNanos;
                typedNanos[i][round] = t.medianNanos;
                oursAlloc[i] += o.allocatedPerByte / rounds;
                typedAlloc[i] += t.allocatedPerByte / rounds;
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int i = 0; i < workloads.size(); i++) {
            Workload w = workloads.get(i);
            double[] ratios = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                ratios[round] = typedNanos[i][round] / oursNanos[i][round];
            }
            outcomes.add(new Outcome(
                    w,
                    megabytesPerSecond(w, oursNanos[i]),
                    megabytesPerSecond(w, typedNanos[i]),
                    oursAlloc[i],
                    typedAlloc[i],
                    Spread.of(ratios)));
        }
        return outcomes;
    }

    private static Spread megabytesPerSecond(Workload w, double[] nanos) {
        double[] rates = new double[nanos.length];
        for (int i = 0; i < nanos.length; i++) {
            rates[i] = w.dataBytes() / (nanos[i] / 1e9) / 1e6;
        }
        return Spread.of(rates);
    }

    private record Timing(double medianNanos, double allocatedPerByte) {}

    /**
     * The median time per batch over {@code seconds} (at least 5 batches), and the allocation per request byte. The
     * time is this thread's CPU time: on a shared machine a neighbour that takes the core stretches the wall clock of
     * whichever side runs then, not its CPU time.
     */
    private static Timing measure(Workload w, Side side, double seconds) throws IOException {
        List<Long> times = new ArrayList<>();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long until = System.nanoTime() + (long) (seconds * 1e9);
        while (System.nanoTime() < until || times.size() < 5) {
            long start = THREADS.getCurrentThreadCpuTime();
            side.convert(w.request());
            times.add(THREADS.getCurrentThreadCpuTime() - start);
        }
        double allocated = (THREADS.getThreadAllocatedBytes(thread) - allocatedBefore) / (double) times.size();
        times.sort(null);
        return new Timing(times.get(times.size() / 2), allocated / w.request().length);
    }
}
