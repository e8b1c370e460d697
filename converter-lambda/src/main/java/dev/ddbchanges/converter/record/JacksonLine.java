package dev.ddbchanges.converter.record;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import dev.ddbchanges.converter.json.ReusableGenerator;
import java.io.IOException;
import java.util.Arrays;

/**
 * The line of a record the Jackson path read, written by Jackson's generator in {@link LineColumn#ORDER}, as the
 * direct transcoder writes its own. Not thread-safe: it reuses its generator and buffers.
 */
final class JacksonLine {

    /** The column names quoted and encoded once, not escaped again on every line. */
    private static final SerializedString[] COLUMN_NAMES = Arrays.stream(LineColumn.ORDER)
            .map(column -> new SerializedString(column.column()))
            .toArray(SerializedString[]::new);

    private final ReusableGenerator generator = new ReusableGenerator();
    private final LineTimes times = new LineTimes();

    /** The line, newline included; {@code images} is the buffer the record's image spans point into. */
    byte[] render(ChangeRecord r, EventTimes.EventTime time, KinesisMetadata kinesis, byte[] images)
            throws IOException {
        JsonGenerator g = generator.begin();
        g.writeStartObject();
        for (int i = 0; i < COLUMN_NAMES.length; i++) {
            g.writeFieldName(COLUMN_NAMES[i]);
            writeValue(g, LineColumn.ORDER[i], r, time, kinesis, images);
        }
        g.writeEndObject();
        generator.end();
        return generator.sink().toLine();
    }

    private void writeValue(
            JsonGenerator g,
            LineColumn column,
            ChangeRecord r,
            EventTimes.EventTime time,
            KinesisMetadata kinesis,
            byte[] images)
            throws IOException {
        switch (column) {
            case EVENT_ID -> g.writeString(r.eventId);
            case EVENT_NAME -> g.writeString(r.eventName);
            case EVENT_TIME -> g.writeString(times.eventChars(), 0, times.event(time));
            case EVENT_TIME_US -> g.writeNumber(time.epochMicros());
            case TABLE_NAME -> g.writeString(r.tableName);
            case AWS_REGION -> g.writeString(r.awsRegion);
            case TTL_DELETE -> g.writeBoolean(r.ttlDelete());
            case PK -> g.writeString(r.pk.text());
            case KEYS -> writeImage(g, r.keys, images);
            case NEW_IMAGE -> writeImage(g, r.newImage, images);
            case OLD_IMAGE -> writeImage(g, r.oldImage, images);
            case SIZE_BYTES -> g.writeNumber(r.sizeBytes);
            case KINESIS_SHARD_ID -> g.writeString(kinesis.shardId());
            case KINESIS_SEQUENCE_NUMBER -> g.writeString(kinesis.sequenceNumber());
            case APPROXIMATE_ARRIVAL_TIME -> {
                Long arrival = kinesis.approximateArrivalEpochMillis();
                if (arrival == null) {
                    g.writeNull();
                } else {
                    g.writeString(times.arrivalChars(), 0, times.arrival(arrival));
                }
            }
            default -> throw new IllegalStateException("no value for column " + column);
        }
    }

    /**
     * Splices in an image the reader already wrote as plain JSON: after the generator wrote the name and the colon,
     * it counts the value as written, then the image's bytes go into its buffer behind what it flushed.
     */
    private void writeImage(JsonGenerator g, ChangeRecord.Span image, byte[] images) throws IOException {
        if (image == null) {
            g.writeNull();
        } else {
            g.writeRawValue("");
            g.flush();
            generator.sink().write(images, image.start(), image.length());
        }
    }
}
