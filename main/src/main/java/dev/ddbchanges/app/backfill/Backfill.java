package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.contract.HourPartitions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.ExportDescription;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportStatus;

/**
 * One backfill: checks that streaming is on, starts and waits for an export (or takes the one given), checks that the
 * export is complete and no older than the change stream, and writes its items as change lines into the hour it runs
 * in, once per export however often it runs.
 */
final class Backfill {
    static final Duration LOOK_AGAIN = Duration.ofSeconds(30);

    private final BackfillTarget target;
    private final BackfillOptions options;
    private final ExportSource source;
    private final BackfillBucket bucket;
    private final Clock clock;
    private final PrintStream out;
    private final PrintStream err;

    Backfill(
            BackfillTarget target,
            BackfillOptions options,
            ExportSource source,
            BackfillBucket bucket,
            Clock clock,
            PrintStream out,
            PrintStream err) {
        this.target = target;
        this.options = options;
        this.source = source;
        this.bucket = bucket;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    void run() {
        ExportSource.Streaming streaming = source.streaming(target.table(), target.changeStream());
        Optional<String> exportArn = options.exportArn()
                .or(() -> startExport(EarlierBackfills.check(bucket, target.table(), options.newExport())));
        if (exportArn.isEmpty()) {
            return;
        }
        ExportDescription export = source.describe(exportArn.get());
        check(export, streaming);
        ExportManifest manifest = ExportManifest.read(
                export.exportManifest(),
                text(export.s3Bucket(), export.exportManifest()),
                key -> text(export.s3Bucket(), key));
        if (!manifest.exportArn().equals(export.exportArn())) {
            throw CommandException.badInput(export.exportManifest() + ": exportArn = " + manifest.exportArn()
                    + "; allowed: " + export.exportArn() + ", the export DynamoDB describes");
        }
        out.println("order: the table streams into " + target.changeStream() + " (ACTIVE; the stream exists since "
                + streaming.streamCreated() + "), which was on before the export's time " + export.exportTime()
                + ": a change made between the two is in both the stream and the export, never in neither, and "
                + "the queries keep one line per key by event time and event id");
        write(export, manifest);
    }

    /**
     * Without --export-arn: the export this run starts and waits for; empty on a dry run, which starts none.
     *
     * @param previous the latest completed backfill, when --new-export asks for another
     */
    private Optional<String> startExport(Optional<BackfillMarker> previous) {
        if (options.dryRun()) {
            out.println("dry run: would start a point-in-time export of table " + target.table() + " into s3://"
                    + bucket.name() + "/" + ExportSource.EXPORT_PREFIX + "/ (billed per GB of the table's size, no "
                    + "read capacity used), wait for it and write its items as change lines; nothing started");
            return Optional.empty();
        }
        String tableArn = source.tableArn(target.table());
        String arn = source.start(tableArn, bucket.name(), target.keyAlias(), clientToken(tableArn, previous));
        out.println("export " + arn + " started; a backfill that stops while it runs goes on with --export-arn " + arn);
        ExportDescription export = source.await(arn, LOOK_AGAIN, err);
        out.println("export " + arn + " is " + export.exportStatusAsString());
        return Optional.of(arn);
    }

    /**
     * The same table, bucket, key, UTC day and previous backfill give the same token, and DynamoDB answers a start
     * with a token it saw in the last 8 hours with the export that token started: a start retried soon after, say
     * when the wait was interrupted, gets the same export. Later, the markers are what keep a second copy out.
     */
    private String clientToken(String tableArn, Optional<BackfillMarker> previous) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        String after = previous.map(BackfillMarker::exportArn).orElse("");
        return "backfill-"
                + EventIds.hex(String.join("\n", tableArn, bucket.name(), target.keyAlias(), day.toString(), after));
    }

    private void check(ExportDescription export, ExportSource.Streaming streaming) {
        String arn = export.exportArn();
        if (export.exportStatus() != ExportStatus.COMPLETED) {
            throw CommandException.badInput("export " + arn + " has exportStatus = " + export.exportStatusAsString()
                    + (export.failureMessage() == null
                            ? ""
                            : " (" + export.failureCode() + ": " + export.failureMessage() + ")")
                    + "; allowed: COMPLETED (wait for it, or run without --export-arn to start one and wait)");
        }
        if (export.exportFormat() != ExportFormat.DYNAMODB_JSON) {
            throw CommandException.badInput("export " + arn + " has exportFormat = " + export.exportFormatAsString()
                    + "; allowed: " + ExportManifest.FORMAT);
        }
        if (!export.tableArn().endsWith(":table/" + target.table())) {
            throw CommandException.badInput("export " + arn + " has tableArn = " + export.tableArn()
                    + "; allowed: the environment's table " + target.table());
        }
        if (export.exportTime().isBefore(streaming.streamCreated())) {
            throw CommandException.badInput("export " + arn + " has exportTime = " + export.exportTime()
                    + ", before the change stream " + target.changeStream() + " was created ("
                    + streaming.streamCreated() + "); allowed: an export made after streaming was on (run without "
                    + "--export-arn to start one): changes between the export and the stream's start would be lost");
        }
        FirstStreamHour.find(bucket)
                .filter(hour -> export.exportTime()
                        .isBefore(FirstStreamHour.start(hour.substring(DeliveryLayout.DATA_PREFIX.length()))))
                .ifPresent(hour -> {
                    throw CommandException.badInput("export " + arn + " has exportTime = " + export.exportTime()
                            + ", before the first hour with stream lines, s3://" + bucket.name() + "/" + hour
                            + " (the table streams since then at the earliest); allowed: an export made after "
                            + "streaming was on (run without --export-arn to start one): changes between the export "
                            + "and the stream's start would be lost");
                });
    }

