package dev.ddbchanges.app.constructs.changestream;

import com.hashicorp.cdktf.providers.aws.dynamodb_kinesis_streaming_destination.DynamodbKinesisStreamingDestination;
import com.hashicorp.cdktf.providers.aws.dynamodb_kinesis_streaming_destination.DynamodbKinesisStreamingDestinationConfig;
import com.hashicorp.cdktf.providers.aws.iam_role_policy.IamRolePolicy;
import com.hashicorp.cdktf.providers.aws.kinesis_stream.KinesisStream;
import com.hashicorp.cdktf.providers.aws.kinesis_stream.KinesisStreamConfig;
import com.hashicorp.cdktf.providers.aws.kinesis_stream.KinesisStreamStreamModeDetails;
import dev.ddbchanges.app.config.StreamSettings;
import dev.ddbchanges.app.constructs.Metric;
import dev.ddbchanges.app.constructs.encryption.EncryptionContext;
import dev.ddbchanges.app.constructs.encryption.EncryptionKey;
import dev.ddbchanges.app.iam.PolicyStatement;
import dev.ddbchanges.app.iam.ServiceRole;
import java.util.Map;
import java.util.Optional;
import software.constructs.Construct;

/**
 * The Kinesis data stream that DynamoDB writes every change of the table to (Kinesis Data Streams for DynamoDB),
 * encrypted with the key.
 */
public final class ChangeStream extends Construct {
    /**
     * Microseconds tell apart changes made within the same millisecond; the converter reads either precision. The
     * 5.23.1 bindings predate the attribute (provider 5.73.0 added it), so it is set as an override.
     */
    static final String CREATION_TIME_PRECISION = "MICROSECOND";

    private final KinesisStream stream;
    private final EncryptionKey key;
    private final boolean provisioned;

    public ChangeStream(Construct scope, String id, ChangeStreamProps props) {
        super(scope, id);
        this.key = props.key();
        StreamSettings settings = props.settings();
        provisioned = settings.provisioned();
        KinesisStreamConfig.Builder config = KinesisStreamConfig.builder()
                .name(props.streamName())
                .encryptionType("KMS")
                .kmsKeyId(props.key().arn())
                .retentionPeriod(settings.retentionHours())
                .streamModeDetails(KinesisStreamStreamModeDetails.builder()
                        .streamMode(settings.mode())
                        .build());
        settings.shardCount().ifPresent(config::shardCount);
        stream = new KinesisStream(this, "stream", config.build());

        DynamodbKinesisStreamingDestination destination = new DynamodbKinesisStreamingDestination(
                this,
                "from-table",
                DynamodbKinesisStreamingDestinationConfig.builder()
                        .tableName(props.table().name())
                        .streamArn(stream.getArn())
                        .build());
        destination.addOverride("approximate_creation_date_time_precision", CREATION_TIME_PRECISION);
    }

    public String name() {
        return stream.getName();
    }

    public String arn() {
        return stream.getArn();
    }

    /** How far behind its reader (Firehose) is: the age of the oldest record it last got. */
    public Metric metricIteratorAge() {
        return metric("GetRecords.IteratorAgeMilliseconds", "Maximum");
    }

    /** Writes refused because they exceed the shards; empty for an on-demand stream, which has no shards to exceed. */
    public Optional<Metric> metricWriteThrottles() {
        return provisioned ? Optional.of(metric("WriteProvisionedThroughputExceeded", "Sum")) : Optional.empty();
    }

    private Metric metric(String name, String statistic) {
        return new Metric("AWS/Kinesis", name, Map.of("StreamName", stream.getName()), statistic);
    }

    /** Lets {@code role} read the stream and decrypt its records, for this stream only. */
    public IamRolePolicy grantRead(ServiceRole role) {
        return role.grant(
                this,
                "read-change-stream",
                PolicyStatement.allow("ReadChangeStream")
                        .withActions(
                                "kinesis:DescribeStream",
                                "kinesis:GetShardIterator",
                                "kinesis:GetRecords",
                                "kinesis:ListShards")
                        .withResources(stream.getArn()),
                key.grantUseVia(
                        "DecryptChangeStreamRecords", EncryptionContext.kinesisStream(stream.getArn()), "kms:Decrypt"));
    }
}
