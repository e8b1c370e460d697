package dev.ddbchanges.converter.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What a new Lambda environment pays: each side in its own {@link FreshJvm} ({@link ColdStart}), launched alternately
 * so that both meet the same neighbours. Launch i of ours is paired with launch i of the typed pass-through for each
 * ratio.
 */
final class ColdStarts {
    private ColdStarts() {}

    /** Milliseconds: the handler's creation (Lambda's init phase), the first batch, all batches. */
    record Figures(double initMillis, double firstMillis, double batchesMillis) {
        double withInitMillis() {
            return initMillis + batchesMillis;
        }
    }

    /**
     * One launch, in wall-clock time and in the process's CPU time. A Lambda function of 512 MB has about a third of
     * one vCPU for all its threads, so its durations follow the CPU time of the whole JVM, JIT compiler included,
     * more closely than this machine's wall clock, whose two cores are shared with other work.
     */
    record Launch(Figures wall, Figures cpu) {
        static Launch parse(String line) {
            String[] nanos = line.strip().split(" ");
            return new Launch(figures(nanos, 0), figures(nanos, 3));
        }

        private static Figures figures(String[] nanos, int from) {
            return new Figures(
                    Long.parseLong(nanos[from]) / 1e6,
                    Long.parseLong(nanos[from + 1]) / 1e6,
                    Long.parseLong(nanos[from + 2]) / 1e6);
        }
    }

    /** One workload's launches and the ratios typed/ours of the paired launches (above 1: ours faster). */
    record Outcome(Workload workload, List<Launch> ours, List<Launch> typed) {
        Spread ratio(java.util.function.ToDoubleFunction<Launch> figure) {
            double[] ratios = new double[ours.size()];
            for (int i = 0; i < ratios.length; i++) {
                ratios[i] = figure.applyAsDouble(typed.get(i)) / figure.applyAsDouble(ours.get(i));
            }
            return Spread.of(ratios);
        }

        static Spread millis(List<Launch> launches, java.util.function.ToDoubleFunction<Launch> figure) {
            return Spread.of(launches.stream().mapToDouble(figure).toArray());
        }
    }

    static List<Outcome> run(List<Workload> workloads, BenchmarkOptions options)
            throws IOException, InterruptedException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Workload w : workloads) {
            Path request = Files.createTempFile("cold-start-", ".json");
            try {
                Files.write(request, w.request());
                List<Launch> ours = new ArrayList<>();
                List<Launch> typed = new ArrayList<>();
                for (int i = 0; i < options.launches(); i++) {
                    boolean oursFirst = i % 2 == 0;
                    Launch first = launch(options, oursFirst ? "ours" : "typed", request);
                    Launch second = launch(options, oursFirst ? "typed" : "ours", request);
                    ours.add(oursFirst ? first : second);
                    typed.add(oursFirst ? second : first);
                }
                outcomes.add(new Outcome(w, ours, typed));
            } finally {
                Files.delete(request);
            }
        }
        return outcomes;
    }

    private static Launch launch(BenchmarkOptions options, String side, Path request)
            throws IOException, InterruptedException {
        List<String> command = FreshJvm.command(
                options,
                List.of(),
                ColdStart.class,
                List.of(side, request.toString(), String.valueOf(options.batches())));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes()).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("the fresh JVM for " + side + " failed: " + FreshJvm.oneLine(output));
        }
        // A JAVA_TOOL_OPTIONS in the environment makes the JVM announce it first; the figures are the last line.
        String[] lines = output.split("\n");
        return Launch.parse(lines[lines.length - 1]);
    }
}
