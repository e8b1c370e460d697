package dev.ddbchanges.converter.firehose;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.converter.testing.TestEvents;
import dev.ddbchanges.converter.testing.TsvCases;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * DirectEnvelope against FirehoseEventReader's Jackson path, the reference: whatever request it reads, it reads as the
 * reference does, and it declines every request the reference rejects. Cases are in fast-path/envelopes.tsv:
 * "common:" ones it must read, "declined:" ones it must leave to Jackson, "malformed:" ones the reference rejects.
 */
class DirectEnvelopeTest {

    static List<TsvCases.Case> cases() throws IOException {
        List<TsvCases.Case> cases = new ArrayList<>(TsvCases.read("/fast-path/envelopes.tsv"));
        for (String event : TestEvents.ALL) {
            cases.add(new TsvCases.Case("common: events/" + event, TestEvents.event(event)));
        }
        try (InputStream in = getPrimingRequest()) {
            cases.add(new TsvCases.Case("common: the priming request", in.readAllBytes()));
        }
        return cases;
    }

    private static InputStream getPrimingRequest() {
        return DirectEnvelopeTest.class.getResourceAsStream("/priming/request.json");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachRequestIsReadAsTheReferenceReadsIt(TsvCases.Case c) {
        FirehoseEvent direct = new DirectEnvelope().read(c.json());
        FirehoseEvent reference = reference(c.json());

        if (c.what().startsWith("common:")) {
            assertThat(direct).as("read directly").isNotNull();
        } else {
            assertThat(direct).as("left to Jackson").isNull();
        }
        if (c.what().startsWith("malformed:")) {
            assertThat(reference).as("the reference rejects it").isNull();
        } else {
            assertThat(reference).as("the reference reads it").isNotNull();
        }
        if (direct != null) {
            assertSameEvent(direct, reference);
        }
    }

    @Test
    void mutatedRequestsAreReadAsTheReferenceReadsThemOrDeclined() throws IOException {
        Random random = new Random(11);
        List<byte[]> seeds = new ArrayList<>();
        for (TsvCases.Case c : cases()) {
            seeds.add(c.json());
        }
        int readDirectly = 0;
        int total = 0;
        for (byte[] seed : seeds) {
            for (int i = 0; i < 300; i++) {
                byte[] request = mutate(seed, random);
                FirehoseEvent direct = new DirectEnvelope().read(request);
                if (direct != null) {
                    assertSameEvent(direct, reference(request));
                    readDirectly++;
                }
                total++;
            }
        }
        // Guards the test itself: mutations that keep the request valid are common enough to be read directly.
        assertThat(readDirectly).isGreaterThan(total / 20);
    }

    /** One byte replaced by a structural or ordinary character, a part repeated, or the request cut short. */
    private static byte[] mutate(byte[] request, Random random) {
        byte[] copy = request.clone();
        switch (random.nextInt(4)) {
            case 0 -> copy[random.nextInt(copy.length)] = (byte) "{}[],:\"0-.eE \\ntfnA=".charAt(random.nextInt(20));
            case 1 -> copy[random.nextInt(copy.length)] = (byte) (' ' + random.nextInt(95));
            case 2 -> {
                int from = random.nextInt(copy.length);
                int length = Math.min(copy.length - from, 1 + random.nextInt(40));
                byte[] repeated = Arrays.copyOf(copy, copy.length + length);
                System.arraycopy(copy, from, repeated, from + length, copy.length - from);
                copy = repeated;
            }
            default -> copy = Arrays.copyOf(copy, random.nextInt(copy.length));
        }
        return copy;
    }

    private static FirehoseEvent reference(byte[] request) {
        try {
            return FirehoseEventReader.readWithJackson(request);
        } catch (IOException | MalformedFirehoseEventException rejected) {
            return null;
        }
    }

    private static void assertSameEvent(FirehoseEvent actual, FirehoseEvent expected) {
        assertThat(expected).as("the reference reads what DirectEnvelope read").isNotNull();
        assertThat(actual.invocationId()).isEqualTo(expected.invocationId());
        assertThat(actual.deliveryStreamArn()).isEqualTo(expected.deliveryStreamArn());
        assertThat(actual.records()).hasSameSizeAs(expected.records());
        for (int i = 0; i < expected.records().size(); i++) {
            FirehoseRecord a = actual.records().get(i);
            FirehoseRecord e = expected.records().get(i);
            assertThat(a.recordId()).isEqualTo(e.recordId());
            assertThat(a.data()).isEqualTo(e.data());
            assertThat(a.kinesis()).isEqualTo(e.kinesis());
        }
    }
}
