package dev.ddbchanges.converter.firehose;

import dev.ddbchanges.converter.record.FailureReason;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What one invocation did, for the metrics log line. Holds no item data. */
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
        List<FailureSample> failureSamples) {

    /** At most this many failures are itemized in the log line; the counts cover all of them. */
    static final int MAX_FAILURE_SAMPLES = 10;

    /** Enough to find the raw record in the error prefix; the detail names a field and a rule, never a value. */
    public record FailureSample(String recordId, FailureReason reason, String detail) {}

    /** @param slowPath the batch's records that converted only on the Jackson path */
    static BatchReport of(FirehoseEvent event, FirehoseResponse.Plan plan, int slowPath) {
        Map<FailureReason, Integer> byReason = new EnumMap<>(FailureReason.class);
        List<FailureSample> samples = new ArrayList<>();
        int ok = 0;
        long bytesIn = 0;
        long bytesOut = 0;
        for (FirehoseRecord record : event.records()) {
            bytesIn += record.data() == null ? 0 : record.data().length;
        }
        for (ResponseEntry entry : plan.entries()) {
            if (entry.ok()) {
                ok++;
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
                List.copyOf(samples));
    }
}
