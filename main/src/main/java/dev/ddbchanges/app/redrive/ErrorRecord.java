package dev.ddbchanges.app.redrive;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.converter.record.KinesisMetadata;
import java.util.Base64;
import java.util.Locale;

/**
 * One line of an object under {@code errors/processing-failed/}: the record Firehose could not get converted, with
 * the code of why. Only what the re-drive needs is kept; Firehose's other fields (attempts, the function's ARN) are
 * for the errors table.
 *
 * @param arrivalMillis when the record reached Firehose, epoch milliseconds: the re-driven line's arrival time
 * @param errorCode Firehose's code, such as {@code Lambda.ProcessingFailed} or {@code Lambda.FunctionError}
 * @param rawData the original Kinesis record data, decoded
 */
record ErrorRecord(long arrivalMillis, String errorCode, byte[] rawData) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What a line of an error object must hold; a line without it is malformed, said with the reason. */
    static ErrorRecord parse(String line) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new MalformedErrorRecord(
                    "not JSON (at column " + e.getLocation().getColumnNr() + ")");
        }
        if (node == null || !node.isObject()) {
            throw new MalformedErrorRecord("not a JSON object");
        }
        JsonNode arrival = node.get("arrivalTimestamp");
        if (arrival == null
                || !arrival.isIntegralNumber()
                || !arrival.canConvertToLong()
                || KinesisMetadata.plausibleArrivalMillis(arrival.asLong()) == null) {
            throw new MalformedErrorRecord(
                    "arrivalTimestamp is " + describe(arrival) + "; expected epoch milliseconds as a JSON integer");
        }
        JsonNode code = node.get("errorCode");
        if (code == null || !code.isTextual() || code.asText().isEmpty()) {
            throw new MalformedErrorRecord("errorCode is " + describe(code) + "; expected Firehose's error code");
        }
        JsonNode raw = node.get("rawData");
        if (raw == null || !raw.isTextual()) {
            throw new MalformedErrorRecord("rawData is " + describe(raw) + "; expected the record's data in base64");
        }
        try {
            return new ErrorRecord(
                    arrival.asLong(), code.asText(), Base64.getDecoder().decode(raw.asText()));
        } catch (IllegalArgumentException e) {
            throw new MalformedErrorRecord("rawData is not standard base64 (" + e.getMessage() + ")");
        }
    }

    /** The kind of a bad value, never the value: error records carry item data. */
    private static String describe(JsonNode value) {
        if (value == null) {
            return "missing";
        }
        return value.isTextual() && value.asText().isEmpty()
                ? "an empty string"
                : "a JSON " + value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** A line that is not an error record as Firehose writes it. */
    static final class MalformedErrorRecord extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedErrorRecord(String why) {
            super(why);
        }
    }
}
