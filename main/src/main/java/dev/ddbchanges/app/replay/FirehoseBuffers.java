package dev.ddbchanges.app.replay;

import dev.ddbchanges.contract.HourPartitions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * The objects Firehose writes under one prefix. Records must be added in the order Firehose reads them. An object is
 * filed under the arrival hour of its oldest record, as Firehose does, so it can hold changes of the next hour, or the
 * next day.
 */
final class FirehoseBuffers {
    private final String prefix;
    private final Buffering buffering;
    private final List<Buffer> written = new ArrayList<>();
    private Buffer open;

    FirehoseBuffers(String prefix, Buffering buffering) {
        this.prefix = prefix;
        this.buffering = buffering;
    }

    void add(Delivery delivery, byte[] line) {
        if (open != null && buffering.closedBy(open.openedMillis, delivery.readMillis())) {
            close();
        }
        if (open == null) {
            open = new Buffer(delivery.readMillis());
        }
        open.oldestArrivalMillis = Math.min(open.oldestArrivalMillis, delivery.arrivalMillis());
        open.lines.writeBytes(line);
        if (open.lines.size() >= buffering.sizeBytes()) {
            close();
        }
    }

    /** Writes every object, gzipped, as {@code <prefix><hour partition>object-<n>.gz}; returns how many. */
    int writeTo(Path outdir) throws IOException {
        close();
        for (int i = 0; i < written.size(); i++) {
            Buffer buffer = written.get(i);
            Path file = outdir.resolve(prefix + HourPartitions.path(Instant.ofEpochMilli(buffer.oldestArrivalMillis)))
                    .resolve("object-" + (i + 1) + ".gz");
            Files.createDirectories(file.getParent());
            try (OutputStream gzip = new GZIPOutputStream(Files.newOutputStream(file))) {
                buffer.lines.writeTo(gzip);
            }
        }
        return written.size();
    }

    private void close() {
        if (open != null) {
            written.add(open);
            open = null;
        }
    }

    private static final class Buffer {
        final long openedMillis;
        final ByteArrayOutputStream lines = new ByteArrayOutputStream();
        long oldestArrivalMillis = Long.MAX_VALUE;

        Buffer(long openedMillis) {
            this.openedMillis = openedMillis;
        }
    }
}
