package dev.ddbchanges.converter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Firehose request of the common shape, read straight from its bytes: what FirehoseEventReader reads with Jackson,
 * for requests whose strings are ASCII without escapes, as Firehose writes them. Anything else, including anything
 * FirehoseEventReader would reject, it leaves to FirehoseEventReader (which DirectEnvelopeTest holds it to); like
 * FirehoseEventReader, it reads the request's object and nothing after it. Not thread-safe.
 */
final class DirectEnvelope extends CommonJson {

    private static final byte[] INVOCATION_ID = ascii("invocationId");
    private static final byte[] DELIVERY_STREAM_ARN = ascii("deliveryStreamArn");
    private static final byte[] RECORDS = ascii("records");
    private static final byte[] RECORD_ID = ascii("recordId");
    private static final byte[] DATA = ascii("data");
    private static final byte[] ARRIVAL = ascii("approximateArrivalTimestamp");
    private static final byte[] KINESIS_METADATA = ascii("kinesisRecordMetadata");
    private static final byte[] SHARD_ID = ascii("shardId");
    private static final byte[] SEQUENCE_NUMBER = ascii("sequenceNumber");

    /** The request's event, or null when it is not of the common shape. */
    FirehoseEvent read(byte[] request) {
        try {
            begin(request);
            return event();
        } catch (NotCommon | ArrayIndexOutOfBoundsException notCommon) {
            return null;
        } finally {
            in = null;
        }
    }

    private FirehoseEvent event() {
        whitespace();
        String invocationId = null;
        String deliveryStreamArn = null;
        List<FirehoseRecord> records = null;
        for (long name = firstName(); name != ABSENT; name = nextName()) {
            if (is(name, INVOCATION_ID)) {
                invocationId = optionalString();
            } else if (is(name, DELIVERY_STREAM_ARN)) {
                deliveryStreamArn = optionalString();
            } else if (is(name, RECORDS)) {
                records = records();
            } else {
                skipValue();
            }
        }
        require(records != null);
        return new FirehoseEvent(invocationId, deliveryStreamArn, records);
    }

    private List<FirehoseRecord> records() {
        List<FirehoseRecord> records = new ArrayList<>();
        for (boolean more = firstElement(); more; more = nextElement()) {
            records.add(record());
        }
        return records;
    }

    private FirehoseRecord record() {
        String recordId = null;
        byte[] data = null;
        Long arrival = null;
        String shardId = null;
        String sequenceNumber = null;
        for (long name = firstName(); name != ABSENT; name = nextName()) {
            if (is(name, RECORD_ID)) {
                recordId = optionalString();
            } else if (is(name, DATA)) {
                data = data();
            } else if (is(name, ARRIVAL)) {
                arrival = epochMillis();
            } else if (is(name, KINESIS_METADATA) && peek() == '{') {
                for (long field = firstName(); field != ABSENT; field = nextName()) {
                    if (is(field, SHARD_ID)) {
                        shardId = optionalString();
                    } else if (is(field, SEQUENCE_NUMBER)) {
                        sequenceNumber = optionalString();
                    } else {
                        skipValue();
                    }
                }
            } else {
                skipValue();
            }
        }
        // FirehoseEventReader says which record has no recordId.
        require(recordId != null);
        return new FirehoseRecord(recordId, data, new KinesisMetadata(shardId, sequenceNumber, arrival));
    }

    /** A string's text; anything else counts as absent. */
    private String optionalString() {
        if (peek() != '"') {
            skipValue();
            return null;
        }
        long text = string();
        return new String(in, start(text), length(text), StandardCharsets.US_ASCII);
    }

    /** A record's data, decoded; null when it is not a base64 string. */
    private byte[] data() {
        if (peek() != '"') {
            skipValue();
            return null;
        }
        long text = string();
        return FirehoseEventReader.decodeBase64(in, start(text), end(text));
    }

    /** As FirehoseEventReader: a whole number of at most 18 characters in EventTimes' range, else absent. */
    private Long epochMillis() {
        byte first = peek();
        if (first != '-' && (first < '0' || first > '9')) {
            skipValue();
            return null;
        }
        int start = pos;
        int end = numberEnd(start, true, true);
        require(end - start <= MAX_NUMBER_LENGTH);
        boolean whole = true;
        for (int i = start; i < end; i++) {
            whole &= in[i] != '.' && in[i] != 'e' && in[i] != 'E';
        }
        if (!whole || end - start > MAX_LONG_DIGITS) {
            pos = end;
            return null;
        }
        return FirehoseEventReader.plausibleEpochMillis(wholeNumber());
    }
}
