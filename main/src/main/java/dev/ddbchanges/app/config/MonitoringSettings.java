package dev.ddbchanges.app.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where alarms go and when they fire.
 *
 * @param email                  subscribed to the alarm topic (AWS asks the address to confirm first)
 * @param freshnessMultiple      Firehose's data freshness alarm fires beyond this many buffer rounds
 * @param iteratorAgeSeconds     the stream's reader alarm fires when it is this far behind
 * @param failedRecordsThreshold the converter alarm fires when more records fail in five minutes
 */
public record MonitoringSettings(
        Optional<String> email, int freshnessMultiple, int iteratorAgeSeconds, int failedRecordsThreshold) {

    public MonitoringSettings {
        Objects.requireNonNull(email, "email");
    }

    /** The delivery-late alarm's threshold: Firehose data older than this many seconds is late. */
    public int freshnessAlarmSeconds(int bufferRoundSeconds) {
        return freshnessMultiple * bufferRoundSeconds;
    }
}
