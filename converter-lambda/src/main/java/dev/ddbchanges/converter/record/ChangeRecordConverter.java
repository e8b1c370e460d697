package dev.ddbchanges.converter.record;

import com.fasterxml.jackson.core.JsonGenerationException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.ddbchanges.converter.json.DuplicateNames;
import dev.ddbchanges.converter.json.Json;
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
 * <p>{@link DirectTranscoder} runs first and writes the line of a record of the common shape straight from its bytes.
 * A record it declines takes the Jackson path below; its {@link ConversionResult.Converted} then says it was not
 * written directly, and the batch counts it as RecordsSlowPath if it is answered Ok.
 *
 * <p>Records are parsed as bytes, with {@link DuplicateNames} instead of Jackson's own duplicate detection. The decoded
 * text, parsed with Jackson's detection, is the reference the byte path must agree with: it is parsed instead where
 * Jackson's byte-source detection would see another encoding, and it decides every record the byte path finds to be
 * invalid JSON, so that error messages and positions (in characters) are always the reference's.
 *
 * <p>Not thread-safe: it reuses its buffers and generators between records. The Lambda runtime runs one invocation at
 * a time per handler instance.
 */
public final class ChangeRecordConverter {

    private static final String UNPAIRED_SURROGATE =
            "a string escapes an unpaired UTF-16 surrogate (\\uD800-\\uDFFF), which UTF-8 cannot carry";

    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private CharBuffer text = CharBuffer.allocate(8 * 1024);
    private final ChangeRecordReader reader = new ChangeRecordReader();
    private final DuplicateNames duplicateNames = new DuplicateNames();
    private final DirectTranscoder direct = new DirectTranscoder();
    private final JacksonLine line = new JacksonLine();

    public ConversionResult convert(byte[] data, KinesisMetadata kinesis) {
        byte[] direct = convertDirectly(data, kinesis);
        if (direct != null) {
            return new ConversionResult.Converted(direct, true);
        }
        ConversionResult result = convertAsBytes(data, kinesis);
        // The text parser's verdict and position stand: Jackson's byte parser counts columns in bytes, rejects some
        // names the text parser reads (an escaped unpaired surrogate, then reported as such), and DuplicateNames
        // does not say where.
        if (result == null
                || result instanceof ConversionResult.Failed failed && failed.reason() == FailureReason.INVALID_JSON) {
            result = convertAsText(data, kinesis);
        }
        return result;
    }

    /** The direct path alone: the line of a record of the common shape, else null. */
    byte[] convertDirectly(byte[] data, KinesisMetadata kinesis) {
        return direct.convert(data, kinesis);
    }

    /**
     * The byte path alone: null when the record is not valid UTF-8 or Jackson's byte-source detection would read it
     * as another encoding (a zero byte among the first four, a byte-order mark), which the text parser rejects.
     */
    ConversionResult convertAsBytes(byte[] data, KinesisMetadata kinesis) {
        int scan = ByteScan.of(data);
        if (!parsesAsUtf8(data) || (scan & ByteScan.NON_ASCII) != 0 && decodeUtf8(data) != null) {
            return null;
        }
        return convert(data, kinesis, false, scan);
    }

    /** The record as the text path converts it: the reference the byte path is tested against. */
    ConversionResult convertAsText(byte[] data, KinesisMetadata kinesis) {
        ConversionResult.Failed invalid = decodeUtf8(data);
        return invalid != null ? invalid : convert(data, kinesis, true, ByteScan.of(data));
    }

    private ConversionResult convert(byte[] data, KinesisMetadata kinesis, boolean fromText, int scan) {
        try {
            ChangeRecord record;
            try (JsonParser p = fromText ? textParser() : duplicateNames.check(Json.FAST.createParser(data))) {
                record = reader.read(p, fromText ? null : data);
            }
            if ((scan & ByteScan.BACKSLASH) != 0 && SurrogateEscapes.mayOccur(data)) {
                try (JsonParser p = fromText ? textParser() : Json.FAST.createParser(data)) {
                    if (SurrogateEscapes.unpairedIn(p)) {
                        throw new ChangeRecordException(FailureReason.INVALID_UTF8, UNPAIRED_SURROGATE);
                    }
                }
            }
            return new ConversionResult.Converted(render(record, kinesis), false);
        } catch (ChangeRecordException invalid) {
            return invalid.toResult();
        } catch (StreamConstraintsException tooLarge) {
            return new ConversionResult.Failed(
                    FailureReason.INVALID_JSON,
                    "record exceeds the JSON parser's limits (nesting depth, string, name or number length)");
        } catch (JsonGenerationException unpairedSurrogate) {
            // Only surrogates make the generator refuse text; the check above should have caught them first.
            return new ConversionResult.Failed(FailureReason.INVALID_UTF8, UNPAIRED_SURROGATE);
        } catch (JsonProcessingException syntax) {
            // Jackson's own message quotes the offending input: report only where it is.
            return new ConversionResult.Failed(
                    FailureReason.INVALID_JSON,
                    "record is not valid JSON (line " + syntax.getLocation().getLineNr() + ", column "
                            + syntax.getLocation().getColumnNr() + ")");
        } catch (IOException impossible) {
            // Everything is in memory; an I/O error here is a bug, not bad data.
            throw new UncheckedIOException(impossible);
        }
    }

    private JsonParser textParser() throws IOException {
        return Json.FACTORY.createParser(text.array(), 0, text.limit());
    }

    /** False where Jackson's byte-source detection would see UTF-16, UTF-32 or skip a byte-order mark. */
    private static boolean parsesAsUtf8(byte[] data) {
        for (int i = 0; i < Math.min(4, data.length); i++) {
            if (data[i] == 0) {
                return false;
            }
        }
        return data.length < 3 || data[0] != (byte) 0xEF || data[1] != (byte) 0xBB || data[2] != (byte) 0xBF;
    }

    /** Decodes into {@link #text}; returns the failure when the bytes are not valid UTF-8. */
    private ConversionResult.Failed decodeUtf8(byte[] data) {
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
            return new ConversionResult.Failed(
                    FailureReason.INVALID_UTF8, "record is not valid UTF-8 (byte offset " + in.position() + ")");
        }
        text.flip();
        return null;
    }

    private byte[] render(ChangeRecord r, KinesisMetadata kinesis) throws IOException, ChangeRecordException {
        EventTimes.EventTime time = EventTimes.fromApproximateCreationDateTime(r.creationDateTime);
        if (time == null) {
            throw new ChangeRecordException(
                    FailureReason.INVALID_FIELD,
                    "dynamodb.ApproximateCreationDateTime must be epoch milliseconds or microseconds between "
                            + "1973 and 5138");
        }
        return line.render(r, time, kinesis, reader.imageBytes());
    }
}
