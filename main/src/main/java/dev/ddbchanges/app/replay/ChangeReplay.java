package dev.ddbchanges.app.replay;

import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.converter.record.ChangeRecordConverter;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Replays DynamoDB change records through the real converter into the data bucket's layout on disk, buffered as
 * Firehose buffers them: converted lines under {@code changes/year=/month=/day=/hour=/}, failures under
 * {@code errors/processing-failed/...}, gzipped.
 *
 * <p>Each input line is either a change record exactly as Kinesis carries it (it reached the stream at the change's
 * own time, and Firehose read it at once), or an envelope that fixes how Firehose received it:
 * {@code {"arrival": "2026-11-26T00:01:00Z", "read": "2026-11-26T02:00:00Z", "sequence": "42", "record": {...}}}
 * ({@code read} defaults to {@code arrival}; a later one models Firehose catching up after an outage).
 */
public final class ChangeReplay {
    static final String SHARD = "shardId-000000000000";
    /** The replay's converter runs here, not in an account: the ARN in its error records names no real function. */
    static final String LAMBDA_ARN = "arn:aws:lambda:eu-central-1:000000000000:function:local-replay-converter";

    private ChangeReplay() {}

    /**
     * What a replay wrote.
     *
     * @param failures per converter reason, keyed and sorted by its metric label
     */
    public record Summary(int converted, int failed, int files, SortedMap<String, Failures> failures) {
        public Summary {
            failures = Collections.unmodifiableSortedMap(new TreeMap<>(failures));
        }
    }

    /**
     * The records the converter refused for one reason.
     *
     * @param firstDetail the converter's own words on the first of them (never item data: it names a field and a rule)
     */
    public record Failures(int count, int firstLine, String firstDetail) {
        Failures plusOne() {
            return new Failures(count + 1, firstLine, firstDetail);
        }
    }

    public static Summary replay(List<String> lines, Path outdir, Buffering buffering) throws IOException {
        long now = System.currentTimeMillis();
        List<Delivery> deliveries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                deliveries.add(Delivery.of(lines.get(i), i + 1, now));
            }
        }
        // Firehose reads one shard in order; records read at the same instant keep the file's order.
        deliveries.sort(Comparator.comparingLong(Delivery::readMillis).thenComparingLong(Delivery::arrivalMillis));
        for (int i = 1; i < deliveries.size(); i++) {
            Delivery earlier = deliveries.get(i - 1);
            Delivery later = deliveries.get(i);
            if (later.arrivalMillis() < earlier.arrivalMillis()) {
                throw new IllegalArgumentException("line " + later.line() + " reached the stream before line "
                        + earlier.line() + " but is read after it; allowed: reads in the order of arrival, as "
                        + "Firehose reads a shard");
            }
        }
        ChangeRecordConverter converter = new ChangeRecordConverter();
        FirehoseBuffers data = new FirehoseBuffers(DeliveryLayout.DATA_PREFIX, buffering);
        FirehoseBuffers errors = new FirehoseBuffers(DeliveryLayout.ERROR_PREFIX + "processing-failed/", buffering);
        int converted = 0;
        int failed = 0;
        SortedMap<String, Failures> failures = new TreeMap<>();
        for (Delivery delivery : deliveries) {
            ConversionResult result = converter.convert(
                    delivery.data(), new KinesisMetadata(SHARD, delivery.sequence(), delivery.arrivalMillis()));
            if (result instanceof ConversionResult.Converted ok) {
                data.add(delivery, ok.line());
                converted++;
            } else if (result instanceof ConversionResult.Failed refused) {
                failures.merge(
                        refused.reason().label(),
                        new Failures(1, delivery.line(), refused.detail()),
                        (first, next) -> first.plusOne());
                errors.add(
                        delivery,
                        ProcessingFailedRecord.line(
                                delivery.arrivalMillis(), delivery.readMillis(), delivery.data(), LAMBDA_ARN));
                failed++;
            }
        }
        return new Summary(converted, failed, data.writeTo(outdir) + errors.writeTo(outdir), failures);
    }
}
