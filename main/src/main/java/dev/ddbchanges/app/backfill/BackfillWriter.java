package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.redrive.Gzip;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the lines into gzipped objects of at most {@code linesPerObject} lines and about 64 MB of text each, named
 * by the export and their number ({@code backfill-<exportId>-<n>.json.gz}), so the same export in the same order
 * always gives the same keys and the same bytes: a run that stopped and runs again rewrites what it wrote, never a
 * second copy beside it.
 */
final class BackfillWriter {
    /**
     * An object is also closed at this much text: items reach 400 KB, so a line count alone would let one buffer grow
     * to gigabytes in memory. The bound depends on the lines alone, so the keys stay the same from run to run.
     */
    static final int MAX_PLAIN_BYTES = 64 * 1024 * 1024;

    private final BackfillBucket bucket;
    private final String prefix;
    private final String exportId;
    private final int linesPerObject;
    private final int maxPlainBytes;
    private final List<String> keys = new ArrayList<>();
    private ByteArrayOutputStream plain = new ByteArrayOutputStream();
    private int pending;
    private long lines;
    private long gzippedBytes;

    /**
     * @param bucket where to write, or null for a dry run, which only counts
     * @param prefix the hour folder, ending in '/'
     */
    BackfillWriter(BackfillBucket bucket, String prefix, String exportId, int linesPerObject) {
        this(bucket, prefix, exportId, linesPerObject, MAX_PLAIN_BYTES);
    }

    BackfillWriter(BackfillBucket bucket, String prefix, String exportId, int linesPerObject, int maxPlainBytes) {
        this.maxPlainBytes = maxPlainBytes;
        this.bucket = bucket;
        this.prefix = prefix;
        this.exportId = exportId;
        this.linesPerObject = linesPerObject;
    }

    /** How every object a backfill writes is named first: the stream's objects are named otherwise. */
    static final String NAME_START = "backfill-";

    static String key(String prefix, String exportId, int number) {
        return prefix + NAME_START + exportId + "-" + number + ".json.gz";
    }

    void add(byte[] line) {
        plain.write(line, 0, line.length);
        plain.write('\n');
        pending++;
        lines++;
        if (pending == linesPerObject || plain.size() >= maxPlainBytes) {
            flush();
        }
    }

    /** Writes what is left; the keys of every object, in order. */
    List<String> finish() {
        if (pending > 0) {
            flush();
        }
        return List.copyOf(keys);
    }

    long lines() {
        return lines;
    }

    /** The size of the objects written: what a query reads of them from S3. */
    long gzippedBytes() {
        return gzippedBytes;
    }

    private void flush() {
        String key = key(prefix, exportId, keys.size() + 1);
        // GZIPOutputStream writes no time or name into its header, so equal lines compress to equal bytes.
        byte[] gzipped = Gzip.compress(plain.toByteArray());
        gzippedBytes += gzipped.length;
        if (bucket != null) {
            bucket.put(key, gzipped);
        }
        keys.add(key);
        plain = new ByteArrayOutputStream();
        pending = 0;
    }
}
