package dev.ddbchanges.converter.record;

import static dev.ddbchanges.converter.json.JsonCursor.ascii;
import static dev.ddbchanges.converter.json.JsonCursor.require;
import static dev.ddbchanges.converter.json.Spans.ABSENT;
import static dev.ddbchanges.converter.json.Spans.end;
import static dev.ddbchanges.converter.json.Spans.length;
import static dev.ddbchanges.converter.json.Spans.span;
import static dev.ddbchanges.converter.json.Spans.start;

import dev.ddbchanges.contract.TableKey;
import dev.ddbchanges.converter.json.ByteSink;
import dev.ddbchanges.converter.json.JsonCursor;

/**
 * What {@link AttributeValues} is to the Jackson path, for the direct transcoder: a record's images of the common
 * shape, from typed values as the cursor reads them to plain JSON in one reusable buffer. Images are spans of that
 * buffer, valid until the next record. Not thread-safe.
 */
final class DirectImages {

    private static final byte[] PARTITION_KEY = ascii(TableKey.PARTITION_KEY);

    private final JsonCursor json;
    private final ByteSink images = new ByteSink();
    private long partitionKey;

    DirectImages(JsonCursor json) {
        this.json = json;
    }

    /** Empties the buffer for the next record. */
    void reset() {
        images.reset();
        partitionKey = ABSENT;
    }

    /** The keys' image; {@link #partitionKey()} then has the span of its partition key's S value, if it has one. */
    long keys() {
        int start = images.size();
        map(true);
        return span(start, images.size());
    }

    /** The span, in the record, of the keys' partition key S value; ABSENT when the keys had none. */
    long partitionKey() {
        return partitionKey;
    }

    /** An image, or ABSENT when it is null. */
    long optional() {
        if (json.readNull()) {
            return ABSENT;
        }
        int start = images.size();
        map(false);
        return span(start, images.size());
    }

    /** A map of attribute values as a plain object; with {@code capturePk}, the S value of pk is kept. */
    private void map(boolean capturePk) {
        images.write('{');
        boolean first = true;
        for (long name = json.firstName(); name != ABSENT; name = json.nextName()) {
            if (!first) {
                images.write(',');
            }
            first = false;
            json.copyQuoted(name, images);
            images.write(':');
            long text = attributeValue();
            if (capturePk && json.is(name, PARTITION_KEY)) {
                require(text != ABSENT);
                partitionKey = text;
            }
        }
        images.write('}');
    }

    /** One typed value such as {"S":"a"}, written plain; returns the span of an S value's text, else ABSENT. */
    private long attributeValue() {
        long type = json.firstName();
        require(type != ABSENT);
        long text = ABSENT;
        if (json.is(type, "S")) {
            text = json.string();
            json.copyQuoted(text, images);
        } else if (json.is(type, "N")) {
            writeNumber(json.string());
        } else if (json.is(type, "BOOL")) {
            images.writeBoolean(json.bool());
        } else if (json.is(type, "NULL")) {
            require(json.bool());
            images.writeNull();
        } else if (json.is(type, "M")) {
            map(false);
        } else if (json.is(type, "L")) {
            list(0);
        } else if (json.is(type, "SS")) {
            list('S');
        } else if (json.is(type, "NS")) {
            list('N');
        } else {
            // B and BS need base64 decoded and encoded again; unknown types need their message.
            JsonCursor.decline();
        }
        json.endObject();
        return text;
    }

    /** An L (element 0: attribute values), an SS ('S': strings) or an NS ('N': number strings). */
    private void list(int element) {
        images.write('[');
        boolean first = true;
        for (boolean more = json.firstElement(); more; more = json.nextElement()) {
            if (!first) {
                images.write(',');
            }
            first = false;
            if (element == 'S') {
                json.copyQuoted(json.string(), images);
            } else if (element == 'N') {
                writeNumber(json.string());
            } else {
                attributeValue();
            }
        }
        images.write(']');
    }

    /**
     * An N value. Common are numbers without an exponent and of at most 38 characters: DynamoDB can hold all of them
     * (at most 38 significant digits, magnitude below 1E38 and, unless zero, at least 1E-37).
     */
    private void writeNumber(long text) {
        require(length(text) <= DynamoDbNumbers.MAX_SIGNIFICANT_DIGITS
                && json.numberEnd(start(text), true, false) == end(text));
        json.copy(text, images);
    }

    /** Writes an image, or null for ABSENT. */
    void write(long image, ByteSink out) {
        if (image == ABSENT) {
            out.writeNull();
        } else {
            out.write(images.array(), start(image), length(image));
        }
    }
}
