package dev.ddbchanges.converter.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ddbchanges.contract.Columns;
import dev.ddbchanges.converter.testing.TestEvents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Both renderers follow the contract's one column list. */
class LineColumnTest {

    private static final byte[] COMMON = ("{\"awsRegion\":\"eu-west-1\",\"eventID\":\"e1\",\"eventName\":\"INSERT\","
                    + "\"tableName\":\"t\",\"dynamodb\":{\"ApproximateCreationDateTime\":1764107910123,"
                    + "\"Keys\":{\"pk\":{\"S\":\"a\"}},\"NewImage\":{\"pk\":{\"S\":\"a\"}},\"SizeBytes\":9}}")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final KinesisMetadata KINESIS = new KinesisMetadata("shardId-1", "1", 1_764_107_911_000L);

    @Test
    void theOrderIsTheContractsOrder() {
        assertThat(Arrays.stream(LineColumn.ORDER).map(LineColumn::column).toList())
                .containsExactlyElementsOf(Columns.ALL);
    }

    @Test
    void theDirectAndTheJacksonLineNameTheContractsColumnsInItsOrder() {
        ChangeRecordConverter converter = new ChangeRecordConverter();
        byte[] direct = converter.convertDirectly(COMMON, KINESIS);
        ConversionResult.Converted jackson = (ConversionResult.Converted) converter.convertAsText(COMMON, KINESIS);

        assertThat(direct).as("the record is of the common shape").isNotNull();
        assertThat(fieldNames(direct)).containsExactlyElementsOf(Columns.ALL);
        assertThat(fieldNames(jackson.line())).containsExactlyElementsOf(Columns.ALL);
    }

    private static List<String> fieldNames(byte[] line) {
        JsonNode node = TestEvents.json(line);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
