package dev.ddbchanges.converter.firehose;

import static dev.ddbchanges.converter.json.JsonCursor.ascii;
import static dev.ddbchanges.converter.json.JsonCursor.require;
import static dev.ddbchanges.converter.json.Spans.ABSENT;
import static dev.ddbchanges.converter.json.Spans.length;

import dev.ddbchanges.converter.json.JsonCursor;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * A Firehose request of the common shape, read straight from its bytes: what FirehoseEventReader reads with Jackson,
 * for requests whose strings are ASCII without escapes, as Firehose writes them. Anything else, including anything
 * FirehoseEventReader would reject, it leaves to FirehoseEventReader (which DirectEnvelopeTest holds it to); like
 * FirehoseEventReader, it reads the request's object and nothing after it. Not thread-safe.
 */
final class DirectEnvelope {

    private static final byte[] INVOCATION_ID = ascii("invocationId");
    private static final byte[] DELIVERY_STREAM_ARN = ascii("deliveryStreamArn");
    private static final byte[] RECORDS = ascii("records");
    private static final byte[] RECORD_ID = ascii("recordId");
    private static final byte[] DATA = ascii("data");
    private static final byte[] ARRIVAL = ascii("approximateArrivalTimestamp");
    private static final byte[] KINESIS_METADATA = ascii("kinesisRecordMetadata");
    private static final byte[] SHARD_ID = ascii("shardId");
    private static final byte[] SEQUENCE_NUMBER = ascii("sequenceNumber");

    private final JsonCursor json = new JsonCursor();

    /** The request's event, or null when it is not of the common shape. */
    FirehoseEvent read(byte[] request) {
        try {
            json.begin(request);
            return event();
        } catch (JsonCursor.NotCommon notCommon) {
            return null;
        } finally {
            json.release();
        }
    }

    private FirehoseEvent event() {
        json.whitespace();
        String invocationId = null;
        String deliveryStreamArn = null;
        List<FirehoseRecord> records = null;
        for (long name = json.firstName(); name != ABSENT; name = json.nextName()) {
            if (json.is(name, INVOCATION_ID)) {
                invocationId = optionalString();
            } else if (json.is(name, DELIVERY_STREAM_ARN)) {
                deliveryStreamArn = optionalString();
            } else if (json.is(name, RECORDS)) {
                records = records();
            } else {
                json.skipValue();
            }
        }
        require(records != null);
        return new FirehoseEvent(invocationId, deliveryStreamArn, records);
    }

    private List<FirehoseRecord> records() {
        List<FirehoseRecord> records = new ArrayList<>();
        for (boolean more = json.firstElement(); more; more = json.nextElement()) {
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
        for (long name = json.firstName(); name != ABSENT; name = json.nextName()) {
            if (json.is(name, RECORD_ID)) {
                recordId = optionalString();
            } else if (json.is(name, DATA)) {
                data = data();
            } else if (json.is(name, ARRIVAL)) {
                arrival = epochMillis();
            } else if (json.is(name, KINESIS_METADATA) && json.peek() == '{') {
                for (long field = json.firstName(); field != ABSENT; field = json.nextName()) {
                    if (json.is(field, SHARD_ID)) {
                        shardId = optionalString();
                    } else if (json.is(field, SEQUENCE_NUMBER)) {
                        sequenceNumber = optionalString();
                    } else {
                        json.skipValue();
                    }
                }
            } else {
                json.skipValue();
            }
        }
        // FirehoseEventReader says which record has no recordId.
        require(recordId != null);
        return new FirehoseRecord(recordId, data, new KinesisMetadata(shardId, sequenceNumber, arrival));
    }

    /** A string's text; anything else counts as absent. */
    private String optionalString() {
        if (json.peek() != '"') {
            json.skipValue();
            return null;
        }
        return json.text(json.string());
    }

    /** A record's data, decoded; null when it is not a base64 string. */
    private byte[] data() {
        if (json.peek() != '"') {
            json.skipValue();
            return null;
        }
        return json.base64(json.string());
    }

    /** As FirehoseEventReader: a whole number of at most MAX_ARRIVAL_LENGTH characters in EventTimes' range. */
    private Long epochMillis() {
        byte first = json.peek();
        if (first != '-' && (first < '0' || first > '9')) {
            json.skipValue();
            return null;
        }
        long number = json.number();
        if (json.hasFractionOrExponent(number) || length(number) > FirehoseEventReader.MAX_ARRIVAL_LENGTH) {
            return null;
        }
        return KinesisMetadata.plausibleArrivalMillis(json.longValue(number));
    }
}
