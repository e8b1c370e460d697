package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ddbchanges.converter.firehose.BatchReport;
import dev.ddbchanges.converter.firehose.FirehoseBatchTransformer;
import dev.ddbchanges.converter.record.FailureReason;
import dev.ddbchanges.converter.testing.TestEvents;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each record of events/bad-records.json alone: the result, the counted reason, and a detail free of item data. */
class BadInputCorpusTest {

    private static final String CORPUS = "bad-records";

    /** Strings that occur inside the corpus's items; none may reach a log line. */
    private static final List<String> ITEM_DATA = List.of("Grace", "customer#2002", "12abc", "%%%", "trailing");

    record Case(int index, String expected, ObjectNode record) {
        @Override
        public String toString() {
            return "record " + index + ": " + expected;
        }
    }

    static List<Case> cases() {
        JsonNode event = TestEvents.json(TestEvents.event(CORPUS));
        List<String> expected = TestEvents.expected(CORPUS);
        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            cases.add(new Case(
                    i, expected.get(i), (ObjectNode) event.get("records").get(i)));
        }
        return cases;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRecordGetsItsResultAndCountedReason(Case c) throws IOException {
        ObjectNode single = (ObjectNode) TestEvents.json(TestEvents.event(CORPUS));
        ArrayNode records = single.putArray("records");
        records.add(c.record());
        ByteArrayOutputStream response = new ByteArrayOutputStream();

        BatchReport report = new FirehoseBatchTransformer()
                .transform(new ByteArrayInputStream(TestEvents.MAPPER.writeValueAsBytes(single)), response);

        JsonNode answer = TestEvents.json(response.toByteArray()).get("records").get(0);
        assertThat(answer.get("recordId").asText())
                .isEqualTo(c.record().get("recordId").asText());
        if (c.expected().startsWith(TestEvents.FAILED_PREFIX)) {
            String reason = c.expected().substring(TestEvents.FAILED_PREFIX.length());
            assertThat(answer.get("result").asText()).isEqualTo("ProcessingFailed");
            assertThat(report.failuresByReason()).hasSize(1);
            assertThat(report.failuresByReason().keySet().iterator().next().label())
                    .isEqualTo(reason);
            String detail = report.failureSamples().get(0).detail();
            assertThat(detail).isNotBlank();
            ITEM_DATA.forEach(data -> assertThat(detail).doesNotContain(data));
            String log = EmbeddedMetricFormat.render(report, "Test", "fn", 0L);
            ITEM_DATA.forEach(data -> assertThat(log).doesNotContain(data));
        } else {
            assertThat(answer.get("result").asText()).isEqualTo("Ok");
            assertThat(report.ok()).isEqualTo(1);
        }
    }

    @Test
    void coversEveryFailureKindThatDataCanCause() {
        Set<String> covered = TestEvents.expectedFailureCounts(CORPUS).keySet();
        Set<String> dataReasons =
                EnumSet.complementOf(EnumSet.of(FailureReason.RESPONSE_SIZE_LIMIT, FailureReason.INTERNAL_ERROR))
                        .stream()
                        .map(FailureReason::label)
                        .collect(Collectors.toSet());

        assertThat(covered).isEqualTo(dataReasons);
    }

    @Test
    void oneBadRecordNeverFailsTheBatch() throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();

        BatchReport report =
                new FirehoseBatchTransformer().transform(new ByteArrayInputStream(TestEvents.event(CORPUS)), response);

        List<String> results = new ArrayList<>();
        TestEvents.json(response.toByteArray())
                .get("records")
                .forEach(r -> results.add(r.get("result").asText()));
        assertThat(results.get(0)).isEqualTo("Ok");
        assertThat(results.get(results.size() - 1)).isEqualTo("Ok");
        assertThat(report.ok()).isEqualTo(2);
        assertThat(report.processingFailed()).isEqualTo(results.size() - 2);
        assertThat(results.subList(1, results.size() - 1)).containsOnly("ProcessingFailed");
    }
}
