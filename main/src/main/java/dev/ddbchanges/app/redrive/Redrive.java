package dev.ddbchanges.app.redrive;

import dev.ddbchanges.app.constructs.delivery.DeliveryLayout;
import dev.ddbchanges.converter.firehose.FirehoseBatchTransformer;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.FailureReason;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipException;

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
            Bucket.Stored object = bucket.open(key).orElse(null);
            if (object == null) {
                err.println("gone since it was listed, not read: s3://" + bucket.name() + "/" + key);
                continue;
            }
            try (InputStream body = object.body()) {
                redrive(key, body);
            } catch (ZipException | EOFException e) {
                malformed(key, "the object", "not a whole gzip stream (" + e.getMessage() + ")");
            } catch (IOException e) {
                // Read as a stream, an object can also fail on the way: that is the connection, not the data.
                throw new RedriveException(
                        "reading s3://" + bucket.name() + "/" + key + " failed: " + e
                                + "; nothing of it was written, run again",
                        e);
            }
        }
        return report;
    }

    /** Nothing of an object that turns out not to be whole is written or counted, but its malformed lines. */
    private void redrive(String key, InputStream body) throws IOException {
        Map<Instant, List<Line>> byHour = new TreeMap<>();
        List<Line> failing = new ArrayList<>();
        try (BufferedReader lines = Gzip.linesOfGzipOrPlain(body)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                ErrorRecord record;
                try {
                    record = ErrorRecord.parse(line);
                } catch (ErrorRecord.MalformedErrorRecord e) {
                    malformed(key, "line " + number, e.getMessage());
                    continue;
                }
                // Firehose's error record has no shard or sequence number: the line carries them null.
                ConversionResult result =
                        converter.convert(record.rawData(), new KinesisMetadata(null, null, record.arrivalMillis()));
                if (result instanceof ConversionResult.Converted converted) {
                    Instant hour = Instant.ofEpochMilli(record.arrivalMillis()).truncatedTo(ChronoUnit.HOURS);
                    byHour.computeIfAbsent(hour, h -> new ArrayList<>())
                            .add(new Line(converted.line(), record.errorCode(), null));
                } else if (result instanceof ConversionResult.Failed failed) {
                    failing.add(new Line(null, record.errorCode(), failed.reason()));
                }
            }
        }
        failing.forEach(line -> report.stillFailing(line.errorCode(), line.reason()));
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
            Bucket.Stored stored = bucket.open(target.key()).orElse(null);
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
        try (InputStream body = stored.body()) {
            target.addStored(body);
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

    /** A record's converted line or why it still fails, and its Firehose error code. */
    private record Line(byte[] bytes, String errorCode, FailureReason reason) {}
}
