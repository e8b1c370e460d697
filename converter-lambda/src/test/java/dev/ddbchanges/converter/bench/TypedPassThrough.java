package dev.ddbchanges.converter.bench;

import com.amazonaws.services.lambda.runtime.events.KinesisAnalyticsInputPreprocessingResponse;
import com.amazonaws.services.lambda.runtime.events.KinesisFirehoseEvent;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The seed's logic the ordinary Java way: a typed handler that appends a newline to each record, run as the managed
 * runtime runs typed handlers, through its own event deserializer and response serializer.
 */
final class TypedPassThrough {
    private final PojoSerializer<KinesisFirehoseEvent> in;
    private final PojoSerializer<KinesisAnalyticsInputPreprocessingResponse> out;

    TypedPassThrough() {
        ClassLoader loader = TypedPassThrough.class.getClassLoader();
        in = LambdaEventSerializers.serializerFor(KinesisFirehoseEvent.class, loader);
        out = LambdaEventSerializers.serializerFor(KinesisAnalyticsInputPreprocessingResponse.class, loader);
    }

    void endToEnd(InputStream request, OutputStream response) {
        out.toJson(handle(in.fromJson(request)), response);
    }

    KinesisFirehoseEvent deserialize(InputStream request) {
        return in.fromJson(request);
    }

    /** The handler body alone. */
    static KinesisAnalyticsInputPreprocessingResponse handle(KinesisFirehoseEvent event) {
        List<KinesisAnalyticsInputPreprocessingResponse.Record> records =
                new ArrayList<>(event.getRecords().size());
        for (KinesisFirehoseEvent.Record record : event.getRecords()) {
            ByteBuffer data = record.getData();
            ByteBuffer line = ByteBuffer.allocate(data.remaining() + 1);
            line.put(data.duplicate()).put((byte) '\n').flip();
            records.add(new KinesisAnalyticsInputPreprocessingResponse.Record(
                    record.getRecordId(), KinesisAnalyticsInputPreprocessingResponse.Result.Ok, line));
        }
        return new KinesisAnalyticsInputPreprocessingResponse(records);
    }
}
