package dev.ddbchanges.converter;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.ddbchanges.contract.ConverterMetrics;
import dev.ddbchanges.converter.firehose.BatchReport;
import dev.ddbchanges.converter.firehose.FirehoseBatchTransformer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The Lambda entry point ({@code dev.ddbchanges.converter.FirehoseTransformationHandler::handleRequest}).
 *
 * <p>A stream handler: it reads and writes Firehose's JSON itself instead of paying for the runtime's generic event
 * (de)serialization, and needs no event classes or joda-time in the jar.
 *
 * <p>Environment: {@code METRICS_NAMESPACE}, the CloudWatch namespace of the per-batch metrics
 * (default {@value ConverterMetrics#DEFAULT_NAMESPACE}). Under SnapStart, Lambda sets
 * {@code AWS_LAMBDA_INITIALIZATION_TYPE} to {@code snap-start} while it initializes the version it will snapshot; the
 * handler then primes itself ({@link SnapStartPriming}).
 */
public final class FirehoseTransformationHandler implements RequestStreamHandler {

    /** CloudWatch's namespace rule; a namespace it rejects would silently drop the metrics the alarms watch. */
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9.\\-_/#: ]{1,255}");

    private final FirehoseBatchTransformer transformer = new FirehoseBatchTransformer();
    private final String metricsNamespace;

    /** Called by the Lambda runtime once per execution environment (under SnapStart: once per published version). */
    public FirehoseTransformationHandler() {
        this(
                System.getenv(ConverterMetrics.NAMESPACE_VARIABLE),
                System.getenv(SnapStartPriming.INITIALIZATION_TYPE_VARIABLE),
                SnapStartPriming::prime);
    }

    /**
     * A priming failure fails the initialization, so Lambda does not publish the version: a converter that cannot
     * convert its own sample batch must not take Firehose's traffic.
     *
     * @param primer run on this handler's transformer when {@code initializationType} asks for priming
     */
    FirehoseTransformationHandler(
            String metricsNamespace, String initializationType, Consumer<SnapStartPriming.Batch> primer) {
        this.metricsNamespace = validNamespace(metricsNamespace);
        if (SnapStartPriming.requested(initializationType)) {
            primer.accept(transformer::transform);
        }
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        log(transformer.transform(input, output), context);
    }

    private void log(BatchReport report, Context context) {
        String functionName = context == null ? "local" : context.getFunctionName();
        String line = EmbeddedMetricFormat.render(report, metricsNamespace, functionName, System.currentTimeMillis());
        if (context == null) {
            System.out.println(line);
        } else {
            context.getLogger().log(line);
        }
    }

    /** {@link SnapStartPriming}: also for benchmarks, which measure a restored snapshot's first batch. */
    public void prime() {
        SnapStartPriming.prime(transformer::transform);
    }

    static String validNamespace(String value) {
        if (value == null || value.isBlank()) {
            return ConverterMetrics.DEFAULT_NAMESPACE;
        }
        if (!NAMESPACE.matcher(value).matches() || value.startsWith("AWS/") || value.startsWith(":")) {
            throw new IllegalArgumentException(ConverterMetrics.NAMESPACE_VARIABLE
                    + " must be 1 to 255 characters of letters, digits and . - _ / # : or space, not starting with "
                    + "\"AWS/\" or \":\", was \"" + value + "\"");
        }
        return value;
    }
}
