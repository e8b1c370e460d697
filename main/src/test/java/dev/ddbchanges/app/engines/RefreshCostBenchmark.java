package dev.ddbchanges.app.engines;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.RefreshWindow;
import dev.ddbchanges.app.replay.Buffering;
import dev.ddbchanges.app.replay.ChangeReplay;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What a refresh, a current-state read of the table and a current-state-full read scan, in bytes, on Trino (Athena
 * bills the bytes its engine reads, as Trino's physical input bytes count them). Synthetic histories at a fixed rate
 * of changes per day over a fixed set of keys go through the real converter into gzipped objects, as Firehose writes
 * them (15-minute buffers); each history is twice the one before. Not a test: the sizes and the figures it prints are
 * the documented cost table; {@code RefreshCostBenchmarkTest} runs it small and holds only its shape.
 *
 * <p>Arguments: the smallest history's changes (default 20000), how many histories (3), keys (2000), changes per day
 * (5000).
 */
public final class RefreshCostBenchmark {
    static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    /** Firehose's longest buffer: the fewest, largest objects a steady trickle makes. */
    static final Buffering BUFFERING = new Buffering(900, 128L * 1024 * 1024);
    /** Dev's window: a day of retention, the default buffers, hourly refreshes (51 hours). */
    static final RefreshWindow WINDOW = RefreshWindow.of(24, 120, 60);

    private static final ObjectMapper JSON = new ObjectMapper();

    private RefreshCostBenchmark() {}

    /** One history's figures: its size and the bytes each statement read. */
    record Measured(int changes, int keys, long objectBytes, long refreshBytes, long tableReadBytes, long fullBytes) {}

    public static void main(String[] args) throws Exception {
        int smallest = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int histories = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int keys = args.length > 2 ? Integer.parseInt(args[2]) : 2000;
        int perDay = args.length > 3 ? Integer.parseInt(args[3]) : 5000;
        List<Measured> rows = new ArrayList<>();
        for (int i = 0; i < histories; i++) {
            rows.add(measure(smallest << i, keys, perDay, Files.createTempDirectory("refresh-cost-")));
        }
        print(rows, perDay);
        System.exit(0);
    }

    /** Replays one history into {@code outdir} and measures the three statements over it. */
    static Measured measure(int changes, int keys, int perDay, Path outdir) throws Exception {
        ChangeReplay.replay(history(changes, keys, perDay), outdir, BUFFERING);
        long objectBytes;
        try (var files = Files.walk(outdir.resolve("changes"))) {
            objectBytes = files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
        Instant end = START.plus(Duration.ofMillis(Math.round((double) changes / perDay * 86_400_000)));
        try (TrinoCurrentState table = TrinoCurrentState.create()) {
            table.rebuild(outdir, WINDOW);
            table.merge(outdir, end.toString(), WINDOW);
            long refresh = table.lastInputBytes();
            table.query(NamedQuery.CURRENT_STATE.template(), List.of());
            long tableRead = table.lastInputBytes();
            long full = TrinoCurrentState.inputBytes(
                    NamedQuery.CURRENT_STATE_FULL.template().replace("{{table}}", TrinoAthena.changesTable(outdir)));
            return new Measured(changes, keys, objectBytes, refresh, tableRead, full);
        }
    }

    /** {@code changes} MODIFYs, a steady {@code perDay}, each of one of {@code keys} items, the same on every run. */
    static List<String> history(int changes, int keys, int perDay) {
        Random random = new Random(20);
        long spacingMicros = 86_400_000_000L / perDay;
        List<String> lines = new ArrayList<>(changes);
        for (int i = 0; i < changes; i++) {
            long micros = START.toEpochMilli() * 1000 + i * spacingMicros;
            String pk = "item-" + random.nextInt(keys);
            ObjectNode record = JSON.createObjectNode()
                    .put("awsRegion", "eu-central-1")
                    .put("eventID", "ev-" + i)
                    .put("eventName", "MODIFY")
                    .putNull("userIdentity")
                    .put("recordFormat", "application/json")
                    .put("tableName", "ddb-changes-dev-table")
                    .put("eventSource", "aws:dynamodb");
            ObjectNode dynamodb = record.putObject("dynamodb").put("ApproximateCreationDateTime", micros);
            dynamodb.putObject("Keys").putObject("pk").put("S", pk);
            dynamodb.put("SizeBytes", 180);
            dynamodb.set("NewImage", image(pk, i, random));
            dynamodb.set("OldImage", image(pk, i - 1, random));
            ObjectNode envelope = JSON.createObjectNode()
                    .put("arrival", Instant.ofEpochMilli(micros / 1000).toString())
                    .put("sequence", String.valueOf(49_000_000_000L + i));
            envelope.set("record", record);
            lines.add(envelope.toString());
        }
        return lines;
    }

    private static ObjectNode image(String pk, int version, Random random) {
        ObjectNode image = JSON.createObjectNode();
        image.putObject("pk").put("S", pk);
        image.putObject("status")
                .put("S", List.of("new", "paid", "shipped", "delivered").get(random.nextInt(4)));
        image.putObject("total").put("N", String.valueOf(random.nextInt(100_000) / 100.0));
        image.putObject("version").put("N", String.valueOf(version));
        image.putObject("customer").put("S", "customer-" + random.nextInt(500));
        return image;
    }

    static void print(List<Measured> rows, int perDay) {
        System.out.printf(
                "%-8s %-6s %-14s %-14s %-16s %-14s%n",
                "changes", "keys", "objects (B)", "refresh (B)", "table read (B)", "full read (B)");
        for (Measured row : rows) {
            System.out.printf(
                    "%-8d %-6d %-14d %-14d %-16d %-14d%n",
                    row.changes(),
                    row.keys(),
                    row.objectBytes(),
                    row.refreshBytes(),
                    row.tableReadBytes(),
                    row.fullBytes());
        }
        Measured last = rows.get(rows.size() - 1);
        double perChange = (double) last.fullBytes() / last.changes();
        double perKey = (double) last.tableReadBytes() / last.keys();
        long windowChanges = Math.min(last.changes(), (long) WINDOW.hours() * perDay / 24);
        double mergeTablePerKey = (last.refreshBytes() - perChange * windowChanges) / last.keys();
        System.out.printf("bytes per change (full read / changes): %.1f%n", perChange);
        System.out.printf("bytes per key (table read / keys): %.1f%n", perKey);
        System.out.printf(
                "refresh: %d changes in its %d-hour window; the table part per key: %.1f%n",
                windowChanges, WINDOW.hours(), mergeTablePerKey);
        System.out.println("full read = bytes per change x changes; table read = bytes per key x keys; refresh = bytes "
                + "per change x changes in the window + the table (per key x keys)");
        System.out.println("at 1,000,000 changes a day and 1,000,000 keys, with production's 195-hour window:");
        for (long changes : List.of(1_000_000L, 10_000_000L, 100_000_000L)) {
            long window = Math.min(changes, 195L * 1_000_000 / 24);
            System.out.printf(
                    "  %,d changes: full read %s, refresh %s, table read %s%n",
                    changes,
                    human(perChange * changes),
                    human(perChange * window + mergeTablePerKey * 1_000_000),
                    human(perKey * 1_000_000));
        }
    }

    private static String human(double bytes) {
        return bytes >= 1e9 ? String.format("%.1f GB", bytes / 1e9) : String.format("%.0f MB", bytes / 1e6);
    }
}
