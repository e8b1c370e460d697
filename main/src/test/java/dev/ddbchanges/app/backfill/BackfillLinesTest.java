package dev.ddbchanges.app.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ddbchanges.app.cli.CommandException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BackfillLinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final BackfillLines lines = new BackfillLines(
            FakeDynamoDb.EXPORT_ARN,
            Instant.parse("2026-12-01T20:00:00Z"),
            FakeDynamoDb.TABLE_ARN,
            Instant.parse("2026-12-02T05:41:07.250Z"));

    /** Every digit of a number stays, as the converter writes it: the line is not parsed and written again. */
    @Test
    void anItemBecomesAnInsertAtTheExportTimeWithItsNumbersDigitForDigit() throws Exception {
        String line = new String(
                lines.line(
                        item("{\"pk\":{\"S\":\"order-1\"},\"total\":{\"N\":\"10.50\"},\"tiny\":{\"N\":\"-1E-130\"}}"),
                        "data-1 line 1"),
                StandardCharsets.UTF_8);

        assertThat(line)
                .isEqualTo("{\"event_id\":\"8b37bafd6717bff024f8e50c42c2c442\",\"event_name\":\"INSERT\","
                        + "\"event_time\":\"2026-12-01T20:00:00.000Z\",\"event_time_us\":1796155200000000,"
                        + "\"table_name\":\"ddb-changes-dev-table\",\"aws_region\":\"eu-central-1\","
                        + "\"ttl_delete\":false,\"pk\":\"order-1\",\"keys\":{\"pk\":\"order-1\"},"
                        + "\"new_image\":{\"pk\":\"order-1\",\"total\":10.50,\"tiny\":-1E-130},\"old_image\":null,"
                        + "\"size_bytes\":67,\"kinesis_shard_id\":null,\"kinesis_sequence_number\":null,"
                        + "\"approximate_arrival_time\":\"2026-12-02T05:41:07.250Z\",\"origin\":\"export\"}");
    }

    @Test
    void anItemWithoutPkIsRefusedNamingWhere() {
        assertThatThrownBy(() -> lines.line(item("{\"id\":{\"S\":\"order-1\"}}"), "s3://b/data/x.json.gz line 2"))
                .isInstanceOf(CommandException.class)
                .hasMessage("s3://b/data/x.json.gz line 2: Item.pk = (absent); allowed: a string (S) attribute, the "
                        + "table's partition key");
    }

    @Test
    void aPkOfAnotherTypeIsRefused() {
        assertThatThrownBy(() -> lines.line(item("{\"pk\":{\"N\":\"7\"}}"), "s3://b/data/x.json.gz line 3"))
                .isInstanceOf(CommandException.class)
                .hasMessage("s3://b/data/x.json.gz line 3: Item.pk = {\"N\":\"7\"}; allowed: a string (S) attribute, "
                        + "the table's partition key");
    }

    @Test
    void aNumberDynamoDbCannotHoldIsRefusedWithTheConvertersReason() {
        assertThatThrownBy(() -> lines.line(item("{\"pk\":{\"S\":\"a\"},\"n\":{\"N\":\"1E+126\"}}"), "x line 4"))
                .isInstanceOf(CommandException.class)
                .hasMessage("x line 4: the converter refused the item (invalid_attribute_value: Item: an N value is "
                        + "not a number DynamoDB can hold (a JSON number of at most 38 significant digits, magnitude "
                        + "1E-130 to below 1E+126)); allowed: an item DynamoDB can hold");
    }

    private static JsonNode item(String json) throws Exception {
        return JSON.readTree(json);
    }
}
