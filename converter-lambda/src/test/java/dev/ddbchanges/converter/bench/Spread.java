package dev.ddbchanges.converter.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The minimum, median and maximum of one ratio over rounds (ours against the other side: above 1 means ours is faster),
 * and what they allow one to say. On a shared machine one run can land anywhere in a wide range, so a verdict needs
 * every round on the same side of 1.0, and at least {@value #MIN_ROUNDS} of them.
 */
record Spread(double min, double median, double max, int rounds) {
    static final int MIN_ROUNDS = 3;

    enum Verdict {
        FASTER("faster"),
        SLOWER("slower"),
        TOO_WIDE("spread too wide to conclude"),
        TOO_FEW("too few rounds to conclude");

        final String text;

        Verdict(String text) {
            this.text = text;
        }
    }

    static final String RULE = "a ratio is \"faster\" when every one of at least " + MIN_ROUNDS
            + " rounds is above 1.0, \"slower\" when every one is below 1.0, and the spread is too wide to conclude "
            + "when the rounds' range takes in 1.0";

    static Spread of(double... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a spread needs at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        double median = sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        return new Spread(sorted[0], median, sorted[sorted.length - 1], sorted.length);
    }

    Verdict verdict() {
        if (rounds < MIN_ROUNDS) {
            return Verdict.TOO_FEW;
        }
        if (min > 1.0) {
            return Verdict.FASTER;
        }
        if (max < 1.0) {
            return Verdict.SLOWER;
        }
        return Verdict.TOO_WIDE;
    }

    /** Met only when every ratio says "faster"; not met as soon as one says "slower"; else undecided. */
    static String goalStatus(List<Spread> ratios) {
        List<Verdict> verdicts = ratios.stream().map(Spread::verdict).toList();
        if (!verdicts.isEmpty() && verdicts.stream().allMatch(Verdict.FASTER::equals)) {
            return "met";
        }
        if (verdicts.contains(Verdict.SLOWER)) {
            return "not met";
        }
        return "undecided (no ratio is slower, but not every ratio is conclusively faster)";
    }

    @Override
    public String toString() {
        return String.format("%.2fx (%.2f-%.2f) %s", median, min, max, verdict().text);
    }
}
