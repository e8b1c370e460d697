package dev.ddbchanges.converter.firehose;

import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.FailureReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What one invocation did, for the metrics log line. Holds no item data.
 *
 * @param envelopeFallback null, unless the direct envelope reader failed on the request (a bug) and the Jackson reader
 *     read it instead: then the exception's class and where it was thrown
 */
public record BatchReport(
        String invocationId,
        String deliveryStreamArn,
        int records,
        int ok,
        int processingFailed,
        int slowPath,
        Map<FailureReason, Integer> failuresByReason,
        long bytesIn,
        long bytesOut,
        long responseBytes,
        List<FailureSample> failureSamples,
        String envelopeFallback) {

    /** At most this many failures are itemized in the log line; the counts cover all of them. */
    static final int MAX_FAILURE_SAMPLES = 10;

    /** Enough to find the raw record in the error prefix; the detail names a field and a rule, never a value. */
    public record FailureSample(String recordId, FailureReason reason, String detail) {}

    /**
     * Counted from what is answered, not from what converted: a line the response has no room for is answered
     * ProcessingFailed, and is then neither Ok nor slow path.
     *
     * @param results each record's conversion, in the order of the plan's entries
     */
    static BatchReport of(
            FirehoseEvent event, List<ConversionResult> results, FirehoseResponse.Plan plan, String envelopeFallback) {
        Map<FailureReason, Integer> byReason = new EnumMap<>(FailureReason.class);
        List<FailureSample> samples = new ArrayList<>();
        int ok = 0;
        int slowPath = 0;
        long bytesIn = 0;
        long bytesOut = 0;
        for (FirehoseRecord record : event.records()) {
            bytesIn += record.data() == null ? 0 : record.data().length;
        }
        for (int i = 0; i < plan.entries().size(); i++) {
            ResponseEntry entry = plan.entries().get(i);
            if (entry.ok()) {
                ok++;
                if (results.get(i) instanceof ConversionResult.Converted converted && !converted.direct()) {
                    slowPath++;
                }
                bytesOut += entry.data().length;
            } else {
                byReason.merge(entry.reason(), 1, Integer::sum);
                if (samples.size() < MAX_FAILURE_SAMPLES) {
                    samples.add(new FailureSample(entry.recordId(), entry.reason(), entry.detail()));
                }
            }
        }
        int total = plan.entries().size();
        return new BatchReport(
                event.invocationId(),
                event.deliveryStreamArn(),
                total,
                ok,
                total - ok,
                slowPath,
                Collections.unmodifiableMap(byReason),
                bytesIn,
                bytesOut,
                plan.bytes(),
                List.copyOf(samples),
                envelopeFallback);
    }
}
