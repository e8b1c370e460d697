package dev.ddbchanges.app.constructs.delivery;

import com.hashicorp.cdktf.ITerraformDependable;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_stream.CloudwatchLogStream;
import com.hashicorp.cdktf.providers.aws.cloudwatch_log_stream.CloudwatchLogStreamConfig;
import com.hashicorp.cdktf.providers.aws.kinesis_firehose_delivery_stream.KinesisFirehoseDeliveryStream;
import com.hashicorp.cdktf.providers.aws.kinesis_firehose_delivery_stream.KinesisFirehoseDeliveryStreamConfig;
import com.hashicorp.cdktf.providers.aws.kinesis_firehose_delivery_stream.KinesisFirehoseDeliveryStreamExtendedS3Configuration;
import com.hashicorp.cdktf.providers.aws.kinesis_firehose_delivery_stream.KinesisFirehoseDeliveryStreamExtendedS3ConfigurationCloudwatchLoggingOptions;
import com.hashicorp.cdktf.providers.aws.kinesis_firehose_delivery_stream.KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfiguration;
import com.hashicorp.cdktf.providers.aws.kinesis_firehose_delivery_stream.KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfigurationProcessors;
import com.hashicorp.cdktf.providers.aws.kinesis_firehose_delivery_stream.KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfigurationProcessorsParameters;
import com.hashicorp.cdktf.providers.aws.kinesis_firehose_delivery_stream.KinesisFirehoseDeliveryStreamKinesisSourceConfiguration;
import dev.ddbchanges.app.config.DeliverySettings;
import dev.ddbchanges.app.config.FirehoseProcessorDefaults;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.logging.EncryptedLogGroup;
import dev.ddbchanges.app.constructs.logging.EncryptedLogGroupProps;
import dev.ddbchanges.app.iam.PolicyStatement;
import dev.ddbchanges.app.iam.ServiceRole;
import dev.ddbchanges.app.iam.ServiceRoleProps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.constructs.Construct;

/**
 * Firehose: reads the change stream, has the converter turn each record into one line, and writes the lines, gzipped
 * and encrypted, into the data bucket under hourly partitions. Records the converter fails land under the error prefix
 * with their original bytes: nothing is dropped.
 */
public final class DeliveryStream extends Construct {
    /** The log stream Firehose writes S3 delivery errors to. */
    static final String LOG_STREAM = "DestinationDelivery";

    private final KinesisFirehoseDeliveryStream stream;
    private final int bufferRoundSeconds;
    private final Metric errorObjectsWritten;

    public DeliveryStream(Construct scope, String id, DeliveryStreamProps props) {
        super(scope, id);
        ServiceRole role = new ServiceRole(
                this,
                "role",
                new ServiceRoleProps(
                        props.roleName(),
                        "Lets Firehose " + props.streamName() + " read the change stream, run the converter and write "
                                + "the data bucket",
                        "firehose.amazonaws.com",
                        // Only Firehose streams of this account may act through the role (the confused-deputy guard).
                        List.of(new ServiceRoleProps.TrustCondition(
                                "StringEquals", "sts:ExternalId", props.accountId()))));
        EncryptedLogGroup logs = new EncryptedLogGroup(
                this, "logs", new EncryptedLogGroupProps(props.logGroupName(), props.key(), props.logRetentionDays()));
        CloudwatchLogStream logStream = new CloudwatchLogStream(
                this,
                "log-stream",
                CloudwatchLogStreamConfig.builder()
                        .name(LOG_STREAM)
                        .logGroupName(logs.name())
                        .build());
        // Firehose checks its role's access when the stream is created: every grant must exist first.
        List<ITerraformDependable> prerequisites = List.of(
                props.source().grantRead(role),
                props.bucket()
                        .grantWrite(
                                role,
                                "write-delivered-objects",
                                DeliveryLayout.DATA_PREFIX,
                                DeliveryLayout.ERROR_PREFIX),
                props.converter().grantInvoke(role),
                role.grant(
                        this,
                        "write-delivery-logs",
                        PolicyStatement.allow("WriteDeliveryLogs")
                                .withActions("logs:PutLogEvents")
                                .withResources(logs.arn() + ":log-stream:" + LOG_STREAM)),
                logStream);

        DeliverySettings settings = props.settings();
        bufferRoundSeconds = settings.bufferRoundSeconds();
        stream = new KinesisFirehoseDeliveryStream(
                this,
                "stream",
                KinesisFirehoseDeliveryStreamConfig.builder()
                        .name(props.streamName())
                        .destination("extended_s3")
                        .kinesisSourceConfiguration(KinesisFirehoseDeliveryStreamKinesisSourceConfiguration.builder()
                                .kinesisStreamArn(props.source().arn())
                                .roleArn(role.arn())
                                .build())
                        .extendedS3Configuration(KinesisFirehoseDeliveryStreamExtendedS3Configuration.builder()
                                .bucketArn(props.bucket().arn())
                                .roleArn(role.arn())
                                .prefix(DeliveryLayout.dataPrefix())
                                .errorOutputPrefix(DeliveryLayout.errorPrefix())
                                .bufferingInterval(settings.bufferingIntervalSeconds())
                                .bufferingSize(settings.bufferingSizeMb())
                                // Athena bills the bytes it scans: gzipped JSON lines are a fraction of the plain ones.
                                .compressionFormat("GZIP")
                                .kmsKeyArn(props.key().arn())
                                .cloudwatchLoggingOptions(
                                        KinesisFirehoseDeliveryStreamExtendedS3ConfigurationCloudwatchLoggingOptions
                                                .builder()
                                                .enabled(true)
                                                .logGroupName(logs.name())
                                                .logStreamName(LOG_STREAM)
                                                .build())
                                .processingConfiguration(processing(props))
                                .build())
                        .dependsOn(prerequisites)
                        .build());
        // Every failure Firehose gives up on, whichever its kind, ends as an object under the error prefix.
        errorObjectsWritten = props.bucket().metricPutRequestsUnder(DeliveryLayout.ERROR_PREFIX, "errors");
    }

