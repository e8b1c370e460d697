package dev.ddbchanges.converter.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.converter.FirehoseTransformationHandler;
import dev.ddbchanges.converter.testing.SmallestBatches;
import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * README's request-size measurement (a measurement main, not a test, and no timing): for every processor buffer size
 * Firehose offers, a request of the smallest change records that fill it, run through the real handler, with the
 * request's and the response's sizes against Lambda's 6 MB limit on each. It prints the largest size at which both
 * fit and every line converted, which is what {@code ProcessorBatches.MAX_BUFFER_MB} must not exceed.
 */
public final class RequestSizes {
    /** Lambda's limit on a synchronous invocation's request and on its response alike. */
    private static final long LAMBDA_PAYLOAD_LIMIT = 6_291_456;

    private static final double MEGABYTE = 1 << 20;

    private RequestSizes() {}

    public static void main(String[] args) throws IOException {
        FirehoseTransformationHandler handler = new FirehoseTransformationHandler();
        QuietContext context = new QuietContext();
        System.out.printf(
                "%-9s %8s %14s %10s %15s %10s %9s %s%n",
                "buffer MB",
                "records",
                "request bytes",
                "request MB",
                "response bytes",
                "response MB",
                "converted",
                "fits in 6 MB");
        BigDecimal largest = null;
        for (int tenths = 2; tenths <= 30; tenths++) {
            BigDecimal buffer = BigDecimal.valueOf(tenths, 1);
            SmallestBatches.Batch batch = SmallestBatches.of(buffer);
            ByteArrayOutputStream response = new ByteArrayOutputStream(batch.request().length);
            handler.handleRequest(new ByteArrayInputStream(batch.request()), response, context);
            long converted = converted(response.toByteArray());
            boolean fits = batch.request().length <= LAMBDA_PAYLOAD_LIMIT
                    && response.size() <= LAMBDA_PAYLOAD_LIMIT
                    && converted == batch.records();
            if (fits) {
                largest = buffer;
            }
            System.out.printf(
                    "%-9s %8d %14d %10.2f %15d %11.2f %9d %s%n",
                    buffer,
                    batch.records(),
                    batch.request().length,
                    batch.request().length / MEGABYTE,
                    response.size(),
                    response.size() / MEGABYTE,
                    converted,
                    fits ? "yes" : "no");
        }
        System.out.println("largest processor buffer whose request and response fit: "
                + (largest == null ? "none" : largest + " MB"));
    }

    private static long converted(byte[] response) {
        long ok = 0;
        for (JsonNode record : TestEvents.json(response).get("records")) {
            if (record.get("result").asText().equals("Ok")) {
                ok++;
            }
        }
        return ok;
    }
}
