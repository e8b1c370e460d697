package dev.ddbchanges.converter.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.contract.Columns;
import dev.ddbchanges.converter.testing.TestEvents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChangeRecordConverterTest {

    private static final KinesisMetadata KINESIS = new KinesisMetadata(
            "shardId-000000000001", "49657432112908711435263497610521453452093618275623419906", 1_764_107_911_000L);

    private final ChangeRecordConverter converter = new ChangeRecordConverter();

    /** A minimal valid change record; {@code %s} placeholders let tests vary one part. */
    private static String record(String eventName, String userIdentity, String dynamodbExtra) {
        return """
                {"awsRegion":"eu-west-1","eventID":"e1","eventName":"%s","userIdentity":%s,\
                "recordFormat":"application/json","tableName":"items","dynamodb":{\
                "ApproximateCreationDateTime":1764107910123,"Keys":{"pk":{"S":"k1"}},"SizeBytes":10%s},\
                "eventSource":"aws:dynamodb"}""".formatted(eventName, userIdentity, dynamodbExtra);
    }

    private JsonNode convertOk(String json) {
        ConversionResult result = converter.convert(json.getBytes(StandardCharsets.UTF_8), KINESIS);
        assertThat(result).isInstanceOf(ConversionResult.Converted.class);
        byte[] line = ((ConversionResult.Converted) result).line();
        assertThat(TestEvents.strictUtf8(line)).endsWith("\n");
        return TestEvents.json(line);
    }

    private ConversionResult.Failed convertFailed(String json) {
        ConversionResult result = converter.convert(json.getBytes(StandardCharsets.UTF_8), KINESIS);
        assertThat(result).isInstanceOf(ConversionResult.Failed.class);
        return (ConversionResult.Failed) result;
    }

    @Test
    void onlyRecordsTheJacksonPathConvertedCountAsSlowPath() {
        byte[] common = record("INSERT", "null", "").getBytes(StandardCharsets.UTF_8);
        byte[] binary = record("INSERT", "null", ",\"NewImage\":{\"b\":{\"B\":\"AQ==\"}}")
                .getBytes(StandardCharsets.UTF_8);
        byte[] invalid = record("UPSERT", "null", "").getBytes(StandardCharsets.UTF_8);

        assertThat(((ConversionResult.Converted) converter.convert(common, KINESIS)).direct())
                .as("written directly")
                .isTrue();
        assertThat(((ConversionResult.Converted) converter.convert(binary, KINESIS)).direct())
                .as("binary is left to Jackson")
                .isFalse();
        assertThat(converter.convert(invalid, KINESIS))
                .as("a failure is not a fallback")
                .isInstanceOf(ConversionResult.Failed.class);
    }

    @Test
    void writesEveryColumnInOrder() {
        JsonNode line = convertOk(record("INSERT", "null", ",\"NewImage\":{\"pk\":{\"S\":\"k1\"}}"));

        assertThat(line.fieldNames()).toIterable().containsExactlyElementsOf(Columns.ALL);
        assertThat(line.get("kinesis_shard_id").asText()).isEqualTo("shardId-000000000001");
        assertThat(line.get("approximate_arrival_time").asText()).isEqualTo("2025-11-25T21:58:31.000Z");
        assertThat(line.get("old_image").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            REMOVE | {"type":"Service","principalId":"dynamodb.amazonaws.com"} | true
            MODIFY | {"type":"Service","principalId":"dynamodb.amazonaws.com"} | false
            REMOVE | {"type":"Service","principalId":"other.amazonaws.com"}    | false
            REMOVE | {"type":"User","principalId":"dynamodb.amazonaws.com"}     | false
            REMOVE | null                                                       | false
            """)
    void ttlDeleteIsARemoveByDynamodbItself(String eventName, String userIdentity, boolean ttlDelete) {
        assertThat(convertOk(record(eventName, userIdentity, ""))
                        .get("ttl_delete")
                        .asBoolean())
                .isEqualTo(ttlDelete);
    }

    @Test
    void unknownFieldsAreIgnoredSoNewerRecordFormatsStillConvert() {
        String json = record("INSERT", "null", ",\"Future\":{\"x\":[1,2]}")
                .replace("{\"awsRegion\"", "{\"newTopLevel\":{\"a\":1},\"awsRegion\"");

        assertThat(convertOk(json).get("pk").asText()).isEqualTo("k1");
    }

    @Test
    void anExplicitNullImageIsAnAbsentImage() {
        JsonNode line = convertOk(record("REMOVE", "null", ",\"NewImage\":null,\"OldImage\":{\"pk\":{\"S\":\"k1\"}}"));

        assertThat(line.get("new_image").isNull()).isTrue();
        assertThat(line.get("old_image").get("pk").asText()).isEqualTo("k1");
    }

    @Test
    void escapedSurrogatePairsBecomeRealCharacters() {
        ConversionResult result = converter.convert(
                record("INSERT", "null", ",\"NewImage\":{\"e\\ud83d\\ude80\":{\"S\":\"\\ud83d\\ude80\"}}")
                        .getBytes(StandardCharsets.UTF_8),
                KINESIS);

        byte[] line = ((ConversionResult.Converted) result).line();
        assertThat(TestEvents.strictUtf8(line)).contains("\"new_image\":{\"e🚀\":\"🚀\"}");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\ud83d", "\\ude80", "\\udc00\\udc00", "\\ude80\\ud83d", "a\\ud800b"})
    void unpairedSurrogateEscapesFailWhereverTheyAre(String escaped) {
        List<String> records = List.of(
                record("INSERT", "null", ",\"NewImage\":{\"e\":{\"S\":\"" + escaped + "\"}}"),
                record("INSERT", "null", ",\"NewImage\":{\"e\":{\"SS\":[\"ok\",\"" + escaped + "\"]}}"),
                record("INSERT", "null", ",\"NewImage\":{\"" + escaped + "\":{\"N\":\"1\"}}"),
                record("INSERT", "null", "").replace("{\"S\":\"k1\"}", "{\"S\":\"k1" + escaped + "\"}"),
                record("INSERT", "null", "").replace("\"eventID\":\"e1\"", "\"eventID\":\"" + escaped + "\""));

        for (String json : records) {
            ConversionResult.Failed failed = convertFailed(json);
            assertThat(failed.reason()).as(json).isEqualTo(FailureReason.INVALID_UTF8);
            assertThat(failed.detail()).contains("unpaired");
        }
    }

    @Test
    void numbersAreCopiedDigitForDigitAndOnlyWhatDynamoDbCanHoldIsAccepted() {
        ConversionResult result = converter.convert(
                record(
                                "INSERT",
                                "null",
                                ",\"NewImage\":{\"a\":{\"N\":\"120.50\"},"
                                        + "\"b\":{\"NS\":[\"1E+125\",\"-0.000000000000000000000000000000000000000001\"]}}")
                        .getBytes(StandardCharsets.UTF_8),
                KINESIS);
        assertThat(TestEvents.strictUtf8(((ConversionResult.Converted) result).line()))
                .contains("\"new_image\":{\"a\":120.50,\"b\":[1E+125,-0.000000000000000000000000000000000000000001]}");

        for (String number : List.of("+5", "1e400", "1".repeat(39), "1".repeat(1_000_000))) {
            ConversionResult.Failed failed =
                    convertFailed(record("INSERT", "null", ",\"NewImage\":{\"n\":{\"N\":\"" + number + "\"}}"));
            assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_ATTRIBUTE_VALUE);
            assertThat(failed.detail()).contains("38 significant digits").doesNotContain(number);
        }
    }

    @Test
    void attributeNamesUpToDynamoDbsLimitConvert() {
        String name = "n".repeat(64 * 1024);

        ConversionResult result = converter.convert(
                record("INSERT", "null", ",\"NewImage\":{\"" + name + "\":{\"BOOL\":true}}")
                        .getBytes(StandardCharsets.UTF_8),
                KINESIS);

        assertThat(TestEvents.strictUtf8(((ConversionResult.Converted) result).line()))
                .contains("\"new_image\":{\"" + name + "\":true}");
    }

    @Test
    void nestingBeyondTheParserLimitFailsWithoutBlowingTheStack() {
        String deep = "{\"L\":[".repeat(5_000) + "{\"S\":\"x\"}" + "]}".repeat(5_000);

        ConversionResult.Failed failed = convertFailed(record("INSERT", "null", ",\"NewImage\":{\"d\":" + deep + "}"));

        assertThat(failed.reason()).isEqualTo(FailureReason.INVALID_JSON);
    }

    @Test
    void aLargeRecordConvertsAndLeavesNothingBehindForTheNext() {
        String big = "x".repeat(1_000_000);
        JsonNode first = convertOk(record("INSERT", "null", ",\"NewImage\":{\"big\":{\"S\":\"" + big + "\"}}"));
        JsonNode second = convertOk(record("REMOVE", "null", ",\"OldImage\":{\"pk\":{\"S\":\"k1\"}}"));

        assertThat(first.get("new_image").get("big").asText()).hasSize(1_000_000);
        assertThat(second.get("new_image").isNull()).isTrue();
        assertThat(second.get("old_image").toString()).isEqualTo("{\"pk\":\"k1\"}");
        assertThat(second.get("keys").toString()).isEqualTo("{\"pk\":\"k1\"}");
    }

    @Test
    void missingFieldsAreReportedTogether() {
        ConversionResult.Failed failed = convertFailed("{\"dynamodb\":{\"Keys\":{}}}");

        assertThat(failed.reason()).isEqualTo(FailureReason.MISSING_FIELD);
        assertThat(failed.detail())
                .isEqualTo("missing awsRegion, eventID, eventName, tableName, "
                        + "dynamodb.ApproximateCreationDateTime, dynamodb.SizeBytes, dynamodb.Keys.pk");
    }

    @Test
    void aCompositeKeyKeepsEveryKeyAttribute() {
        JsonNode line = convertOk(record("INSERT", "null", "")
                .replace("\"Keys\":{\"pk\":{\"S\":\"k1\"}}", "\"Keys\":{\"pk\":{\"S\":\"k1\"},\"sk\":{\"N\":\"2\"}}"));

        assertThat(line.get("keys").toString()).isEqualTo("{\"pk\":\"k1\",\"sk\":2}");
    }
}
