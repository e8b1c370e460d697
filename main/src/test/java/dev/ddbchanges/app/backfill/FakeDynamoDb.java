package dev.ddbchanges.app.backfill;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeExportResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeKinesisStreamingDestinationResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.DestinationStatus;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportStatus;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeResponse;
import software.amazon.awssdk.services.dynamodb.model.KinesisDataStreamDestination;

/**
 * DynamoDB's control plane as the backfill sees it: one table streaming into one Kinesis stream, and one export whose
 * description the test sets. Only the calls the backfill makes; the SDK interface refuses every other.
 */
final class FakeDynamoDb implements DynamoDbClient {
    static final String TABLE_ARN = "arn:aws:dynamodb:eu-central-1:111111111111:table/ddb-changes-dev-table";
    static final String STREAM_ARN = "arn:aws:kinesis:eu-central-1:111111111111:stream/ddb-changes-dev-changes";
    static final String EXPORT_ID = "01796155200000-5e2b9c4f";
    static final String EXPORT_ARN = TABLE_ARN + "/export/" + EXPORT_ID;
    static final String MANIFEST = "exports/AWSDynamoDB/" + EXPORT_ID + "/manifest-summary.json";

    DestinationStatus destinationStatus = DestinationStatus.ACTIVE;
    ExportDescription export;
    /** What a describe answers before it answers {@link #export}: an export still running. */
    int inProgressDescribes;

    final List<ExportTableToPointInTimeRequest> started = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    FakeDynamoDb(String bucket) {
        export = ExportDescription.builder()
                .exportArn(EXPORT_ARN)
                .exportStatus(ExportStatus.COMPLETED)
                .exportTime(Instant.parse("2026-12-01T20:00:00Z"))
                .tableArn(TABLE_ARN)
                .s3Bucket(bucket)
                .s3Prefix("exports")
                .exportFormat(ExportFormat.DYNAMODB_JSON)
                .exportManifest(MANIFEST)
                .build();
    }

    void edit(Consumer<ExportDescription.Builder> edit) {
        ExportDescription.Builder builder = export.toBuilder();
        edit.accept(builder);
        export = builder.build();
    }

    @Override
    public DescribeKinesisStreamingDestinationResponse describeKinesisStreamingDestination(
            DescribeKinesisStreamingDestinationRequest request) {
        calls.add("DescribeKinesisStreamingDestination " + request.tableName());
        return DescribeKinesisStreamingDestinationResponse.builder()
                .tableName(request.tableName())
                .kinesisDataStreamDestinations(KinesisDataStreamDestination.builder()
                        .streamArn(STREAM_ARN)
                        .destinationStatus(destinationStatus)
                        .build())
                .build();
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        calls.add("DescribeTable " + request.tableName());
        return DescribeTableResponse.builder()
                .table(t -> t.tableName(request.tableName()).tableArn(TABLE_ARN))
                .build();
    }

    @Override
    public ExportTableToPointInTimeResponse exportTableToPointInTime(ExportTableToPointInTimeRequest request) {
        calls.add("ExportTableToPointInTime " + request.tableArn());
        started.add(request);
        return ExportTableToPointInTimeResponse.builder()
                .exportDescription(export.toBuilder()
                        .exportStatus(ExportStatus.IN_PROGRESS)
                        .build())
                .build();
    }

    @Override
    public DescribeExportResponse describeExport(DescribeExportRequest request) {
        calls.add("DescribeExport " + request.exportArn());
        if (inProgressDescribes > 0) {
            inProgressDescribes--;
            return DescribeExportResponse.builder()
                    .exportDescription(export.toBuilder()
                            .exportStatus(ExportStatus.IN_PROGRESS)
                            .build())
                    .build();
        }
        return DescribeExportResponse.builder().exportDescription(export).build();
    }

    @Override
    public String serviceName() {
        return SERVICE_NAME;
    }

    @Override
    public void close() {}
}
