package dev.ddbchanges.converter.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.converter.testing.RandomChangeRecords;
import dev.ddbchanges.converter.testing.TsvCases;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast paths against the text path with Jackson's own duplicate detection, the reference: wherever the direct
 * transcoder writes a line, or the byte path (DuplicateNames, strings copied as they are, images spliced into the line)
 * decides a record, the reference gives the same line or the same failure; and {@code convert} gives the reference's
 * answer for every record.
 */
class FastPathTest {

    private static final KinesisMetadata KINESIS = new KinesisMetadata(
            "shardId-000000000001", "49657432112908711435263497610521453452093618275623419906", 1_764_107_911_000L);

    static List<TsvCases.Case> cases() {
        return TsvCases.read("/fast-path/cases.tsv");
    }

    // One instance each, reused across cases as the handler reuses its converter, failures included.
    private static final ChangeRecordConverter FAST = new ChangeRecordConverter();
    private static final ChangeRecordConverter REFERENCE = new ChangeRecordConverter();

    /**
     * What a case's name promises: "common:" cases are written by the direct transcoder, "declined:" ones are valid but
     * left to Jackson, "invalid", "duplicate" and "syntax error" ones fail, and every other case is a valid record.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachCaseIsDecidedAsTheReferenceDecidesIt(TsvCases.Case c) {
        ConversionResult reference = REFERENCE.convertAsText(c.json(), KINESIS);
        ConversionResult bytes = FAST.convertAsBytes(c.json(), KINESIS);
        byte[] direct = FAST.convertDirectly(c.json(), KINESIS);

        assertThat(bytes).as("the byte path reads every case").isNotNull();
        if (c.what().startsWith("duplicate") || c.what().startsWith("syntax error")) {
            assertThat(reference).isInstanceOf(ConversionResult.Failed.class);
            assertThat(((ConversionResult.Failed) reference).reason()).isEqualTo(FailureReason.INVALID_JSON);
            assertThat(((ConversionResult.Failed) bytes).reason()).isEqualTo(FailureReason.INVALID_JSON);
        } else if (c.what().startsWith("invalid")) {
            assertThat(reference).isInstanceOf(ConversionResult.Failed.class);
            assertSame(bytes, reference);
        } else {
            assertThat(reference).as("the case is a valid record").isInstanceOf(ConversionResult.Converted.class);
            assertSame(bytes, reference);
        }
        if (c.what().startsWith("common:")) {
            assertThat(direct).as("written directly").isNotNull();
        } else if (!(reference instanceof ConversionResult.Converted)
                || c.what().startsWith("declined:")) {
            assertThat(direct).as("declined").isNull();
        }
        if (direct != null) {
            assertSame(new ConversionResult.Converted(direct, true), reference);
        }
        assertSame(FAST.convert(c.json(), KINESIS), reference);
    }

    @Test
    void generatedAndMutatedRecordsAreDecidedAsTheReferenceDecidesThem() {
        Decided decided = decideAll(FastPathTest::variants);

        // Guards the test itself: it means little unless the fast paths decide many records.
        assertThat(decided.byBytes).isGreaterThan(decided.total / 2);
        assertThat(decided.directly).isGreaterThan(decided.total / 20);
    }

    /**
     * The bytes no other variant has: NUL (which the cursor also reads past the end), the other control characters,
     * and bytes of 0x80 and above, which break or change a UTF-8 sequence.
     */
    @Test
    void recordsWithANulControlOrHighByteAreDecidedAsTheReferenceDecidesThem() {
        Decided decided = decideAll((record, random) -> {
            if (record.length == 0) {
                return List.of(record);
            }
            byte[] control = record.clone();
            control[random.nextInt(control.length)] = (byte) random.nextInt(0x20);
            byte[] high = record.clone();
            high[random.nextInt(high.length)] = (byte) (0x80 + random.nextInt(0x80));
            return List.of(control, high);
        });

        // Guards the test itself: the bytes reach the byte path, break UTF-8 and JSON both, and some records still
        // convert (a control character where whitespace was, a continuation byte for another).
        assertThat(decided.byBytes).isGreaterThan(decided.total / 20);
        assertThat(decided.failures.get(FailureReason.INVALID_UTF8)).isGreaterThan(decided.total / 5);
        assertThat(decided.failures.get(FailureReason.INVALID_JSON)).isGreaterThan(decided.total / 5);
        assertThat(decided.converted).isPositive();
    }

    private static final class Decided {
        int total;
        int byBytes;
        int directly;
        int converted;
        final Map<FailureReason, Integer> failures = new EnumMap<>(FailureReason.class);
    }

    /** Every variant of 4,800 generated records, half of them of the direct transcoder's common shape, decided. */
    private static Decided decideAll(BiFunction<byte[], Random, List<byte[]>> variants) {
        Random random = new Random(7);
        Decided decided = new Decided();
        for (long seed = 1; seed <= 120; seed++) {
            // Odd seeds: every attribute type and character; even seeds: the direct transcoder's common shape.
            RandomChangeRecords generator = new RandomChangeRecords(seed, seed % 2 == 0);
            for (int i = 0; i < 40; i++) {
                for (byte[] record : variants.apply(generator.next().data(), random)) {
                    ConversionResult reference = REFERENCE.convertAsText(record, KINESIS);
                    ConversionResult bytes = FAST.convertAsBytes(record, KINESIS);
                    if (bytes != null
                            && !(bytes instanceof ConversionResult.Failed failed
                                    && failed.reason() == FailureReason.INVALID_JSON)) {
                        assertSame(bytes, reference);
                        decided.byBytes++;
                    }
                    byte[] direct = FAST.convertDirectly(record, KINESIS);
                    if (direct != null) {
                        assertSame(new ConversionResult.Converted(direct, true), reference);
                        decided.directly++;
                    }
                    assertSame(FAST.convert(record, KINESIS), reference);
                    if (reference instanceof ConversionResult.Failed failed) {
                        decided.failures.merge(failed.reason(), 1, Integer::sum);
                    } else {
                        decided.converted++;
                    }
                    decided.total++;
                }
            }
        }
        return decided;
    }

    /** The record, cut short, with one byte replaced, without its non-ASCII characters, and with a part repeated. */
    private static List<byte[]> variants(byte[] record, Random random) {
        List<byte[]> variants = new ArrayList<>(List.of(record));
        if (record.length < 2) {
            return variants;
        }
        variants.add(Arrays.copyOf(record, random.nextInt(record.length)));
        byte[] replaced = record.clone();
        replaced[random.nextInt(replaced.length)] = (byte) (' ' + random.nextInt(95));
        variants.add(replaced);
        variants.add(new String(record, StandardCharsets.UTF_8)
                .replaceAll("[^\\x00-\\x7f]", "x")
                .getBytes(StandardCharsets.UTF_8));
        int from = random.nextInt(record.length);
        int length = Math.min(record.length - from, 1 + random.nextInt(30));
        ByteArrayOutputStream repeated = new ByteArrayOutputStream();
        repeated.write(record, 0, from + length);
        repeated.write(record, from, record.length - from);
        variants.add(repeated.toByteArray());
        return variants;
    }

    private static void assertSame(ConversionResult actual, ConversionResult expected) {
        if (expected instanceof ConversionResult.Converted converted) {
            assertThat(actual).isInstanceOf(ConversionResult.Converted.class);
            assertThat(new String(((ConversionResult.Converted) actual).line(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(converted.line(), StandardCharsets.UTF_8));
        } else {
            assertThat(actual).isEqualTo(expected);
        }
    }
}
