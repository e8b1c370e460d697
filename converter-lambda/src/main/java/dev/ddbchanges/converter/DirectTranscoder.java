package dev.ddbchanges.converter;

import java.util.Arrays;

/**
 * The common shape of a change record, transcoded straight from its bytes to its line: ASCII without escapes, every
 * attribute type but binary. It only ever accepts. Anything else, and anything invalid, it leaves to the Jackson path,
 * which then converts it or reports the exact failure; so it needs no messages and cannot change an answer, and
 * FastPathTest holds every line it writes to the reference.
 *
 * <p>Why by hand: for small records, Jackson merely reading the tokens of the Firehose envelope and of the record took
 * 54 % of the time a typed pass-through spends on the whole invocation, so no converter built on Jackson's tokenizer
 * could reach the speed the converter is held to (README, Performance). What Jackson gives that this does not need:
 * escapes, other encodings, numbers of every form, error positions; records that have them take the Jackson path.
 *
 * <p>Not thread-safe: it reuses its buffers.
 */
final class DirectTranscoder {

    /** Control flow for "not the common shape": preallocated, without a stack trace. */
    private static final class NotCommon extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotCommon() {
            super("not the common shape", null, false, false);
        }
    }

    private static final NotCommon NOT_COMMON = new NotCommon();
    /** DynamoDB nests at most 32 levels; deeper is left to Jackson and its own limit. */
    private static final int MAX_DEPTH = 64;
    /** Names per object checked here for duplicates; objects with more are left to Jackson. */
    private static final int MAX_NAMES = 32;
    private static final int MAX_NAME_LENGTH = 1024;
    /** Jackson's default limit on a number's length. */
    private static final int MAX_NUMBER_LENGTH = 1000;
    /** Digits that always fit a long. */
    private static final int MAX_LONG_DIGITS = 18;
    private static final long ABSENT = -1;

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
    private static final byte[] SERVICE = ascii("Service");
    private static final byte[] TTL_PRINCIPAL = ascii("dynamodb.amazonaws.com");
    private static final byte[] PARTITION_KEY = ascii(ChangeRecordConverter.PARTITION_KEY);
    private static final byte[] INSERT = ascii("INSERT");
    private static final byte[] MODIFY = ascii("MODIFY");
    private static final byte[] REMOVE = ascii("REMOVE");
    private static final byte[] TRUE = ascii("true");
    private static final byte[] FALSE = ascii("false");
    private static final byte[] NULL = ascii("null");
    private static final byte[] EVENT_ID_COLUMN = column(Columns.EVENT_ID, true);
    private static final byte[] EVENT_NAME_COLUMN = column(Columns.EVENT_NAME, false);
    private static final byte[] EVENT_TIME_COLUMN = column(Columns.EVENT_TIME, false);
    private static final byte[] EVENT_TIME_US_COLUMN = column(Columns.EVENT_TIME_US, false);
    private static final byte[] TABLE_NAME_COLUMN = column(Columns.TABLE_NAME, false);
    private static final byte[] AWS_REGION_COLUMN = column(Columns.AWS_REGION, false);
    private static final byte[] TTL_DELETE_COLUMN = column(Columns.TTL_DELETE, false);
    private static final byte[] PK_COLUMN = column(Columns.PK, false);
    private static final byte[] KEYS_COLUMN = column(Columns.KEYS, false);
    private static final byte[] NEW_IMAGE_COLUMN = column(Columns.NEW_IMAGE, false);
    private static final byte[] OLD_IMAGE_COLUMN = column(Columns.OLD_IMAGE, false);
    private static final byte[] SIZE_BYTES_COLUMN = column(Columns.SIZE_BYTES, false);
    private static final byte[] KINESIS_SHARD_ID_COLUMN = column(Columns.KINESIS_SHARD_ID, false);
    private static final byte[] KINESIS_SEQUENCE_NUMBER_COLUMN = column(Columns.KINESIS_SEQUENCE_NUMBER, false);
    private static final byte[] APPROXIMATE_ARRIVAL_TIME_COLUMN = column(Columns.APPROXIMATE_ARRIVAL_TIME, false);

    private byte[] in;
    private int pos;
    private int depth;
    private final long[][] names = new long[MAX_DEPTH + 1][MAX_NAMES];
    private final int[] nameCounts = new int[MAX_DEPTH + 1];
    private final ByteSink images = new ByteSink();
    private final ByteSink line = new ByteSink();
    private final IsoTimeText eventTime = new IsoTimeText();
    private final IsoTimeText arrivalTime = new IsoTimeText();

    // What one record holds; spans are (start << 32 | end) in the record, images are (start << 32 | end) in images.
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
     * the ordinary way then. {@code data} must be ASCII without a backslash ({@link ByteScan}).
     */
    byte[] convert(byte[] data, KinesisMetadata kinesis) {
        try {
            in = data;
            pos = 0;
            depth = 0;
            images.reset();
            readRecord();
            return render(kinesis);
        } catch (NotCommon | ArrayIndexOutOfBoundsException notCommon) {
            // Out of bounds only where a record ends early, which is not the common shape either.
            return null;
        } finally {
            in = null;
        }
    }

    private void readRecord() {
        awsRegion = eventId = eventName = tableName = keys = pk = newImage = oldImage = ABSENT;
        deletedByDynamodb = hasDynamodb = hasCreation = hasSizeBytes = false;
        whitespace();
        openObject();
        if (!closesObject()) {
            do {
                long name = name();
                if (is(name, AWS_REGION)) {
                    awsRegion = string();
                } else if (is(name, EVENT_ID)) {
                    eventId = string();
                } else if (is(name, EVENT_NAME)) {
                    eventName = string();
                    require(is(eventName, INSERT) || is(eventName, MODIFY) || is(eventName, REMOVE));
                } else if (is(name, TABLE_NAME)) {
                    tableName = string();
                } else if (is(name, USER_IDENTITY)) {
                    deletedByDynamodb = userIdentity();
                } else if (is(name, DYNAMODB)) {
                    dynamodb();
                } else {
                    skipValue();
                }
            } while (nextMember());
        }
        whitespace();
        require(pos == in.length);
        require(awsRegion != ABSENT && eventId != ABSENT && eventName != ABSENT && tableName != ABSENT && hasDynamodb
                && hasCreation && hasSizeBytes && keys != ABSENT && pk != ABSENT && sizeBytes >= 0);
    }

    private boolean userIdentity() {
        if (peek() == 'n') {
            literal(NULL);
            return false;
        }
        long type = ABSENT;
        long principalId = ABSENT;
        openObject();
        if (!closesObject()) {
            do {
                long name = name();
                if (is(name, TYPE)) {
                    type = string();
                } else if (is(name, PRINCIPAL_ID)) {
                    principalId = string();
                } else {
                    skipValue();
                }
            } while (nextMember());
        }
        return type != ABSENT && is(type, SERVICE) && principalId != ABSENT && is(principalId, TTL_PRINCIPAL);
    }

    private void dynamodb() {
        hasDynamodb = true;
        openObject();
        if (closesObject()) {
            return;
        }
        do {
            long name = name();
            if (is(name, CREATION)) {
                creation = wholeNumber();
                hasCreation = true;
            } else if (is(name, SIZE_BYTES)) {
                sizeBytes = wholeNumber();
                hasSizeBytes = true;
            } else if (is(name, KEYS)) {
                int start = images.size();
                map(true);
                keys = span(start, images.size());
            } else if (is(name, NEW_IMAGE)) {
                newImage = optionalImage();
            } else if (is(name, OLD_IMAGE)) {
                oldImage = optionalImage();
            } else {
                skipValue();
            }
        } while (nextMember());
    }

    private long optionalImage() {
        if (peek() == 'n') {
            literal(NULL);
            return ABSENT;
        }
        int start = images.size();
        map(false);
        return span(start, images.size());
    }

    /** A map of attribute values as a plain object; with {@code capturePk}, the S value of pk is kept. */
    private void map(boolean capturePk) {
        openObject();
        images.write('{');
        if (!closesObject()) {
            boolean first = true;
            do {
                long name = name();
                if (!first) {
                    images.write(',');
                }
                first = false;
                writeQuoted(images, name);
                images.write(':');
                long text = attributeValue();
                if (capturePk && is(name, PARTITION_KEY)) {
                    require(text != ABSENT);
                    pk = text;
                }
            } while (nextMember());
        }
        images.write('}');
    }

    /** One typed value such as {"S":"a"}, written plain; returns the span of an S value's text, else ABSENT. */
    private long attributeValue() {
        openObject();
        require(!closesObject());
        long type = name();
        long text = ABSENT;
        int length = length(type);
        byte first = in[start(type)];
        if (length == 1 && first == 'S') {
            text = string();
            writeQuoted(images, text);
        } else if (length == 1 && first == 'N') {
            writeNumber(string());
        } else if (length == 4 && is(type, "BOOL")) {
            if (peek() == 't') {
                literal(TRUE);
                images.write(TRUE);
            } else {
                literal(FALSE);
                images.write(FALSE);
            }
        } else if (length == 4 && is(type, "NULL")) {
            literal(TRUE);
            images.write(NULL);
        } else if (length == 1 && first == 'M') {
            map(false);
        } else if (length == 1 && first == 'L') {
            list(0);
        } else if (length == 2 && is(type, "SS")) {
            list('S');
        } else if (length == 2 && is(type, "NS")) {
            list('N');
        } else {
            // B and BS need base64 decoded and encoded again; unknown types need their message.
            throw NOT_COMMON;
        }
        whitespace();
        require(in[pos++] == '}');
        closeObject();
        return text;
    }

    /** An L (element 0: attribute values), an SS ('S': strings) or an NS ('N': number strings). */
    private void list(int element) {
        require(in[pos++] == '[');
        images.write('[');
        whitespace();
        if (in[pos] == ']') {
            pos++;
        } else {
            boolean first = true;
            while (true) {
                if (!first) {
                    images.write(',');
                }
                first = false;
                if (element == 'S') {
                    writeQuoted(images, string());
                } else if (element == 'N') {
                    writeNumber(string());
                } else {
                    attributeValue();
                }
                whitespace();
                byte next = in[pos++];
                if (next == ']') {
                    break;
                }
                require(next == ',');
                whitespace();
            }
        }
        images.write(']');
    }

    /**
     * An N value. Common are numbers without an exponent and of at most 38 characters: DynamoDB can hold all of them
     * (at most 38 significant digits, magnitude below 1E38 and, unless zero, at least 1E-37).
     */
    private void writeNumber(long text) {
        int start = start(text);
        int length = length(text);
        require(length <= DynamoDbNumbers.MAX_SIGNIFICANT_DIGITS && numberEnd(start, true, false) == start + length);
        images.write(in, start, length);
    }

    private void skipValue() {
        byte b = peek();
        if (b == '"') {
            string();
        } else if (b == '{') {
            openObject();
            if (!closesObject()) {
                do {
                    name();
                    skipValue();
                } while (nextMember());
            }
        } else if (b == '[') {
            pos++;
            whitespace();
            if (in[pos] == ']') {
                pos++;
                return;
            }
            while (true) {
                skipValue();
                whitespace();
                byte next = in[pos++];
                if (next == ']') {
                    return;
                }
                require(next == ',');
                whitespace();
            }
        } else if (b == 't') {
            literal(TRUE);
        } else if (b == 'f') {
            literal(FALSE);
        } else if (b == 'n') {
            literal(NULL);
        } else {
            int end = numberEnd(pos, true, true);
            require(end - pos <= MAX_NUMBER_LENGTH);
            pos = end;
        }
    }

    /** A JSON integer that fits a long, as Jackson's VALUE_NUMBER_INT of type INT or LONG. */
    private long wholeNumber() {
        int start = pos;
        int end = numberEnd(start, false, false);
        int digits = end - start - (in[start] == '-' ? 1 : 0);
        require(digits <= MAX_LONG_DIGITS);
        pos = end;
        long value = 0;
        for (int i = start + (in[start] == '-' ? 1 : 0); i < end; i++) {
            value = value * 10 + (in[i] - '0');
        }
        return in[start] == '-' ? -value : value;
    }

    /**
     * Where the JSON number starting at {@code start} ends: {@code -? (0 | [1-9][0-9]*)}, then the optional fraction
     * and exponent where allowed. A number with one where it is not allowed is not common.
     */
    private int numberEnd(int start, boolean fraction, boolean exponent) {
        int i = start;
        if (in[i] == '-') {
            i++;
        }
        if (in[i] == '0') {
            i++;
        } else {
            require(in[i] >= '1' && in[i] <= '9');
            i = digits(i);
        }
        if (in.length > i && in[i] == '.') {
            require(fraction);
            int from = ++i;
            i = digits(i);
            require(i > from);
        }
        if (in.length > i && (in[i] == 'e' || in[i] == 'E')) {
            require(exponent);
            i++;
            if (in[i] == '+' || in[i] == '-') {
                i++;
            }
            int from = i;
            i = digits(i);
            require(i > from);
        }
        return i;
    }

    private int digits(int i) {
        while (i < in.length && in[i] >= '0' && in[i] <= '9') {
            i++;
        }
        return i;
    }

    /** The span of a string's content; the record has no backslash, so the next quote closes it. */
    private long string() {
        byte[] bytes = in;
        require(bytes[pos] == '"');
        int start = pos + 1;
        int i = start;
        byte b;
        // ASCII only, so every byte is non-negative; Jackson rejects raw control characters in strings.
        while ((b = bytes[i]) != '"') {
            require(b >= 0x20);
            i++;
        }
        pos = i + 1;
        return span(start, i);
    }

    /** A member's name and its colon; a name the object already has is not common. */
    private long name() {
        long name = string();
        // Jackson limits names (to 64 KB here); common names are far shorter.
        require(length(name) <= MAX_NAME_LENGTH);
        whitespace();
        require(in[pos++] == ':');
        whitespace();
        long[] seen = names[depth];
        int count = nameCounts[depth];
        require(count < MAX_NAMES);
        for (int i = 0; i < count; i++) {
            require(!sameText(seen[i], name));
        }
        seen[count] = name;
        nameCounts[depth] = count + 1;
        return name;
    }

    private void openObject() {
        require(in[pos++] == '{');
        require(depth < MAX_DEPTH);
        depth++;
        nameCounts[depth] = 0;
        whitespace();
    }

    /** True (and the object closed) when the object just opened is empty. */
    private boolean closesObject() {
        if (in[pos] == '}') {
            pos++;
            closeObject();
            return true;
        }
        return false;
    }

    private void closeObject() {
        depth--;
    }

    /** After a member's value: true when another member follows, false when the object closed. */
    private boolean nextMember() {
        whitespace();
        byte next = in[pos++];
        if (next == ',') {
            whitespace();
            return true;
        }
        require(next == '}');
        closeObject();
        return false;
    }

    private void literal(byte[] word) {
        require(in.length - pos >= word.length && Arrays.equals(in, pos, pos + word.length, word, 0, word.length));
        pos += word.length;
    }

    private byte peek() {
        return in[pos];
    }

    private void whitespace() {
        byte[] bytes = in;
        int i = pos;
        while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
            i++;
        }
        pos = i;
    }

    private byte[] render(KinesisMetadata kinesis) {
        EventTimes.EventTime time = EventTimes.fromApproximateCreationDateTime(creation);
        require(time != null);
        ByteSink out = line;
        out.reset();
        out.write(EVENT_ID_COLUMN);
        writeQuoted(out, eventId);
        out.write(EVENT_NAME_COLUMN);
        writeQuoted(out, eventName);
        out.write(EVENT_TIME_COLUMN);
        writeTime(out, eventTime, time.epochMicros(), time.microsecondPrecision() ? 6 : 3);
        out.write(EVENT_TIME_US_COLUMN);
        writeAscii(out, Long.toString(time.epochMicros()));
        out.write(TABLE_NAME_COLUMN);
        writeQuoted(out, tableName);
        out.write(AWS_REGION_COLUMN);
        writeQuoted(out, awsRegion);
        out.write(TTL_DELETE_COLUMN);
        out.write(deletedByDynamodb && is(eventName, REMOVE) ? TRUE : FALSE);
        out.write(PK_COLUMN);
        writeQuoted(out, pk);
        out.write(KEYS_COLUMN);
        writeImage(out, keys);
        out.write(NEW_IMAGE_COLUMN);
        writeImage(out, newImage);
        out.write(OLD_IMAGE_COLUMN);
        writeImage(out, oldImage);
        out.write(SIZE_BYTES_COLUMN);
        writeAscii(out, Long.toString(sizeBytes));
        out.write(KINESIS_SHARD_ID_COLUMN);
        writePlainString(out, kinesis.shardId());
        out.write(KINESIS_SEQUENCE_NUMBER_COLUMN);
        writePlainString(out, kinesis.sequenceNumber());
        out.write(APPROXIMATE_ARRIVAL_TIME_COLUMN);
        Long arrival = kinesis.approximateArrivalEpochMillis();
        if (arrival == null) {
            out.write(NULL);
        } else {
            writeTime(out, arrivalTime, Math.multiplyExact(arrival, 1000L), 3);
        }
        out.write('}');
        byte[] bytes = Arrays.copyOf(out.array(), out.size() + 1);
        bytes[bytes.length - 1] = '\n';
        return bytes;
    }

    /** What precedes a column's value: the separator (or the line's opening brace), its quoted name and a colon. */
    private static byte[] column(String name, boolean first) {
        return ascii((first ? "{" : ",") + "\"" + name + "\":");
    }

    private void writeImage(ByteSink out, long image) {
        if (image == ABSENT) {
            out.write(NULL);
        } else {
            out.write(images.array(), start(image), length(image));
        }
    }

    private void writeQuoted(ByteSink out, long text) {
        out.write('"');
        out.write(in, start(text), length(text));
        out.write('"');
    }

    private static void writeTime(ByteSink out, IsoTimeText text, long epochMicros, int fractionDigits) {
        int length = text.format(epochMicros, fractionDigits);
        out.write('"');
        out.writeAscii(text.chars(), length);
        out.write('"');
    }

    /** The envelope's strings: printable ASCII needs no escape; anything else is left to the generator. */
    private static void writePlainString(ByteSink out, String value) {
        if (value == null) {
            out.write(NULL);
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

    private boolean is(long text, byte[] expected) {
        return length(text) == expected.length
                && Arrays.equals(in, start(text), start(text) + expected.length, expected, 0, expected.length);
    }

    private boolean is(long text, String expected) {
        if (length(text) != expected.length()) {
            return false;
        }
        for (int i = 0; i < expected.length(); i++) {
            if (in[start(text) + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean sameText(long a, long b) {
        return length(a) == length(b) && Arrays.equals(in, start(a), end(a), in, start(b), end(b));
    }

    private static void require(boolean common) {
        if (!common) {
            throw NOT_COMMON;
        }
    }

    private static long span(int start, int end) {
        return (long) start << 32 | end;
    }

    private static int start(long span) {
        return (int) (span >>> 32);
    }

    private static int end(long span) {
        return (int) span;
    }

    private static int length(long span) {
        return end(span) - start(span);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
