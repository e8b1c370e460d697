package dev.ddbchanges.app.redrive;

import dev.ddbchanges.converter.record.FailureReason;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** What a run found and did, counted per outcome, per converter reason and per Firehose error code. */
final class RedriveReport {
    private int errorObjects;
    private int records;
    private int converted;
    private int alreadyRedriven;
    private int malformed;
    private int objectsWritten;
    private final Map<FailureReason, Integer> failing = new EnumMap<>(FailureReason.class);
    private final Map<String, Map<Outcome, Integer>> byErrorCode = new TreeMap<>();

    /** What became of a record that parsed, in the order the report names them. */
    private enum Outcome {
        CONVERTED("converted"),
        ALREADY_REDRIVEN("already re-driven"),
        STILL_FAILING("still failing");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }
    }

    void errorObject() {
        errorObjects++;
    }

    void malformed() {
        malformed++;
    }

    void converted(String errorCode) {
        converted++;
        record(errorCode, Outcome.CONVERTED);
    }

    void alreadyRedriven(String errorCode) {
        alreadyRedriven++;
        record(errorCode, Outcome.ALREADY_REDRIVEN);
    }

    void stillFailing(String errorCode, FailureReason reason) {
        failing.merge(reason, 1, Integer::sum);
        record(errorCode, Outcome.STILL_FAILING);
    }

    void objectWritten() {
        objectsWritten++;
    }

    int malformedCount() {
        return malformed;
    }

    private void record(String errorCode, Outcome outcome) {
        records++;
        byErrorCode
                .computeIfAbsent(errorCode, code -> new EnumMap<>(Outcome.class))
                .merge(outcome, 1, Integer::sum);
    }

    void print(PrintStream out, String source, HourRange hours, boolean dryRun) {
        out.println("Re-drive of " + source + ", " + hours.describe() + (dryRun ? " (dry run: nothing written)" : ""));
        line(out, "error objects read", errorObjects);
        line(out, "error records read", records + malformed);
        line(out, dryRun ? "converting now, would be written" : "converted now, written to changes/", converted);
        line(out, "already re-driven", alreadyRedriven);
        line(
                out,
                "still failing, left under errors/",
                failing.values().stream().mapToInt(Integer::intValue).sum());
        failing.forEach((reason, count) -> line(out, "  " + reason.label(), count));
        line(out, "malformed error records (each named above)", malformed);
        out.println("  by Firehose errorCode:");
        byErrorCode.forEach((code, counts) -> out.println("    " + code + ": "
                + Arrays.stream(Outcome.values())
                        .map(outcome -> counts.getOrDefault(outcome, 0) + " " + outcome.label)
                        .collect(Collectors.joining(", "))));
        line(out, dryRun ? "objects that would be written" : "objects written under changes/", objectsWritten);
    }

    private static void line(PrintStream out, String label, int count) {
        out.printf("  %-44s %d%n", label + ":", count);
    }
}
