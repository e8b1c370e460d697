package dev.ddbchanges.converter.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The benchmark's flags. The launcher passes {@code --jar} first; every other flag has a default chosen so that the
 * whole run takes about three minutes on two cores and every ratio still has enough rounds for a median.
 */
record BenchmarkOptions(
        Path jar,
        Optional<Path> baseline,
        int rounds,
        double warmupSeconds,
        double measureSeconds,
        int launches,
        int batches,
        List<String> jvmOptions,
        Part part) {

    /** Lambda's java17 and java21 runtimes start the JVM with this flag unless the function sets its own. */
    static final String LAMBDA_JVM_OPTIONS = "-XX:TieredStopAtLevel=1";

    enum Part {
        ALL,
        STEADY,
        COLD;

        static final List<String> NAMES = List.of("all", "steady", "cold");
    }

    static final String USAGE = String.join(
            "\n",
            "usage: ./ddb-changes benchmark [flags]",
            "  --baseline <jar>          another build's converter-lambda.jar, run alternately with ours in one JVM",
            "  --rounds <1-100>          steady-state rounds per workload (default 7)",
            "  --warmup <0-600>          seconds of warm-up per workload and side before the rounds (default 2)",
            "  --measure <0.1-600>       seconds each side is measured per round (default 1)",
            "  --launches <1-100>        fresh JVMs per side and workload for the cold start (default 8)",
            "  --batches <1-10000>       batches converted in each fresh JVM (default 30)",
            "  --jvm-options <opts>      options of every measured JVM, space-separated, \"\" for the JDK's defaults",
            "                            (default \"" + LAMBDA_JVM_OPTIONS + "\", as Lambda's java21 runtime)",
            "  --part <all|steady|cold>  which measurements to run (default all)",
            "  --help                    this text");

    /** Thrown with the one line the launcher prints after {@code error: }. */
    static final class BadFlag extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        BadFlag(String message) {
            super(message);
        }
    }

    static BenchmarkOptions parse(String... args) {
        Path jar = null;
        Optional<Path> baseline = Optional.empty();
        int rounds = 7;
        double warmup = 2;
        double measure = 1;
        int launches = 8;
        int batches = 30;
        List<String> coldOptions = List.of(LAMBDA_JVM_OPTIONS);
        Part part = Part.ALL;
        for (int i = 0; i < args.length; i += 2) {
            String flag = args[i];
            if (i + 1 >= args.length) {
                throw new BadFlag(
                        FLAGS.containsKey(flag) ? flag + " needs a value; allowed: " + FLAGS.get(flag) : unknown(flag));
            }
            String value = args[i + 1];
            switch (flag) {
                case "--jar" -> jar = existingFile(flag, value);
                case "--baseline" -> baseline = Optional.of(existingFile(flag, value));
                case "--rounds" -> rounds = whole(flag, value, 1, 100);
                case "--warmup" -> warmup = seconds(flag, value, 0);
                case "--measure" -> measure = seconds(flag, value, 0.1);
                case "--launches" -> launches = whole(flag, value, 1, 100);
                case "--batches" -> batches = whole(flag, value, 1, 10_000);
                case "--jvm-options" -> coldOptions = jvmOptions(value);
                case "--part" -> part = part(value);
                default -> throw new BadFlag(unknown(flag));
            }
        }
        if (jar == null) {
            throw new BadFlag("--jar is missing: the path of the shaded converter-lambda.jar is required");
        }
        return new BenchmarkOptions(jar, baseline, rounds, warmup, measure, launches, batches, coldOptions, part);
    }

    /** What each flag takes, as its error messages say. */
    private static final Map<String, String> FLAGS = flags();

    private static Map<String, String> flags() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("--jar", "the path of a shaded converter-lambda.jar");
        flags.put("--baseline", "the path of a shaded converter-lambda.jar");
        flags.put("--rounds", "a whole number from 1 to 100");
        flags.put("--warmup", "seconds from 0 to 600, such as 1 or 2.5");
        flags.put("--measure", "seconds from 0.1 to 600, such as 1 or 2.5");
        flags.put("--launches", "a whole number from 1 to 100");
        flags.put("--batches", "a whole number from 1 to 10000");
        flags.put(
                "--jvm-options",
                "JVM options starting with -, space-separated, such as \"" + LAMBDA_JVM_OPTIONS
                        + "\", or \"\" for none");
        flags.put("--part", String.join(", ", Part.NAMES));
        return flags;
    }

    private static String unknown(String flag) {
        return "unknown flag \"" + flag + "\"; allowed: " + String.join(", ", FLAGS.keySet()) + ", --help";
    }

    private static BadFlag notAllowed(String flag, String value) {
        return new BadFlag(flag + " \"" + value + "\" is not allowed; allowed: " + FLAGS.get(flag));
    }

    private static Path existingFile(String flag, String value) {
        Path path = Path.of(value);
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new BadFlag(flag + " \"" + value + "\": no readable file there; allowed: " + FLAGS.get(flag));
        }
        return path;
    }

    private static int whole(String flag, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException notWhole) {
            // Reported below, with what is allowed.
        }
        throw notAllowed(flag, value);
    }

    private static double seconds(String flag, String value, double min) {
        // A pattern, not Double.parseDouble alone, which also takes "NaN", "1e2", "0x1p3" and "2d".
        if (value.matches("[0-9]{1,3}(\\.[0-9]{1,3})?")) {
            double s = Double.parseDouble(value);
            if (s >= min && s <= 600) {
                return s;
            }
        }
        throw notAllowed(flag, value);
    }

    private static List<String> jvmOptions(String value) {
        List<String> options = new ArrayList<>(Arrays.asList(value.strip().split("\\s+")));
        options.removeIf(String::isEmpty);
        for (String option : options) {
            if (!option.startsWith("-")) {
                throw notAllowed("--jvm-options", value);
            }
        }
        return List.copyOf(options);
    }

    private static Part part(String value) {
        int index = Part.NAMES.indexOf(value);
        if (index < 0) {
            throw notAllowed("--part", value);
        }
        return Part.values()[index];
    }
}
