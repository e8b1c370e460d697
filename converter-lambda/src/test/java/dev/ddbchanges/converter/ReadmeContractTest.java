package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ReadmeContractTest {

    @Test
    void theColumnTableListsExactlyTheColumnsWrittenInTheirOrder() {
        assertThat(Readme.athenaColumnTypes().keySet()).containsExactlyElementsOf(Columns.ALL);
        assertThat(Readme.athenaColumnTypes().values()).allMatch(type ->
                type.equals("string") || type.equals("bigint") || type.equals("boolean") || type.equals("struct"));
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
        assertThat(Readme.handler())
                .isEqualTo(FirehoseTransformationHandler.class.getName() + "::handleRequest");
    }

    @Test
    void everyFailureReasonAndMetricIsDocumented() {
        String readme = Readme.text();
        for (FailureReason reason : FailureReason.values()) {
            assertThat(readme).contains("| `" + reason.label() + "` |");
        }
        for (String metric : new String[] {EmbeddedMetricFormat.RECORDS, EmbeddedMetricFormat.RECORDS_OK,
            EmbeddedMetricFormat.RECORDS_PROCESSING_FAILED, EmbeddedMetricFormat.BYTES_IN, EmbeddedMetricFormat.BYTES_OUT,
            EmbeddedMetricFormat.RESPONSE_BYTES}) {
            assertThat(readme).contains("| `" + metric + "` |");
        }
        assertThat(readme).contains("`" + FirehoseTransformationHandler.DEFAULT_METRICS_NAMESPACE + "`");
    }
}
