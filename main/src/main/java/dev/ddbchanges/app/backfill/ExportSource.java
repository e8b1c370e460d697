package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.cli.AwsErrors;
import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.cli.Pause;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DestinationStatus;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportStatus;
import software.amazon.awssdk.services.dynamodb.model.KinesisDataStreamDestination;
import software.amazon.awssdk.services.dynamodb.model.S3SseAlgorithm;
import software.amazon.awssdk.services.kinesis.KinesisClient;

/**
 * The DynamoDB and Kinesis calls of a backfill: is the table streaming into the environment's change stream, since
 * when does that stream exist, and the export itself (start, wait, describe).
 */
final class ExportSource {
    /** Where in the data bucket DynamoDB writes the exports the command starts. */
    static final String EXPORT_PREFIX = "exports";

    private final DynamoDbClient dynamodb;
    private final KinesisClient kinesis;
    /** Waits between two looks at a running export. */
    private final Pause sleeper;

    /** The table's streaming into the change stream, and when that stream was created. */
    record Streaming(String streamArn, Instant streamCreated) {}

    ExportSource(DynamoDbClient dynamodb, KinesisClient kinesis, Pause sleeper) {
        this.dynamodb = dynamodb;
        this.kinesis = kinesis;
        this.sleeper = sleeper;
    }

    /** Refuses unless the table streams into {@code stream} and that destination is ACTIVE. */
    Streaming streaming(String table, String stream) {
        KinesisDataStreamDestination destination = call(
                        "dynamodb:DescribeKinesisStreamingDestination on table " + table,
                        () -> dynamodb.describeKinesisStreamingDestination(b -> b.tableName(table)))
                .kinesisDataStreamDestinations()
                .stream()
                .filter(d -> d.streamArn().endsWith(":stream/" + stream))
                .findFirst()
                .orElseThrow(() -> CommandException.badInput("table " + table + " has no Kinesis streaming "
                        + "destination " + stream + "; allowed: a table that streams into it (deploy the "
                        + "environment first: streaming must be on before the export, or changes made between the "
                        + "export and the start of streaming are lost)"));
        if (destination.destinationStatus() != DestinationStatus.ACTIVE) {
            throw CommandException.badInput("table " + table + " streams into " + stream + " with status = "
                    + destination.destinationStatusAsString() + "; allowed: ACTIVE (streaming must be on before the "
                    + "export, or changes made between the export and the start of streaming are lost)");
        }
        Instant created = call(
                        "kinesis:DescribeStreamSummary on " + destination.streamArn(),
                        () -> kinesis.describeStreamSummary(b -> b.streamARN(destination.streamArn())))
                .streamDescriptionSummary()
                .streamCreationTimestamp();
        return new Streaming(destination.streamArn(), created);
    }

    String tableArn(String table) {
        return call("dynamodb:DescribeTable on table " + table, () -> dynamodb.describeTable(b -> b.tableName(table)))
                .table()
                .tableArn();
    }

    /**
     * Starts a point-in-time export of the table at this moment. The client token makes a retried start (the same
     * table, bucket and key on the same UTC day) return the export already started instead of starting a second.
     */
    String start(String tableArn, String bucket, String keyAlias, String clientToken) {
        return call(
                        "dynamodb:ExportTableToPointInTime of " + tableArn,
                        () -> dynamodb.exportTableToPointInTime(b -> b.tableArn(tableArn)
                                .s3Bucket(bucket)
                                .s3Prefix(EXPORT_PREFIX)
                                .exportFormat(ExportFormat.DYNAMODB_JSON)
                                .s3SseAlgorithm(S3SseAlgorithm.KMS)
                                .s3SseKmsKeyId(keyAlias)
                                .clientToken(clientToken)))
                .exportDescription()
                .exportArn();
    }

    ExportDescription describe(String exportArn) {
        return call(
                        "dynamodb:DescribeExport of " + exportArn,
                        () -> dynamodb.describeExport(b -> b.exportArn(exportArn)))
                .exportDescription();
    }

    /** Looks at the export every {@code every} until it is no longer in progress. */
    ExportDescription await(String exportArn, Duration every, PrintStream progress) {
        ExportDescription export = describe(exportArn);
        while (export.exportStatus() == ExportStatus.IN_PROGRESS) {
            progress.println("export " + exportArn + " is in progress; looking again in " + every.toSeconds() + " s");
            try {
                sleeper.sleep(every);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CommandException.badInput("interrupted while waiting for export " + exportArn + "; run again "
                        + "with --export-arn " + exportArn + " once it is COMPLETED");
            }
            export = describe(exportArn);
        }
        return export;
    }

    private static <T> T call(String what, Supplier<T> call) {
        return AwsErrors.call(what, call, refused -> "");
    }
}
