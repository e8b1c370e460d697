package dev.ddbchanges.app.config;

import java.util.Objects;
import java.util.Optional;

/**
 * Where alarms go and when they fire.
 *
 * @param email                  subscribed to the alarm topic (AWS asks the address to confirm first)
 * @param noSubscriberReason     who watches the topic when no address is subscribed
 * @param freshnessMultiple      Firehose's data freshness alarm fires beyond this many buffer rounds
 * @param iteratorAgeSeconds     the stream's reader alarm fires when it is this far behind
 * @param failedRecordsThreshold the converter alarm fires when more records fail in five minutes
 * @param replicationAgeSeconds  the replication alarm fires when DynamoDB holds a change this long unwritten
 */
public record MonitoringSettings(
        Optional<String> email,
        Optional<String> noSubscriberReason,
        int freshnessMultiple,
        int iteratorAgeSeconds,
        int failedRecordsThreshold,
        int replicationAgeSeconds) {

    public MonitoringSettings {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(noSubscriberReason, "noSubscriberReason");
    }

    /** The delivery-late alarm's threshold: Firehose data older than this many seconds is late. */
    public int freshnessAlarmSeconds(int bufferRoundSeconds) {
        return freshnessMultiple * bufferRoundSeconds;
    }
}
