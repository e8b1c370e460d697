package dev.ddbchanges.converter.firehose;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ddbchanges.converter.json.Json;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.FailureReason;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.List;

/**
 * Builds the response so that its serialized size, base64 included, never exceeds the limit. Every record first gets
 * the smallest entry it can have (ProcessingFailed, no data), so every recordId is always answered; what the limit
 * leaves is given to converted lines in record order, then to the original bytes of failed records.
 */
final class FirehoseResponse {

    /** Lambda's synchronous response limit, which Firehose's transformation invocations are held to. */
    static final long MAX_RESPONSE_BYTES = 6L * 1024 * 1024;

    private static final String OPEN = "{\"records\":[";
    private static final String CLOSE = "]}";
    private static final String ENTRY_FIXED = "{\"recordId\":" + ",\"result\":" + ",\"data\":" + "\"\"" + "}";
    private static final String SEPARATOR = ",";
    private static final Base64.Encoder BASE64 = Base64.getEncoder();

    private FirehoseResponse() {}

    /** What to write, and its exact serialized size. */
    record Plan(List<ResponseEntry> entries, long bytes) {}

    static Plan plan(List<FirehoseRecord> records, List<ConversionResult> results, long limit) throws IOException {
        long[] idBytes = measureRecordIds(records);
        long size = OPEN.length() + CLOSE.length();
        for (int i = 0; i < records.size(); i++) {
            size += (i == 0 ? 0 : SEPARATOR.length()) + entryBytes(idBytes[i], false, 0);
        }
        if (size > limit) {
            // Cannot happen for a real request (it is itself at most 6 MB and carries more per record); failing the
            // invocation makes Firehose retry and then keep the whole batch in the error prefix.
            throw new IllegalStateException("even an empty answer for each of the " + records.size() + " records needs "
                    + size + " bytes, more than the response limit of " + limit);
        }
        long room = limit - size;
        ResponseEntry[] entries = new ResponseEntry[records.size()];
        for (int i = 0; i < records.size(); i++) {
            if (results.get(i) instanceof ConversionResult.Converted converted) {
                long extra = entryBytes(idBytes[i], true, converted.line().length) - entryBytes(idBytes[i], false, 0);
                if (extra <= room) {
                    room -= extra;
                    entries[i] = new ResponseEntry(records.get(i).recordId(), true, converted.line(), null, null);
                }
            }
        }
        for (int i = 0; i < records.size(); i++) {
            if (entries[i] != null) {
                continue;
            }
            ConversionResult.Failed failure = results.get(i) instanceof ConversionResult.Failed failed
                    ? failed
                    : new ConversionResult.Failed(
                            FailureReason.RESPONSE_SIZE_LIMIT,
                            "converted line does not fit in the response size limit of " + limit + " bytes");
            byte[] original = records.get(i).data();
            byte[] data = new byte[0];
            if (original != null && base64Length(original.length) <= room) {
                room -= base64Length(original.length);
                data = original;
            }
            entries[i] = new ResponseEntry(records.get(i).recordId(), false, data, failure.reason(), failure.detail());
        }
        return new Plan(List.of(entries), limit - room);
    }

    /** Writes the plan; returns the number of bytes written. */
    static long write(Plan plan, OutputStream response) throws IOException {
        CountingOutputStream out = new CountingOutputStream(response);
        byte[] base64 = new byte[0];
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("records");
            for (ResponseEntry entry : plan.entries()) {
                g.writeStartObject();
                g.writeStringField("recordId", entry.recordId());
                g.writeStringField("result", entry.result());
                g.writeFieldName("data");
                // The JDK's encoder is several times faster than Jackson's, and base64 needs no JSON escaping.
                int length = (int) base64Length(entry.data().length);
                if (base64.length < length) {
                    base64 = new byte[Math.max(length, 2 * base64.length)];
                }
                g.writeRawUTF8String(base64, 0, BASE64.encode(entry.data(), base64));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.flush();
        return out.count;
    }

    private static long entryBytes(long recordIdBytes, boolean ok, int dataLength) {
        String result = ok ? ResponseEntry.OK : ResponseEntry.PROCESSING_FAILED;
        return ENTRY_FIXED.length() + recordIdBytes + quotedAscii(result) + base64Length(dataLength);
    }

    private static long quotedAscii(String s) {
        return s.length() + 2L;
    }

    static long base64Length(int bytes) {
        return 4L * ((bytes + 2L) / 3);
    }

    /** Serialized size of each recordId, measured with the generator that writes them, escapes included. */
    private static long[] measureRecordIds(List<FirehoseRecord> records) throws IOException {
        long[] sizes = new long[records.size()];
        ByteArrayOutputStream scratch = new ByteArrayOutputStream();
        try (JsonGenerator g = Json.FACTORY.createGenerator(scratch)) {
            g.setRootValueSeparator(null);
            for (int i = 0; i < sizes.length; i++) {
                int before = scratch.size();
                g.writeString(records.get(i).recordId());
                g.flush();
                sizes[i] = scratch.size() - before;
            }
        }
        return sizes;
    }

    private static final class CountingOutputStream extends FilterOutputStream {
        long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }

        @Override
        public void close() {
            // The Lambda runtime owns the response stream.
        }
    }
}