    private void write(ExportDescription export, ExportManifest manifest) {
        String exportId = export.exportArn().substring(export.exportArn().lastIndexOf('/') + 1);
        String markerKey = BackfillMarker.key(exportId);
        Optional<BackfillMarker> found = marker(markerKey);
        if (found.isEmpty() && !options.dryRun()) {
            BackfillMarker fresh = started(export);
            // Another run of the same export that started first decides the hour and time of every line.
            found = Optional.of(
                    bucket.putIfAbsent(markerKey, fresh.json())
                            ? fresh
                            : marker(markerKey).orElseThrow());
        }
        BackfillMarker marker = found.orElseGet(() -> started(export));
        if (!marker.isComplete()) {
            options.linesPerObject()
                    .filter(given -> given != marker.linesPerObject())
                    .ifPresent(given -> err.println("--lines-per-object " + given + " ignored: the backfill of "
                            + "export " + export.exportArn() + " started with " + marker.linesPerObject()
                            + " (marker s3://" + bucket.name() + "/" + markerKey + ") and goes on with it, so it "
                            + "rewrites the same objects"));
            convert(export, manifest, exportId, markerKey, marker);
            return;
        }
        out.println("already backfilled: export " + export.exportArn() + " wrote " + marker.items() + " items in "
                + marker.objects().size() + " objects under s3://" + bucket.name() + "/" + DeliveryLayout.DATA_PREFIX
                + marker.hour() + " at " + marker.writtenAt() + " (marker s3://" + bucket.name() + "/" + markerKey
                + "); nothing written");
    }

    /** The lines go into the hour the backfill runs in, which the refresh reads next, not the export's hour. */
    private BackfillMarker started(ExportDescription export) {
        Instant now = clock.instant();
        return BackfillMarker.started(
                export.exportArn(),
                now,
                HourPartitions.path(now),
                options.linesPerObject().orElse(BackfillOptions.DEFAULT_LINES_PER_OBJECT));
    }

    private void convert(
            ExportDescription export,
            ExportManifest manifest,
            String exportId,
            String markerKey,
            BackfillMarker marker) {
        String prefix = DeliveryLayout.DATA_PREFIX + marker.hour();
        BackfillLines lines = new BackfillLines(
                export.exportArn(), manifest.exportTime(), manifest.tableArn(), marker.writtenAtInstant());
        BackfillWriter writer =
                new BackfillWriter(options.dryRun() ? null : bucket, prefix, exportId, marker.linesPerObject());
        for (ExportManifest.DataFile file : manifest.files()) {
            ExportItems.read(bucket, export.s3Bucket(), file, (item, where) -> writer.add(lines.line(item, where)));
        }
        List<String> keys = writer.finish();
        String where = "s3://" + bucket.name() + "/" + prefix;
        if (options.dryRun()) {
            out.println("dry run: would write " + writer.lines() + " items of export " + export.exportArn()
                    + " (exportTime " + manifest.exportTime() + ") in " + keys.size() + " objects under " + where
                    + "; nothing written");
            return;
        }
        bucket.put(markerKey, marker.complete(writer.lines(), keys).json());
        out.println("backfilled export " + export.exportArn() + ": " + writer.lines() + " items (INSERTs at its "
                + "exportTime " + manifest.exportTime() + ", origin 'export') in " + keys.size() + " objects under "
                + where + "; marker s3://" + bucket.name() + "/" + markerKey);
        RefreshAdvice.lines(target, marker.hour(), clock.instant(), writer.gzippedBytes())
                .forEach(out::println);
    }

    private Optional<BackfillMarker> marker(String key) {
        return bucket.read(bucket.name(), key).map(json -> BackfillMarker.parse(key, json));
    }

    private String text(String exportBucket, String key) {
        return new String(
                bucket.read(exportBucket, key)
                        .orElseThrow(() -> CommandException.badInput("s3://" + exportBucket + "/" + key + " does not "
                                + "exist; allowed: a complete export, which writes it last")),
                StandardCharsets.UTF_8);
    }
}