    public String name() {
        return stream.getName();
    }

    /** The longest a record waits when nothing fails: one converter batch interval, then one S3 buffer interval. */
    public int bufferRoundSeconds() {
        return bufferRoundSeconds;
    }

    /** The age of the oldest record Firehose holds and has not yet delivered to S3, in seconds. */
    public Metric metricDataFreshness() {
        return metric("DeliveryToS3.DataFreshness", "Maximum");
    }

    /** The share of deliveries to S3 that succeeded (1 when all did). */
    public Metric metricDeliverySuccess() {
        return metric("DeliveryToS3.Success", "Minimum");
    }

    /**
     * The share of converter invocations that succeeded (1 when all did). It falls when Firehose cannot run the
     * converter at all (a request over Lambda's limit, access denied, a response Firehose rejects), which neither
     * Lambda's errors nor the converter's own metrics can see.
     */
    public Metric metricProcessingSuccess() {
        return metric("ExecuteProcessing.Success", "Minimum");
    }

    /** PUT requests under the error prefix: Firehose writing records it could not convert or deliver. */
    public Metric metricErrorObjectsWritten() {
        return errorObjectsWritten;
    }

    private Metric metric(String name, String statistic) {
        return new Metric("AWS/Firehose", name, Map.of("DeliveryStreamName", stream.getName()), statistic);
    }

    private static KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfiguration processing(
            DeliveryStreamProps props) {
        DeliverySettings settings = props.settings();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("LambdaArn", props.converter().invokeArn());
        // The provider keeps no parameter that equals Firehose's default in its state: writing one would show
        // the stream as changed in every plan. So only values that differ from those defaults are written.
        if (settings.processorRetries() != FirehoseProcessorDefaults.RETRIES) {
            parameters.put("NumberOfRetries", String.valueOf(settings.processorRetries()));
        }
        if (settings.processorBufferSizeMb().compareTo(FirehoseProcessorDefaults.BUFFER_SIZE_MB) != 0) {
            parameters.put("BufferSizeInMBs", settings.processorBufferSizeMb().toPlainString());
        }
        if (settings.processorBufferIntervalSeconds() != FirehoseProcessorDefaults.BUFFER_INTERVAL_SECONDS) {
            parameters.put("BufferIntervalInSeconds", String.valueOf(settings.processorBufferIntervalSeconds()));
        }
        List<KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfigurationProcessorsParameters> list =
                parameters.entrySet().stream()
                        .map(entry ->
                                KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfigurationProcessorsParameters
                                        .builder()
                                        .parameterName(entry.getKey())
                                        .parameterValue(entry.getValue())
                                        .build())
                        .toList();
        return KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfiguration.builder()
                .enabled(true)
                .processors(List.of(
                        KinesisFirehoseDeliveryStreamExtendedS3ConfigurationProcessingConfigurationProcessors.builder()
                                .type("Lambda")
                                .parameters(list)
                                .build()))
                .build();
    }
}
