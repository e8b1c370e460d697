package dev.ddbchanges.converter;

import dev.ddbchanges.contract.ConverterMetrics;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * The Lambda entry point ({@code dev.ddbchanges.converter.FirehoseTransformationHandler::handleRequest}).
 *
 * <p>A stream handler: it reads and writes Firehose's JSON itself instead of paying for the runtime's generic event
 * (de)serialization, and needs no event classes or joda-time in the jar.
 *
 * <p>Environment: {@code METRICS_NAMESPACE}, the CloudWatch namespace of the per-batch metrics
 * (default {@value ConverterMetrics#DEFAULT_NAMESPACE}). Under SnapStart, Lambda sets {@code AWS_LAMBDA_INITIALIZATION_TYPE}
 * to {@code snap-start} while it initializes the version it will snapshot; the handler then primes itself.
 */
public final class FirehoseTransformationHandler implements RequestStreamHandler {

    /** CloudWatch's namespace rule; a namespace it rejects would silently drop the metrics the alarms watch. */
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9.\\-_/#: ]{1,255}");

    static final String INITIALIZATION_TYPE_VARIABLE = "AWS_LAMBDA_INITIALIZATION_TYPE";
    static final String SNAP_START = "snap-start";
    static final String PRIMING_REQUEST = "/priming/request.json";
    /** Enough rounds for the JIT's first tier to compile the conversion; a few hundred milliseconds at publish time. */
    static final int PRIMING_ROUNDS = 200;

    private final FirehoseBatchTransformer transformer = new FirehoseBatchTransformer();
    private final String metricsNamespace;
    private int primedBatches;

    /** Called by the Lambda runtime once per execution environment (under SnapStart: once per published version). */
    public FirehoseTransformationHandler() {
        this(System.getenv(ConverterMetrics.NAMESPACE_VARIABLE), System.getenv(INITIALIZATION_TYPE_VARIABLE));
    }

    FirehoseTransformationHandler(String metricsNamespace) {
        this(metricsNamespace, null);
    }

    /**
     * A priming failure fails the initialization, so Lambda does not publish the version: a converter that cannot
     * convert its own sample batch must not take Firehose's traffic.
     */
    FirehoseTransformationHandler(String metricsNamespace, String initializationType) {
        this.metricsNamespace = validNamespace(metricsNamespace);
        if (SNAP_START.equals(initializationType)) {
            prime();
        }
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        BatchReport report = transformer.transform(input, output);
        String functionName = context == null ? "local" : context.getFunctionName();
        String line = EmbeddedMetricFormat.render(report, metricsNamespace, functionName, System.currentTimeMillis());
        if (context == null) {
            System.out.println(line);
        } else {
            context.getLogger().log(line);
        }
    }

    /**
     * Converts a built-in batch (every attribute type, every failure a record can have) a few times, so that the
     * SnapStart snapshot holds a converter whose classes are loaded and whose hot paths are compiled, not one that has
     * never converted anything. Nothing is logged or counted: metrics come from the table's changes only.
     */
    public void prime() {
        try (InputStream in = FirehoseTransformationHandler.class.getResourceAsStream(PRIMING_REQUEST)) {
            if (in == null) {
                throw new IllegalStateException(PRIMING_REQUEST + " is missing from the jar");
            }
            byte[] request = in.readAllBytes();
            for (int round = 0; round < PRIMING_ROUNDS; round++) {
                transformer.transform(new ByteArrayInputStream(request), OutputStream.nullOutputStream());
                primedBatches++;
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /** How many priming batches this handler converted (for tests). */
    int primedBatches() {
        return primedBatches;
    }

    static String validNamespace(String value) {
        if (value == null || value.isBlank()) {
            return ConverterMetrics.DEFAULT_NAMESPACE;
        }
        if (!NAMESPACE.matcher(value).matches() || value.startsWith("AWS/") || value.startsWith(":")) {
            throw new IllegalArgumentException(ConverterMetrics.NAMESPACE_VARIABLE + " must be 1 to 255 characters of letters, "
                    + "digits and . - _ / # : or space, not starting with \"AWS/\" or \":\", was \"" + value + "\"");
        }
        return value;
    }
}
