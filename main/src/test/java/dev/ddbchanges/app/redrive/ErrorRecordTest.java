package dev.ddbchanges.app.redrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorRecordTest {

    @Test
    void aLineAsFirehoseWritesItGivesArrivalCodeAndDecodedData() {
        ErrorRecord record = ErrorRecord.parse("{\"attemptsMade\":4,\"arrivalTimestamp\":1796119198123,"
                + "\"errorCode\":\"Lambda.FunctionError\",\"errorMessage\":\"The Lambda function was successfully "
                + "invoked but it returned an error result.\",\"attemptEndingTimestamp\":1796119441377,"
                + "\"rawData\":\"eyJhIjoxfQ==\",\"lambdaArn\":\"arn:aws:lambda:eu-central-1:123456789012:function:"
                + "ddb-changes-dev-converter:7\"}");

        assertThat(record.arrivalMillis()).isEqualTo(1796119198123L);
        assertThat(record.errorCode()).isEqualTo("Lambda.FunctionError");
        assertThat(new String(record.rawData(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformedLines")
    void aMalformedLineSaysWhatIsWrongWithoutQuotingIt(String line, String why) {
        assertThatThrownBy(() -> ErrorRecord.parse(line))
                .isInstanceOf(ErrorRecord.MalformedErrorRecord.class)
                .hasMessage(why);
    }

    static Stream<Arguments> malformedLines() {
        return RedriveS3MockTest.resource("malformed-lines.tsv")
                .lines()
                .map(row -> row.split("\t", -1))
                .map(cells -> Arguments.of(cells[0], cells[1]));
    }
}
