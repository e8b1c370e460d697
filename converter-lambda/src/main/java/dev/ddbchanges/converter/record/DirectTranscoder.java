package dev.ddbchanges.converter.record;

import static dev.ddbchanges.converter.json.JsonCursor.ascii;
import static dev.ddbchanges.converter.json.JsonCursor.require;
import static dev.ddbchanges.converter.json.Spans.ABSENT;

import dev.ddbchanges.contract.TtlDeletes;
import dev.ddbchanges.converter.json.ByteSink;
import dev.ddbchanges.converter.json.JsonCursor;

/**
 * The common shape of a change record, transcoded straight from its bytes to its line: strings of ASCII without
 * escapes, every attribute type but binary. It only ever accepts. Anything else, and anything invalid, it leaves to
 * the Jackson path, which then converts it or reports the exact failure; so it needs no messages and cannot change
 * an answer, and FastPathTest holds every line it writes to the reference. What it declines, the converter counts
 * (RecordsSlowPath).
 *
 * <p>Why by hand: for small records, Jackson merely reading the tokens of the Firehose envelope and of the record took
 * most of the time a typed pass-through spends on the whole invocation, so no converter built on Jackson's tokenizer
 * could reach the speed the converter is held to (README, Performance). What Jackson gives that this does not need:
 * escapes, other encodings, numbers of every form, error positions; records that have them take the Jackson path.
 *
 * <p>Not thread-safe: it reuses its buffers.
 */
final class DirectTranscoder {

    private static final byte[] AWS_REGION = ascii("awsRegion");
    private static final byte[] EVENT_ID = ascii("eventID");
    private static final byte[] EVENT_NAME = ascii("eventName");
    private static final byte[] TABLE_NAME = ascii("tableName");
    private static final byte[] USER_IDENTITY = ascii("userIdentity");
    private static final byte[] DYNAMODB = ascii("dynamodb");
    private static final byte[] CREATION = ascii("ApproximateCreationDateTime");
    private static final byte[] SIZE_BYTES = ascii("SizeBytes");
    private static final byte[] KEYS = ascii("Keys");
    private static final byte[] NEW_IMAGE = ascii("NewImage");
    private static final byte[] OLD_IMAGE = ascii("OldImage");
    private static final byte[] TYPE = ascii("type");
    private static final byte[] PRINCIPAL_ID = ascii("principalId");
    private static final byte[] SERVICE = ascii(TtlDeletes.IDENTITY_TYPE);
    private static final byte[] TTL_PRINCIPAL = ascii(TtlDeletes.PRINCIPAL_ID);
    private static final byte[] INSERT = ascii("INSERT");
    private static final byte[] MODIFY = ascii("MODIFY");
    private static final byte[] REMOVE = ascii("REMOVE");
    /** What precedes each column's value in {@link LineColumn#ORDER}: a separator or the brace, name, colon. */
    private static final byte[][] COLUMN_PREFIXES = new byte[LineColumn.ORDER.length][];

    static {
        for (int i = 0; i < COLUMN_PREFIXES.length; i++) {
            COLUMN_PREFIXES[i] = ascii((i == 0 ? "{" : ",") + "\"" + LineColumn.ORDER[i].column() + "\":");
        }
    }

    private final JsonCursor json = new JsonCursor();
    private final DirectImages images = new DirectImages(json);
    private final ByteSink line = new ByteSink();
    private final LineTimes times = new LineTimes();

    // What one record holds: spans of the record's bytes, the images' spans of DirectImages' buffer.
    private long awsRegion;
    private long eventId;
    private long eventName;
    private long tableName;
    private boolean deletedByDynamodb;
    private boolean hasDynamodb;
    private boolean hasCreation;
    private long creation;
    private boolean hasSizeBytes;
    private long sizeBytes;
    private long keys;
    private long pk;
    private long newImage;
    private long oldImage;

    /**
     * The record's line, or null when the record is not of the common shape (or not valid): the caller converts it
     * the ordinary way then.
     */
    byte[] convert(byte[] data, KinesisMetadata kinesis) {
        try {
            json.begin(data);
            images.reset();
            readRecord();
            return render(kinesis);
        } catch (JsonCursor.NotCommon notCommon) {
            return null;
        } finally {
            json.release();
        }
    }

