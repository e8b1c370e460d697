package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ddbchanges.contract.Columns;
import dev.ddbchanges.contract.ConverterMetrics;
import dev.ddbchanges.converter.record.FailureReason;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ReadmeContractTest {

    @Test
    void theColumnTableListsExactlyTheColumnsWrittenInTheirOrder() {
        // origin is the table's, written only by the backfill: the converter's lines read it as null.
        assertThat(Readme.athenaColumnTypes().keySet())
                .containsExactlyElementsOf(
                        java.util.stream.Stream.concat(Columns.ALL.stream(), java.util.stream.Stream.of(Columns.ORIGIN))
                                .toList());
        assertThat(Readme.athenaColumnTypes().values())
                .allMatch(type -> type.equals("string")
                        || type.equals("bigint")
                        || type.equals("boolean")
                        || type.equals("struct"));
    }

    @Test
    void ciRunsTheTestCommandReadmeGives() throws Exception {
        String command = Readme.testCommand();
        String ci = Files.readString(Readme.root().resolve(".ci/run"));

        assertThat(command).contains("verify");
        assertThat(ci.lines()).contains(command);
    }

    @Test
    void theHandlerStringNamesTheStreamHandler() {
        assertThat(Readme.handler()).isEqualTo(FirehoseTransformationHandler.class.getName() + "::handleRequest");
    }

    @Test
    void everyFailureReasonAndMetricIsDocumented() {
        String readme = Readme.contract();
        for (FailureReason reason : FailureReason.values()) {
            assertThat(readme).contains("| `" + reason.label() + "` |");
        }
        for (String metric : new String[] {
            ConverterMetrics.RECORDS,
            ConverterMetrics.RECORDS_OK,
            ConverterMetrics.RECORDS_PROCESSING_FAILED,
            ConverterMetrics.RECORDS_SLOW_PATH,
            ConverterMetrics.ENVELOPE_FALLBACKS,
            ConverterMetrics.BYTES_IN,
            ConverterMetrics.BYTES_OUT,
            ConverterMetrics.RESPONSE_BYTES
        }) {
            assertThat(readme).contains("| `" + metric + "` |");
        }
        assertThat(readme).contains("`" + ConverterMetrics.DEFAULT_NAMESPACE + "`");
    }
}
