package dev.ddbchanges.app.replay;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The error record Firehose writes for a record the converter returned as {@code ProcessingFailed}: its fields, in its
 * order, with its own message. The converter's reason is not in it (Firehose never sees it: it is in the converter's
 * log and metrics), so the error table and the re-drive read the replay's errors as they read the bucket's.
 */
final class ProcessingFailedRecord {
    static final String ERROR_CODE = "Lambda.ProcessingFailed";
    static final String ERROR_MESSAGE = "The record was returned with ProcessingFailed status by the Lambda function.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProcessingFailedRecord() {}

    /**
     * @param arrivalMillis when the record reached the stream
     * @param attemptEndingMillis when the converter's answer came back
     * @return one JSON line, newline included
     */
    static byte[] line(long arrivalMillis, long attemptEndingMillis, byte[] rawData, String lambdaArn) {
        try {
            String json = JSON.writeValueAsString(JSON.createObjectNode()
                    .put("attemptsMade", 1)
                    .put("arrivalTimestamp", arrivalMillis)
                    .put("errorCode", ERROR_CODE)
                    .put("errorMessage", ERROR_MESSAGE)
                    .put("attemptEndingTimestamp", attemptEndingMillis)
                    .put("rawData", Base64.getEncoder().encodeToString(rawData))
                    .put("lambdaArn", lambdaArn));
            return (json + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a tree of strings and numbers is always JSON", impossible);
        }
    }
}
