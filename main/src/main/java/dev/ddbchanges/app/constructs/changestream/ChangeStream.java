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

    /** The DelegatedOperation dimension's value for the table's writes to a Kinesis streaming destination. */
    static final String REPLICATION_OPERATION = "PutRecords";

    private final KinesisStream stream;
    private final EncryptionKey key;
    private final String tableName;

    public ChangeStream(Construct scope, String id, ChangeStreamProps props) {
        super(scope, id);
        this.key = props.key();
        StreamSettings settings = props.settings();
        tableName = props.table().name();
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

    /** The records written to the stream: DynamoDB's changes, once each (or more, when it retries). */
    public Metric metricIncomingRecords() {
        return metric("IncomingRecords", "Sum");
    }

    /** How far behind its reader (Firehose) is: the age of the oldest record it last got. */
    public Metric metricIteratorAge() {
        return metric("GetRecords.IteratorAgeMilliseconds", "Maximum");
    }

    /**
     * Writes refused because they exceed the stream's capacity: a provisioned stream's shards, or what an on-demand
     * stream has scaled to (it takes up to twice its previous peak at once, and throttles beyond that).
     */
    public Metric metricWriteThrottles() {
        return metric("WriteProvisionedThroughputExceeded", "Sum");
    }

    /** How long the oldest change DynamoDB has not yet written to the stream has waited, in milliseconds. */
    public Metric metricReplicationAge() {
        return replicationMetric("AgeOfOldestUnreplicatedRecord", "Maximum");
    }

    /** Changes DynamoDB could not write to the stream at all (a record over Kinesis's 1 MB); it skips them. */
    public Metric metricReplicationFailures() {
        return replicationMetric("FailedToReplicateRecordCount", "Sum");
    }

    /** Changes the stream refused for lack of capacity; DynamoDB retries them, so they arrive late. */
    public Metric metricReplicationThrottles() {
        return replicationMetric("ThrottledPutRecordCount", "Sum");
    }

    private Metric metric(String name, String statistic) {
        return new Metric("AWS/Kinesis", name, Map.of("StreamName", stream.getName()), statistic);
    }

    /** DynamoDB reports its writes to the stream per table, as the operation it performs on the owner's behalf. */
    private Metric replicationMetric(String name, String statistic) {
        return new Metric(
                "AWS/DynamoDB",
                name,
                Map.of("TableName", tableName, "DelegatedOperation", REPLICATION_OPERATION),
                statistic);
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
