package dev.ddbchanges.app.constructs.monitoring;

import dev.ddbchanges.app.config.MonitoringSettings;
import dev.ddbchanges.app.constructs.Required;
import dev.ddbchanges.app.constructs.changestream.ChangeStream;
import dev.ddbchanges.app.constructs.changestream.ChangeTable;
import dev.ddbchanges.app.constructs.converter.ConverterFunction;
import dev.ddbchanges.app.constructs.delivery.DeliveryStream;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.constructs.refresh.CurrentStateRefresh;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Every option is required and each has its own type, so a positional record reads as well as a builder would.
 *
 * @param topicName the alarm topic (built by {@code Names})
 * @param alarmName builds an alarm's name from what it watches (the {@code Names} helper)
 * @param key       encrypts the topic
 * @param table     watched for writes that never reach the stream
 * @param stream    watched for a reader falling behind, throttled writes, and DynamoDB's replication into it
 * @param converter watched for errors, throttles and failed records
 * @param delivery  watched for late and failed deliveries, failed converter runs and objects under errors/; its
 *                  buffer rounds set what "late" means
 * @param settings  the thresholds and the e-mail address
 * @param refresh   the current-state refresh machine, where the table is on: watched for runs that fail or stop
 */
public record PipelineAlarmsProps(
        String topicName,
        UnaryOperator<String> alarmName,
        EncryptionKey key,
        ChangeTable table,
        ChangeStream stream,
        ConverterFunction converter,
        DeliveryStream delivery,
        MonitoringSettings settings,
        Optional<CurrentStateRefresh> refresh) {

    public PipelineAlarmsProps {
        Required.components(
                PipelineAlarmsProps.class,
                topicName,
                alarmName,
                key,
                table,
                stream,
                converter,
                delivery,
                settings,
                refresh);
    }
}
