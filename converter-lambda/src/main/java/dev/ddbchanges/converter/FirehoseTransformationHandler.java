package dev.ddbchanges.converter;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.regex.Pattern;

/**
 * The Lambda entry point ({@code dev.ddbchanges.converter.FirehoseTransformationHandler::handleRequest}).
 *
 * <p>A stream handler: it reads and writes Firehose's JSON itself instead of paying for the runtime's generic event
 * (de)serialization, and needs no event classes or joda-time in the jar.
 *
 * <p>Environment: {@code METRICS_NAMESPACE}, the CloudWatch namespace of the per-batch metrics
 * (default {@value #DEFAULT_METRICS_NAMESPACE}).
 */
public final class FirehoseTransformationHandler implements RequestStreamHandler {

    public static final String DEFAULT_METRICS_NAMESPACE = "DdbChangeAnalytics/Converter";
    public static final String METRICS_NAMESPACE_VARIABLE = "METRICS_NAMESPACE";
    /** CloudWatch's namespace rule; a namespace it rejects would silently drop the metrics the alarms watch. */
    private static final Pattern NAMESPACE = Pattern.compile("[A-Za-z0-9.\\-_/#: ]{1,255}");

    private final FirehoseBatchTransformer transformer = new FirehoseBatchTransformer();
    private final String metricsNamespace;

    /** Called by the Lambda runtime once per execution environment. */
    public FirehoseTransformationHandler() {
        this(System.getenv(METRICS_NAMESPACE_VARIABLE));
    }

    FirehoseTransformationHandler(String metricsNamespace) {
        this.metricsNamespace = validNamespace(metricsNamespace);
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

    static String validNamespace(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_METRICS_NAMESPACE;
        }
        if (!NAMESPACE.matcher(value).matches() || value.startsWith("AWS/") || value.startsWith(":")) {
            throw new IllegalArgumentException(METRICS_NAMESPACE_VARIABLE + " must be 1 to 255 characters of letters, "
                    + "digits and . - _ / # : or space, not starting with \"AWS/\" or \":\", was \"" + value + "\"");
        }
        return value;
    }
}
