package dev.ddbchanges.converter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * README's converter benchmark (a benchmark main, not a test; {@code ./ddb-changes benchmark}): our stream handler
 * against a typed pass-through run through the managed runtime's own (de)serializer, per workload, as ratios with
 * their spread over rounds: in one warmed-up JVM ({@link SteadyRounds}), and as a new Lambda environment meets them,
 * the first batches in fresh JVMs ({@link ColdStarts}). Flags: {@link BenchmarkOptions#USAGE}.
 */
public final class ConverterBenchmark {
    private ConverterBenchmark() {}

    /** Set on the child JVM that measures the steady state. */
    private static final String STEADY_CHILD = "ddbchanges.benchmark.steady";

    /** The launcher's contract: one {@code error:} line and exit 2; the stack trace only when debugging. */
    public static void main(String[] args) {
        try {
            run(args);
        } catch (BenchmarkOptions.BadFlag e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        } catch (Exception | LinkageError e) {
            System.err.println("error: " + e.getClass().getName() + ": " + e.getMessage());
            if ("1".equals(System.getenv("DDB_CHANGES_DEBUG"))) {
                e.printStackTrace();
            }
            System.exit(2);
        }
    }

    private static void run(String[] args) throws IOException, InterruptedException {
        if (List.of(args).contains("--help")) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        // Opened before anything is measured, so a jar that is not a converter fails at once, not minutes later.
        if (options.baseline().isPresent()) {
            BaselineJar.open(options.baseline().get()).close();
        }
        if (Boolean.getBoolean(STEADY_CHILD)) {
            steady(options);
            return;
        }
        FreshJvm.checkOptions(options);
        System.out.printf(
                "%s %s, %d processors; shaded jar %d bytes; measured JVMs started with \"%s\"%n",
                System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"),
                Runtime.getRuntime().availableProcessors(),
                Files.size(options.jar()),
                String.join(" ", options.jvmOptions()));
        if (options.part() != BenchmarkOptions.Part.COLD) {
            // In a JVM of its own, started as Lambda starts one: Lambda's java21 runtime compiles with C1 only, and
            // this JVM's own flags are whatever the launcher gave it.
            List<String> command = FreshJvm.command(
                    options, List.of("-D" + STEADY_CHILD + "=true"), ConverterBenchmark.class, List.of(args));
            int exit = new ProcessBuilder(command).inheritIO().start().waitFor();
            if (exit != 0) {
                // The child has said why; exit 1 would read as a failed build.
                System.exit(2);
            }
        }
        List<Spread> coldRatios = new ArrayList<>();
        if (options.part() != BenchmarkOptions.Part.STEADY) {
            cold(options, coldRatios);
            System.out.println("Goal status, cold start (CPU time of " + options.batches() + " batches, with and "
                    + "without the handler's creation): " + Spread.goalStatus(coldRatios));
        }
        System.out.printf("%nVerdicts: %s.%n", Spread.RULE);
    }

    private static void steady(BenchmarkOptions options) throws IOException {
        List<Spread> ratios = new ArrayList<>();
        steady(options, ratios);
        System.out.println("Goal status, steady state: " + Spread.goalStatus(ratios));
        if (options.baseline().isPresent()) {
            try (BaselineJar baseline = BaselineJar.open(options.baseline().get())) {
                AlternatingRounds.compare(Workload.STEADY, baseline);
            }
        }
    }

    private static void steady(BenchmarkOptions options, List<Spread> ratios) throws IOException {
        System.out.printf(
                "%nSteady state, one fresh JVM: %d rounds; %s s warm-up per workload and side, then %s s per side and "
                        + "round, "
                        + "the order swapped each round. MB/s of record data per CPU second of the converting "
                        + "thread, median (min-max) over rounds%n",
                options.rounds(), options.warmupSeconds(), options.measureSeconds());
        System.out.printf(
                "%-22s %7s %9s | %-20s | %-20s | %-13s | %s%n",
                "workload",
                "records",
                "avg bytes",
                "ours MB/s",
                "typed MB/s",
                "alloc B/B o/t",
                "ours / typed, per round");
        for (SteadyRounds.Outcome o : SteadyRounds.run(Workload.STEADY, options)) {
            Workload w = o.workload();
            System.out.printf(
                    "%-22s %7d %9d | %-20s | %-20s | %5.1f / %5.1f | %s%n",
                    w.name(),
                    w.records(),
                    w.dataBytes() / w.records(),
                    rate(o.ours()),
                    rate(o.typed()),
                    o.oursAlloc(),
                    o.typedAlloc(),
                    o.ratio());
            ratios.add(o.ratio());
        }
    }

    private static String rate(Spread s) {
        return String.format("%.0f (%.0f-%.0f)", s.median(), s.min(), s.max());
    }

    private static void cold(BenchmarkOptions options, List<Spread> ratios) throws IOException, InterruptedException {
        System.out.printf(
                "%nCold start: %d fresh JVMs per side and workload, alternating; in each, the handler is created, "
                        + "then converts %d batches. Milliseconds, and ratios typed/ours of paired launches, "
                        + "median (min-max)%n",
                options.launches(), options.batches());
        for (ColdStarts.Outcome o : ColdStarts.run(Workload.COLD, options)) {
            System.out.println(o.workload().name() + ", CPU time of the whole JVM:");
            String batches = options.batches() + " batches";
            row(o, "handler created (init)", l -> l.cpu().initMillis(), null);
            row(o, "first batch", l -> l.cpu().firstMillis(), null);
            row(o, batches, l -> l.cpu().batchesMillis(), ratios);
            row(o, "init + " + batches, l -> l.cpu().withInitMillis(), ratios);
            System.out.println(o.workload().name() + ", wall clock:");
            row(o, "first batch", l -> l.wall().firstMillis(), null);
            row(o, batches, l -> l.wall().batchesMillis(), null);
            row(o, "init + " + batches, l -> l.wall().withInitMillis(), null);
        }
    }

    private static void row(
            ColdStarts.Outcome o, String what, ToDoubleFunction<ColdStarts.Launch> figure, List<Spread> goal) {
        Spread ours = ColdStarts.Outcome.millis(o.ours(), figure);
        Spread typed = ColdStarts.Outcome.millis(o.typed(), figure);
        Spread ratio = o.ratio(figure);
        System.out.printf("  %-24s ours %-22s typed %-22s ours / typed %s%n", what, millis(ours), millis(typed), ratio);
        if (goal != null) {
            goal.add(ratio);
        }
    }

    private static String millis(Spread s) {
        return String.format("%.1f ms (%.1f-%.1f)", s.median(), s.min(), s.max());
    }
}