    private void readRecord() {
        awsRegion = eventId = eventName = tableName = keys = pk = newImage = oldImage = ABSENT;
        deletedByDynamodb = hasDynamodb = hasCreation = hasSizeBytes = false;
        json.whitespace();
        for (long name = json.firstName(); name != ABSENT; name = json.nextName()) {
            if (json.is(name, AWS_REGION)) {
                awsRegion = json.string();
            } else if (json.is(name, EVENT_ID)) {
                eventId = json.string();
            } else if (json.is(name, EVENT_NAME)) {
                eventName = json.string();
                require(json.is(eventName, INSERT) || json.is(eventName, MODIFY) || json.is(eventName, REMOVE));
            } else if (json.is(name, TABLE_NAME)) {
                tableName = json.string();
            } else if (json.is(name, USER_IDENTITY)) {
                deletedByDynamodb = userIdentity();
            } else if (json.is(name, DYNAMODB)) {
                dynamodb();
            } else {
                json.skipValue();
            }
        }
        json.whitespace();
        require(json.atEnd());
        require(awsRegion != ABSENT
                && eventId != ABSENT
                && eventName != ABSENT
                && tableName != ABSENT
                && hasDynamodb
                && hasCreation
                && hasSizeBytes
                && keys != ABSENT
                && pk != ABSENT
                && sizeBytes >= 0);
    }

    private boolean userIdentity() {
        if (json.readNull()) {
            return false;
        }
        long type = ABSENT;
        long principalId = ABSENT;
        for (long name = json.firstName(); name != ABSENT; name = json.nextName()) {
            if (json.is(name, TYPE)) {
                type = json.string();
            } else if (json.is(name, PRINCIPAL_ID)) {
                principalId = json.string();
            } else {
                json.skipValue();
            }
        }
        return type != ABSENT && json.is(type, SERVICE) && principalId != ABSENT && json.is(principalId, TTL_PRINCIPAL);
    }

    private void dynamodb() {
        hasDynamodb = true;
        for (long name = json.firstName(); name != ABSENT; name = json.nextName()) {
            if (json.is(name, CREATION)) {
                creation = json.wholeNumber();
                hasCreation = true;
            } else if (json.is(name, SIZE_BYTES)) {
                sizeBytes = json.wholeNumber();
                hasSizeBytes = true;
            } else if (json.is(name, KEYS)) {
                keys = images.keys();
                pk = images.partitionKey();
            } else if (json.is(name, NEW_IMAGE)) {
                newImage = images.optional();
            } else if (json.is(name, OLD_IMAGE)) {
                oldImage = images.optional();
            } else {
                json.skipValue();
            }
        }
    }

    private byte[] render(KinesisMetadata kinesis) {
        EventTimes.EventTime time = EventTimes.fromApproximateCreationDateTime(creation);
        require(time != null);
        ByteSink out = line;
        out.reset();
        for (int i = 0; i < COLUMN_PREFIXES.length; i++) {
            out.write(COLUMN_PREFIXES[i]);
            writeValue(out, LineColumn.ORDER[i], time, kinesis);
        }
        out.write('}');
        return out.toLine();
    }

    private void writeValue(ByteSink out, LineColumn column, EventTimes.EventTime time, KinesisMetadata kinesis) {
        switch (column) {
            case EVENT_ID -> json.copyQuoted(eventId, out);
            case EVENT_NAME -> json.copyQuoted(eventName, out);
            case EVENT_TIME -> writeTime(out, times.eventChars(), times.event(time));
            case EVENT_TIME_US -> writeAscii(out, Long.toString(time.epochMicros()));
            case TABLE_NAME -> json.copyQuoted(tableName, out);
            case AWS_REGION -> json.copyQuoted(awsRegion, out);
            case TTL_DELETE -> out.writeBoolean(deletedByDynamodb && json.is(eventName, REMOVE));
            case PK -> json.copyQuoted(pk, out);
            case KEYS -> images.write(keys, out);
            case NEW_IMAGE -> images.write(newImage, out);
            case OLD_IMAGE -> images.write(oldImage, out);
            case SIZE_BYTES -> writeAscii(out, Long.toString(sizeBytes));
            case KINESIS_SHARD_ID -> writePlainString(out, kinesis.shardId());
            case KINESIS_SEQUENCE_NUMBER -> writePlainString(out, kinesis.sequenceNumber());
            case APPROXIMATE_ARRIVAL_TIME -> {
                Long arrival = kinesis.approximateArrivalEpochMillis();
                if (arrival == null) {
                    out.writeNull();
                } else {
                    writeTime(out, times.arrivalChars(), times.arrival(arrival));
                }
            }
            default -> throw new IllegalStateException("no value for column " + column);
        }
    }

    private static void writeTime(ByteSink out, char[] text, int length) {
        out.write('"');
        out.writeAscii(text, length);
        out.write('"');
    }

    /** The envelope's strings: printable ASCII needs no escape; anything else is left to the generator. */
    private static void writePlainString(ByteSink out, String value) {
        if (value == null) {
            out.writeNull();
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            require(c >= 0x20 && c < 0x80 && c != '"' && c != '\\');
        }
        out.write('"');
        writeAscii(out, value);
        out.write('"');
    }

    private static void writeAscii(ByteSink out, String ascii) {
        for (int i = 0; i < ascii.length(); i++) {
            out.write(ascii.charAt(i));
        }
    }
}
