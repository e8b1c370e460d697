package dev.ddbchanges.app.constructs.monitoring;

import dev.ddbchanges.app.config.DeliverySettings;
import dev.ddbchanges.app.config.MonitoringSettings;
import dev.ddbchanges.app.constructs.changestream.ChangeStream;
import dev.ddbchanges.app.constructs.converter.ConverterFunction;
import dev.ddbchanges.app.constructs.delivery.DeliveryStream;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * @param topicName          the alarm topic (built by {@code Names})
 * @param alarmName          builds an alarm's name from what it watches (the {@code Names} helper)
 * @param key                encrypts the topic
 * @param stream             watched for a reader falling behind and, when provisioned, for throttled writes
 * @param streamProvisioned  whether the stream has shards that writes can exceed
 * @param converter          watched for errors, throttles and failed records
 * @param delivery           watched for late and failed deliveries
 * @param deliverySettings   its buffer intervals, which set what "late" means
 * @param settings           the thresholds and the e-mail address
 */
public record PipelineAlarmsProps(String topicName, UnaryOperator<String> alarmName, EncryptionKey key,
        ChangeStream stream, boolean streamProvisioned, ConverterFunction converter, DeliveryStream delivery,
        DeliverySettings deliverySettings, MonitoringSettings settings) {

    public PipelineAlarmsProps {
        Objects.requireNonNull(topicName, "topicName");
        Objects.requireNonNull(alarmName, "alarmName");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(stream, "stream");
        Objects.requireNonNull(converter, "converter");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(deliverySettings, "deliverySettings");
        Objects.requireNonNull(settings, "settings");
    }
}
