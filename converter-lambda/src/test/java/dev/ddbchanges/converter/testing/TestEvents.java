package dev.ddbchanges.converter.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The event files under src/test/resources and the checks every way of invoking the converter must pass. */
public final class TestEvents {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final String FAILED_PREFIX = "ProcessingFailed ";

    /** Every event file; each has an expected file. */
    public static final List<String> ALL = List.of(
            "insert-modify-remove", "ttl-delete-microseconds", "all-attribute-types", "bad-records", "empty-batch");

    private TestEvents() {}

    public static byte[] event(String name) {
        return resource("/events/" + name + ".json");
    }

    public static List<String> expected(String name) {
        String text = new String(resource("/expected/" + name + ".jsonl"), StandardCharsets.UTF_8);
        return text.lines().toList();
    }

    public static JsonNode json(byte[] bytes) {
        try {
            return MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> recordIds(JsonNode requestOrResponse) {
        List<String> ids = new ArrayList<>();
        requestOrResponse.get("records").forEach(r -> ids.add(r.get("recordId").asText()));
        return ids;
    }

    /**
     * The response answers exactly the request's recordIds in order; every record has the result and, when Ok, the
     * exact bytes its expected file gives.
     */
    public static void assertResponseMatchesExpected(String name, byte[] response) {
        JsonNode request = json(event(name));
        JsonNode records = json(response).get("records");
        List<String> expected = expected(name);
        assertThat(recordIds(json(response))).as("recordIds of %s", name).containsExactlyElementsOf(recordIds(request));
        assertThat(records).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            JsonNode record = records.get(i);
            assertThat(record.fieldNames()).toIterable().containsExactly("recordId", "result", "data");
            String want = expected.get(i);
            if (want.startsWith(FAILED_PREFIX)) {
                assertThat(record.get("result").asText())
                        .as("%s record %d", name, i)
                        .isEqualTo("ProcessingFailed");
            } else {
                assertThat(record.get("result").asText())
                        .as("%s record %d", name, i)
                        .isEqualTo("Ok");
                String line =
                        new String(Base64.getDecoder().decode(record.get("data").asText()), StandardCharsets.UTF_8);
                assertThat(line).as("%s record %d", name, i).isEqualTo(want + "\n");
            }
        }
    }

    /** How many records of the event must fail with each reason label. */
    public static Map<String, Long> expectedFailureCounts(String name) {
        Map<String, Long> counts = new TreeMap<>();
        for (String line : expected(name)) {
            if (line.startsWith(FAILED_PREFIX)) {
                counts.merge(line.substring(FAILED_PREFIX.length()), 1L, Long::sum);
            }
        }
        return counts;
    }

    /** The line as text; fails when it is not valid UTF-8. */
    public static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new AssertionError("line is not valid UTF-8", e);
        }
    }

    static byte[] resource(String path) {
        try (InputStream in = TestEvents.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
