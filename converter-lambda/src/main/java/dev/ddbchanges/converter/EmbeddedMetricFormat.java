package dev.ddbchanges.converter;

import static dev.ddbchanges.contract.ConverterMetrics.*;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ddbchanges.converter.firehose.BatchReport;
import dev.ddbchanges.converter.json.Json;
import dev.ddbchanges.converter.record.FailureReason;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a {@link BatchReport} as one CloudWatch Embedded Metric Format log line, so CloudWatch turns the counts into
 * metrics an alarm can watch without any API call from the function.
 *
 * <p>Per-reason counts are metrics named {@code RecordsProcessingFailed_<reason>}, emitted only when non-zero: an EMF
 * line can carry one value per dimension, and each custom metric costs money every month. The alarm watches the
 * total {@code RecordsProcessingFailed}, which every line carries. {@code EnvelopeFallbacks}, a bug's count, is
 * emitted only when non-zero too.
 */
final class EmbeddedMetricFormat {

    private EmbeddedMetricFormat() {}

    static String metricName(FailureReason reason) {
        return RECORDS_PROCESSING_FAILED + "_" + reason.label();
    }

    static String render(BatchReport report, String namespace, String functionName, long timestampMillis) {
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = Json.FACTORY.createGenerator(out)) {
            g.writeStartObject();
            g.writeObjectFieldStart("_aws");
            g.writeNumberField("Timestamp", timestampMillis);
            g.writeArrayFieldStart("CloudWatchMetrics");
            g.writeStartObject();
            g.writeStringField("Namespace", namespace);
            g.writeArrayFieldStart("Dimensions");
            g.writeStartArray();
            g.writeString(DIMENSION);
            g.writeEndArray();
            g.writeEndArray();
            g.writeArrayFieldStart("Metrics");
            declare(g, RECORDS, "Count");
            declare(g, RECORDS_OK, "Count");
            declare(g, RECORDS_PROCESSING_FAILED, "Count");
            declare(g, RECORDS_SLOW_PATH, "Count");
            if (report.envelopeFallback() != null) {
                declare(g, ENVELOPE_FALLBACKS, "Count");
            }
            for (FailureReason reason : report.failuresByReason().keySet()) {
                declare(g, metricName(reason), "Count");
            }
            declare(g, BYTES_IN, "Bytes");
            declare(g, BYTES_OUT, "Bytes");
            declare(g, RESPONSE_BYTES, "Bytes");
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndArray();
            g.writeEndObject();

            g.writeStringField(DIMENSION, functionName);
            g.writeNumberField(RECORDS, report.records());
            g.writeNumberField(RECORDS_OK, report.ok());
            g.writeNumberField(RECORDS_PROCESSING_FAILED, report.processingFailed());
            g.writeNumberField(RECORDS_SLOW_PATH, report.slowPath());
            if (report.envelopeFallback() != null) {
                g.writeNumberField(ENVELOPE_FALLBACKS, 1);
                g.writeStringField("envelopeFallback", report.envelopeFallback());
            }
            for (Map.Entry<FailureReason, Integer> failures :
                    report.failuresByReason().entrySet()) {
                g.writeNumberField(metricName(failures.getKey()), failures.getValue());
            }
            g.writeNumberField(BYTES_IN, report.bytesIn());
            g.writeNumberField(BYTES_OUT, report.bytesOut());
            g.writeNumberField(RESPONSE_BYTES, report.responseBytes());
            g.writeStringField("invocationId", report.invocationId());
            g.writeStringField("deliveryStreamArn", report.deliveryStreamArn());
            g.writeArrayFieldStart("failures");
            for (BatchReport.FailureSample sample : report.failureSamples()) {
                g.writeStartObject();
                g.writeStringField("recordId", sample.recordId());
                g.writeStringField("reason", sample.reason().label());
                g.writeStringField("detail", sample.detail());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return out.toString();
    }

    private static void declare(JsonGenerator g, String name, String unit) throws IOException {
        g.writeStartObject();
        g.writeStringField("Name", name);
        g.writeStringField("Unit", unit);
        g.writeEndObject();
    }
}
