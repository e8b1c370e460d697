package dev.ddbchanges.converter;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Converts one DynamoDB change record, as Kinesis Data Streams for DynamoDB writes it, into one flat line of JSON.
 * Pure: bytes and metadata in, a line or a failure reason out; no Lambda types, no I/O, no logging.
 *
 * <p>Not thread-safe: it reuses its buffers between records. The Lambda runtime runs one invocation at a time per
 * handler instance.
 */
public final class ChangeRecordConverter {

    /** The table's partition key attribute; its string value becomes the {@code pk} column. */
    public static final String PARTITION_KEY = "pk";

    private static final String UNPAIRED_SURROGATE =
            "a string escapes an unpaired UTF-16 surrogate (\\uD800-\\uDFFF), which UTF-8 cannot carry";

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer text = CharBuffer.allocate(8 * 1024);
    private final ChangeRecordReader reader = new ChangeRecordReader();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream(8 * 1024);

    public ConversionResult convert(byte[] data, KinesisMetadata kinesis) {
        try {
            decodeUtf8(data);
            ChangeRecord record = reader.read(text.array(), text.limit());
            if (SurrogateEscapes.mayOccur(text.array(), text.limit())
                    && SurrogateEscapes.unpairedIn(text.array(), text.limit())) {
                throw new ChangeRecordException(FailureReason.INVALID_UTF8, UNPAIRED_SURROGATE);
            }
            return new ConversionResult.Converted(render(record, kinesis));
        } catch (ChangeRecordException invalid) {
            return invalid.toResult();
        } catch (StreamConstraintsException tooLarge) {
            return new ConversionResult.Failed(FailureReason.INVALID_JSON,
                    "record exceeds the JSON parser's limits (nesting depth, string, name or number length)");
        } catch (JsonGenerationException unpairedSurrogate) {
            // Only surrogates make the generator refuse text; the check above should have caught them first.
            return new ConversionResult.Failed(FailureReason.INVALID_UTF8, UNPAIRED_SURROGATE);
        } catch (JsonProcessingException syntax) {
            // Jackson's own message quotes the offending input: report only where it is.
            return new ConversionResult.Failed(FailureReason.INVALID_JSON, "record is not valid JSON (line "
                    + syntax.getLocation().getLineNr() + ", column " + syntax.getLocation().getColumnNr() + ")");
        } catch (IOException impossible) {
            // Everything is in memory; an I/O error here is a bug, not bad data.
            throw new UncheckedIOException(impossible);
        }
    }

    private void decodeUtf8(byte[] data) throws ChangeRecordException {
        if (text.capacity() < data.length) {
            text = CharBuffer.allocate(Math.max(data.length, text.capacity() * 2));
        }
        text.clear();
        utf8.reset();
        ByteBuffer in = ByteBuffer.wrap(data);
        CoderResult result = utf8.decode(in, text, true);
        if (!result.isError()) {
            result = utf8.flush(text);
        }
        if (result.isError()) {
            throw new ChangeRecordException(FailureReason.INVALID_UTF8,
                    "record is not valid UTF-8 (byte offset " + in.position() + ")");
        }
        text.flip();
    }

    private byte[] render(ChangeRecord r, KinesisMetadata kinesis) throws IOException, ChangeRecordException {
        EventTimes.EventTime eventTime = EventTimes.fromApproximateCreationDateTime(r.creationDateTime);
        if (eventTime == null) {
            throw new ChangeRecordException(FailureReason.INVALID_FIELD,
                    "dynamodb.ApproximateCreationDateTime must be epoch milliseconds or microseconds between "
                            + "1973 and 5138");
        }
        line.reset();
        try (JsonGenerator g = Json.FACTORY.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField(Columns.EVENT_ID, r.eventId);
            g.writeStringField(Columns.EVENT_NAME, r.eventName);
            g.writeStringField(Columns.EVENT_TIME, eventTime.iso());
            g.writeNumberField(Columns.EVENT_TIME_US, eventTime.epochMicros());
            g.writeStringField(Columns.TABLE_NAME, r.tableName);
            g.writeStringField(Columns.AWS_REGION, r.awsRegion);
            g.writeBooleanField(Columns.TTL_DELETE, r.ttlDelete());
            g.writeStringField(Columns.PK, r.pk.text());
            writeRaw(g, Columns.KEYS, r.keys);
            writeRaw(g, Columns.NEW_IMAGE, r.newImage);
            writeRaw(g, Columns.OLD_IMAGE, r.oldImage);
            g.writeNumberField(Columns.SIZE_BYTES, r.sizeBytes);
            g.writeStringField(Columns.KINESIS_SHARD_ID, kinesis.shardId());
            g.writeStringField(Columns.KINESIS_SEQUENCE_NUMBER, kinesis.sequenceNumber());
            Long arrival = kinesis.approximateArrivalEpochMillis();
            g.writeStringField(Columns.APPROXIMATE_ARRIVAL_TIME, arrival == null ? null : EventTimes.isoMillis(arrival));
            g.writeEndObject();
        }
        line.write('\n');
        return line.toByteArray();
    }

    /** Copies an image rendered during parsing; null when the record has none. */
    private static void writeRaw(JsonGenerator g, String column, CharSink value) throws IOException {
        g.writeFieldName(column);
        if (value == null) {
            g.writeNull();
        } else {
            g.writeRawValue(value.chars(), 0, value.size());
        }
    }
}
