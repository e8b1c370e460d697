package dev.ddbchanges.app.redrive;

import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.converter.firehose.FirehoseBatchTransformer;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads every error object in the range, converts each record again with today's converter, and merges what converts
 * into its {@link RedrivenObject}. Objects under {@code errors/} are only read: what still fails stays there.
 */
final class Redrive {
    /** Firehose's folder for records the processor refused or could not be invoked for. */
    static final String PROCESSING_FAILED = DeliveryLayout.ERROR_PREFIX + "processing-failed/";
    /** A run that loses this many races for one object in a row gives up rather than spin. */
    private static final int WRITE_ATTEMPTS = 5;

    private final Bucket bucket;
    private final boolean dryRun;
    private final PrintStream err;
    private final FirehoseBatchTransformer converter = new FirehoseBatchTransformer();
    private final RedriveReport report = new RedriveReport();

    Redrive(Bucket bucket, boolean dryRun, PrintStream err) {
        this.bucket = bucket;
        this.dryRun = dryRun;
        this.err = err;
    }

    RedriveReport run(HourRange hours) {
        for (String key : bucket.keys(PROCESSING_FAILED, hours)) {
            report.errorObject();
            bucket.get(key)
                    .ifPresentOrElse(
                            object -> redrive(key, object.bytes()),
                            () -> err.println("gone since it was listed, not read: s3://" + bucket.name() + "/" + key));
        }
        return report;
    }

    private void redrive(String key, byte[] body) {
        String text;
        try {
            text = new String(Gzip.isGzip(body) ? Gzip.decompress(body) : body, StandardCharsets.UTF_8);
        } catch (IOException e) {
            malformed(key, "the object", "not a whole gzip stream (" + e.getMessage() + ")");
            return;
        }
        Map<Instant, List<Line>> byHour = new TreeMap<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            ErrorRecord record;
            try {
                record = ErrorRecord.parse(lines[i]);
            } catch (ErrorRecord.MalformedErrorRecord e) {
                malformed(key, "line " + (i + 1), e.getMessage());
                continue;
            }
            // Firehose's error record has no shard or sequence number: the line carries them null.
            ConversionResult result =
                    converter.convert(record.rawData(), new KinesisMetadata(null, null, record.arrivalMillis()));
            if (result instanceof ConversionResult.Converted converted) {
                Instant hour = Instant.ofEpochMilli(record.arrivalMillis()).truncatedTo(ChronoUnit.HOURS);
                byHour.computeIfAbsent(hour, h -> new ArrayList<>())
                        .add(new Line(converted.line(), record.errorCode()));
            } else if (result instanceof ConversionResult.Failed failed) {
                report.stillFailing(record.errorCode(), failed.reason());
            }
        }
        byHour.forEach((hour, converted) -> merge(key, hour, converted));
    }

    private void malformed(String key, String where, String why) {
        report.malformed();
        err.println("malformed error record: s3://" + bucket.name() + "/" + key + " " + where + ": " + why);
    }

    /** Adds the lines to their object, retrying from a fresh read when another run wrote it in between. */
    private void merge(String errorKey, Instant hour, List<Line> lines) {
        for (int attempt = 0; attempt < WRITE_ATTEMPTS; attempt++) {
            RedrivenObject target = RedrivenObject.empty(errorKey, hour);
            Bucket.Stored stored = bucket.get(target.key()).orElse(null);
            if (stored != null) {
                read(target, stored);
            }
            boolean[] added = new boolean[lines.size()];
            boolean changed = false;
            for (int i = 0; i < added.length; i++) {
                added[i] = target.add(lines.get(i).bytes());
                changed |= added[i];
            }
            String etag = stored == null ? null : stored.etag();
            if (!changed || dryRun || bucket.putIfUnchanged(target.key(), target.gzip(), etag)) {
                count(lines, added, changed);
                return;
            }
        }
        throw new RedriveException("s3://" + bucket.name() + "/"
                + RedrivenObject.empty(errorKey, hour).key() + " changed under " + WRITE_ATTEMPTS
                + " writes in a row; is another re-drive running? Run again");
    }

    private void read(RedrivenObject target, Bucket.Stored stored) {
        try {
            target.addStored(stored.bytes());
        } catch (IOException e) {
            throw new RedriveException("s3://" + bucket.name() + "/" + target.key()
                    + " is not gzip, so the re-drive did not write it; move it away and run again");
        }
    }

    private void count(List<Line> lines, boolean[] added, boolean changed) {
        for (int i = 0; i < added.length; i++) {
            if (added[i]) {
                report.converted(lines.get(i).errorCode());
            } else {
                report.alreadyRedriven(lines.get(i).errorCode());
            }
        }
        if (changed) {
            report.objectWritten();
        }
    }

    /** A converted line and the Firehose error code of the record it came from. */
    private record Line(byte[] bytes, String errorCode) {}
}
