package dev.ddbchanges.converter.bench;

import com.amazonaws.services.lambda.runtime.events.KinesisFirehoseEvent;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import dev.ddbchanges.converter.FirehoseTransformationHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * README's converter benchmark (a benchmark main, not a test): per workload, the time per batch of our stream handler
 * and of a typed pass-through run through the managed runtime's own (de)serializer, end to end and at the handler
 * boundary, the bytes allocated per request byte, the time to the first converted batch in a fresh JVM, and the floor
 * under any Jackson-based converter: Jackson reading every token of the request and of each record, nothing more.
 * Each figure is the median of the measured rounds after a warm-up.
 *
 * <p>Arguments: the shaded jar (for the fresh-JVM runs), then optionally the seconds to warm up and to measure, and
 * another build's shaded jar to compare ours with in alternating rounds (none when absent or empty).
 */
public final class ConverterBenchmark {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    private ConverterBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 3;
        double measure = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        String baselineJar = args.length > 3 ? args[3].strip() : "";
        // Opened before anything is measured, so a wrong path fails at once instead of after two minutes.
        BaselineJar baseline = baselineJar.isEmpty() ? null : BaselineJar.open(baselineJar);
        List<Workload> workloads = List.of(
                // Small: a key and two short attributes, about as small as a change record gets with its envelope.
                Workload.of("1 MB, small records", 1 << 20, 20),
                Workload.of("3 MB, small records", 3 << 20, 20),
                Workload.of("1 MB, ~50 KB records", 1 << 20, 50_000),
                Workload.of("3 MB, ~50 KB records", 3 << 20, 50_000));
        System.out.printf(
                "%s %s, %d processors, %.0f s warm-up and %.0f s measured per case; shaded jar %d bytes%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(),
                warmup,
                measure,
                Files.size(jar));
        FirehoseTransformationHandler ours = new FirehoseTransformationHandler();
        TypedPassThrough typed = new TypedPassThrough();
        QuietContext context = new QuietContext();

        System.out.printf(
                "%-22s %7s %9s | %-34s | %-34s | %-16s | %-16s | %s%n",
                "workload",
                "records",
                "avg bytes",
                "ours, end to end = handler",
                "typed pass-through, end to end",
                "typed handler",
                "Jackson tokens",
                "ours / typed end to end");
        for (Workload w : workloads) {
            Result oursEnd = run(w, warmup, measure, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(w.request().length);
                ours.handleRequest(new ByteArrayInputStream(w.request()), out, context);
            });
            Result typedEnd = run(w, warmup, measure, () -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream(w.request().length);
                typed.endToEnd(new ByteArrayInputStream(w.request()), out);
            });
            KinesisFirehoseEvent event = typed.deserialize(new ByteArrayInputStream(w.request()));
            Result typedHandler = run(w, warmup, measure, () -> TypedPassThrough.handle(event));
            List<byte[]> records = event.getRecords().stream()
                    .map(r -> {
                        byte[] data = new byte[r.getData().remaining()];
                        r.getData().duplicate().get(data);
                        return data;
                    })
                    .toList();
            Result tokensOnly = run(w, warmup, measure, () -> {
                readTokens(w.request());
                for (byte[] record : records) {
                    readTokens(record);
                }
            });
            System.out.printf(
                    "%-22s %7d %9d | %-34s | %-34s | %-16s | %-16s | %.2fx%n",
                    w.name(),
                    w.records(),
                    w.dataBytes() / w.records(),
                    oursEnd,
                    typedEnd,
                    typedHandler.throughput(),
                    tokensOnly.throughput(),
                    typedEnd.nanos / oursEnd.nanos);
        }

        Path request = Files.createTempFile("first-batch-", ".json");
        Files.write(request, workloads.get(0).request());
        long[] cold = new long[5];
        long[] primed = new long[5];
        for (int i = 0; i < cold.length; i++) {
            cold[i] = firstBatch(jar, request, false)[0];
            primed[i] = firstBatch(jar, request, true)[1];
        }
        Arrays.sort(cold);
        Arrays.sort(primed);
        System.out.printf(
                "first converted batch (1 MB of small records) in a fresh JVM, from JVM start: median %d ms "
                        + "of %d runs %s%n",
                cold[cold.length / 2], cold.length, Arrays.toString(cold));
        System.out.printf(
                "the same batch after the handler primed itself (what SnapStart restores): median %d ms "
                        + "of %d runs %s%n",
                primed[primed.length / 2], primed.length, Arrays.toString(primed));
        Files.delete(request);
        if (baseline != null) {
            try (baseline) {
                AlternatingRounds.compare(workloads, baseline);
            }
        }
    }

    private static final JsonFactory TOKENS = new JsonFactory();

    /**
     * The floor any Jackson-based converter stands on: every token of the document read and nothing done with it
     * (the envelope's base64 strings are skipped, not decoded).
     */
    private static void readTokens(byte[] json) throws IOException {
        try (JsonParser p = TOKENS.createParser(json)) {
            while (p.nextToken() != null) {
                // Reading is the measurement.
            }
        }
    }

    private interface Batch {
        void run() throws IOException;
    }

    /** Median nanoseconds per batch, with the request's data throughput and the allocation per request byte. */
    private record Result(Workload workload, double nanos, double allocatedPerByte) {
        String throughput() {
            double seconds = nanos / 1e9;
            return String.format(
                    "%6.0f MB/s %7.0fk rec/s",
                    workload.dataBytes() / seconds / 1e6, workload.records() / seconds / 1e3);
        }

        @Override
        public String toString() {
            return throughput() + String.format(" %5.1f B/B", allocatedPerByte);
        }
    }

    private static Result run(Workload w, double warmupSeconds, double measureSeconds, Batch batch) throws IOException {
        long warmUntil = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmUntil) {
            batch.run();
        }
        List<Long> times = new ArrayList<>();
        long thread = Thread.currentThread().getId();
        long allocatedBefore = THREADS.getThreadAllocatedBytes(thread);
        long measureUntil = System.nanoTime() + (long) (measureSeconds * 1e9);
        while (System.nanoTime() < measureUntil || times.size() < 5) {
            long start = System.nanoTime();
            batch.run();
            times.add(System.nanoTime() - start);
        }
        double allocated = (THREADS.getThreadAllocatedBytes(thread) - allocatedBefore) / (double) times.size();
        times.sort(null);
        return new Result(w, times.get(times.size() / 2), allocated / w.request().length);
    }

    /** The two figures FirstBatch prints. */
    private static long[] firstBatch(Path jar, Path request, boolean primed) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        jar + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                        FirstBatch.class.getName(),
                        request.toString(),
                        primed ? "primed" : "cold")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the fresh JVM failed: " + output);
        }
        String[] lines = output.split("\n");
        String[] figures = lines[lines.length - 1].strip().split(" ");
        return new long[] {Long.parseLong(figures[0]), Long.parseLong(figures[1])};
    }
}
