package dev.ddbchanges.converter.firehose;

import dev.ddbchanges.converter.record.ChangeRecordConverter;
import dev.ddbchanges.converter.record.ConversionResult;
import dev.ddbchanges.converter.record.FailureReason;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One Firehose transformation invocation without the Lambda types: request JSON in, response JSON out. Every record
 * is answered, in request order, with its own recordId; bad data never throws.
 *
 * <p>Not thread-safe (it owns a {@link ChangeRecordConverter} and a {@link DirectEnvelope}).
 */
public final class FirehoseBatchTransformer {

    /** What the transformer needs of a converter: each record's answer, as {@link ChangeRecordConverter#convert}. */
    @FunctionalInterface
    interface RecordConverter {
        ConversionResult convert(byte[] data, KinesisMetadata kinesis);
    }

    private final RecordConverter converter;
    private final Function<byte[], FirehoseEvent> directEnvelope;
    private final long responseLimitBytes;

    public FirehoseBatchTransformer() {
        this(FirehoseResponse.MAX_RESPONSE_BYTES, new ChangeRecordConverter()::convert, new DirectEnvelope()::read);
    }

    /** @param directEnvelope {@link DirectEnvelope#read}, as {@link FirehoseEventReader#read} takes it */
    FirehoseBatchTransformer(
            long responseLimitBytes, RecordConverter converter, Function<byte[], FirehoseEvent> directEnvelope) {
        if (responseLimitBytes <= 0 || responseLimitBytes > FirehoseResponse.MAX_RESPONSE_BYTES) {
            throw new IllegalArgumentException("responseLimitBytes must be in 1.." + FirehoseResponse.MAX_RESPONSE_BYTES
                    + ", was " + responseLimitBytes);
        }
        this.responseLimitBytes = responseLimitBytes;
        this.converter = converter;
        this.directEnvelope = directEnvelope;
    }

    /**
     * One record as an invocation converts it: {@code data} null when Firehose's base64 did not decode. Public for
     * the re-drive command, which must convert a failed record exactly as the Lambda would today.
     */
    public ConversionResult convert(byte[] data, KinesisMetadata kinesis) {
        if (data == null) {
            return new ConversionResult.Failed(
                    FailureReason.INVALID_BASE64, "record data is missing or not a base64 string");
        }
        try {
            return converter.convert(data, kinesis);
        } catch (RuntimeException bug) {
            // Bad data never gets here; a bug must still cost one record, not the batch. The exception's message is
            // not logged: JDK messages quote their input.
            return new ConversionResult.Failed(
                    FailureReason.INTERNAL_ERROR,
                    "converter failed unexpectedly: " + bug.getClass().getName());
        }
    }

    /**
     * @throws MalformedFirehoseEventException when the request is not a Firehose transformation event at all
     */
    public BatchReport transform(InputStream request, OutputStream response) throws IOException {
        FirehoseEventReader.Read read = FirehoseEventReader.read(request, directEnvelope);
        FirehoseEvent event = read.event();
        List<ConversionResult> results = new ArrayList<>(event.records().size());
        for (FirehoseRecord record : event.records()) {
            results.add(convert(record.data(), record.kinesis()));
        }
        FirehoseResponse.Plan plan = FirehoseResponse.plan(event.records(), results, responseLimitBytes);
        long written = FirehoseResponse.write(plan, response);
        if (written != plan.bytes()) {
            // The size accounting is what keeps the response under the limit; if it drifts, fail loudly in tests.
            throw new IllegalStateException(
                    "response size accounting is off: planned " + plan.bytes() + " bytes, wrote " + written);
        }
        return BatchReport.of(event, results, plan, read.envelopeFallback());
    }
}
