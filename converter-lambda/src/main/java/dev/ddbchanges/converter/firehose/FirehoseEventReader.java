package dev.ddbchanges.converter.firehose;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.ddbchanges.converter.json.Base64Spans;
import dev.ddbchanges.converter.json.DuplicateNames;
import dev.ddbchanges.converter.json.Json;
import dev.ddbchanges.converter.json.RawStrings;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the raw Firehose request JSON, as the Lambda runtime hands it to a stream handler. The request (at most
 * 6 MB) is read whole first: parsing bytes in memory is faster than from the stream, and a failure can be re-read by
 * the reference parser for its exact message.
 */
final class FirehoseEventReader {

    /**
     * The longest text, sign included, of an arrival time worth reading: it always fits a long, and longer text is
     * negative or at least 1E18, outside the plausible range either way.
     */
    static final int MAX_ARRIVAL_LENGTH = 18;

    private FirehoseEventReader() {}

    /**
     * A request read: its event and, when {@link DirectEnvelope} threw instead of reading or declining it (a bug),
     * which exception and where, without its message (JDK messages quote their input); else null.
     */
    record Read(FirehoseEvent event, String envelopeFallback) {}

    /** @param direct {@link DirectEnvelope#read}: the event, or null when the request is not of the common shape */
    static Read read(InputStream request, Function<byte[], FirehoseEvent> direct) throws IOException {
        byte[] bytes = request.readAllBytes();
        FirehoseEvent event;
        try {
            event = direct.apply(bytes);
        } catch (RuntimeException bug) {
            // The Jackson reader is the reference DirectEnvelope is held to, so it answers as DirectEnvelope should
            // have: the bug costs no record and no retry, and the metrics line reports it.
            return new Read(readWithJackson(bytes), describe(bug));
        }
        return new Read(event != null ? event : readWithJackson(bytes), null);
    }

    private static String describe(RuntimeException bug) {
        StackTraceElement[] trace = bug.getStackTrace();
        return bug.getClass().getName() + (trace.length == 0 ? "" : " at " + trace[0]);
    }

    /** The reference DirectEnvelope is tested against. */
    static FirehoseEvent readWithJackson(byte[] bytes) throws IOException {
        try (JsonParser p = new DuplicateNames().check(Json.FAST.createParser(bytes))) {
            return readEvent(p, bytes);
        } catch (JsonProcessingException fast) {
            // Jackson's own detection explains the failure exactly as it always has.
            return readStrictly(bytes);
        }
    }

    private static FirehoseEvent readStrictly(byte[] request) throws IOException {
        try (JsonParser p = Json.FACTORY.createParser(request)) {
            return readEvent(p, request);
        } catch (StreamConstraintsException tooLarge) {
            // These carry no location.
            throw new MalformedFirehoseEventException(
                    "request exceeds the JSON parser's limits (nesting depth, string, name or number length)");
        } catch (JsonProcessingException syntax) {
            throw new MalformedFirehoseEventException(
                    "request is not valid JSON (line " + syntax.getLocation().getLineNr() + ", column "
                            + syntax.getLocation().getColumnNr() + ")");
        }
    }

    private static FirehoseEvent readEvent(JsonParser p, byte[] request) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new MalformedFirehoseEventException("request must be a JSON object");
        }
        String invocationId = null;
        String deliveryStreamArn = null;
        List<FirehoseRecord> records = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "invocationId" -> invocationId = optionalString(p);
                case "deliveryStreamArn" -> deliveryStreamArn = optionalString(p);
                case "records" -> {
                    if (value != JsonToken.START_ARRAY) {
                        throw new MalformedFirehoseEventException("request field \"records\" must be an array");
                    }
                    records = readRecords(p, request);
                }
                default -> p.skipChildren();
            }
        }
        if (records == null) {
            throw new MalformedFirehoseEventException("request has no \"records\" array");
        }
        return new FirehoseEvent(invocationId, deliveryStreamArn, records);
    }

    private static List<FirehoseRecord> readRecords(JsonParser p, byte[] request) throws IOException {
        List<FirehoseRecord> records = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            records.add(readRecord(p, request, records.size()));
        }
        return records;
    }

    private static FirehoseRecord readRecord(JsonParser p, byte[] request, int index) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new MalformedFirehoseEventException("records[" + index + "] must be a JSON object");
        }
        String recordId = null;
        byte[] data = null;
        Long arrival = null;
        KinesisMetadata kinesis = KinesisMetadata.NONE;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            switch (name) {
                case "recordId" -> recordId = optionalString(p);
                case "data" -> {
                    if (value == JsonToken.VALUE_STRING) {
                        data = decode(p, request);
                    } else {
                        p.skipChildren();
                        data = null;
                    }
                }
                case "approximateArrivalTimestamp" -> arrival = epochMillisOrNull(p);
                case "kinesisRecordMetadata" -> kinesis = readKinesisMetadata(p);
                default -> p.skipChildren();
            }
        }
        if (recordId == null) {
            throw new MalformedFirehoseEventException("records[" + index + "] has no string \"recordId\"");
        }
        return new FirehoseRecord(
                recordId, data, new KinesisMetadata(kinesis.shardId(), kinesis.sequenceNumber(), arrival));
    }

    private static KinesisMetadata readKinesisMetadata(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            p.skipChildren();
            return KinesisMetadata.NONE;
        }
        String shardId = null;
        String sequenceNumber = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "shardId" -> shardId = optionalString(p);
                case "sequenceNumber" -> sequenceNumber = optionalString(p);
                default -> p.skipChildren();
            }
        }
        return new KinesisMetadata(shardId, sequenceNumber, null);
    }

    /** The envelope's informational strings: anything but a string counts as absent. */
    private static String optionalString(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        p.skipChildren();
        return null;
    }

    /** Informational: a value that is not a plausible epoch-millisecond time is treated as absent. */
    private static Long epochMillisOrNull(JsonParser p) throws IOException {
        // Asking Jackson for the number's type instead of its length was a noticeable part of reading the envelope.
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getTextLength() > MAX_ARRIVAL_LENGTH) {
            p.skipChildren();
            return null;
        }
        return KinesisMetadata.plausibleArrivalMillis(p.getLongValue());
    }

    /**
     * Decodes the current string straight from the request's bytes when it has no escapes, as valid base64 never has:
     * building the String first was measurably slower.
     */
    private static byte[] decode(JsonParser p, byte[] request) throws IOException {
        long quote = p.currentTokenLocation().getByteOffset();
        int end = RawStrings.closingQuote(request, quote);
        if (end < 0) {
            return Base64Spans.decode(p.getText());
        }
        return Base64Spans.decode(request, (int) quote + 1, end);
    }
}
