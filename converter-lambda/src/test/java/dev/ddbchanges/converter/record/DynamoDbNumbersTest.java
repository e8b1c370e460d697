package dev.ddbchanges.converter.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DynamoDbNumbersTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-0",
                "7",
                "-17",
                "120.50",
                "0.001",
                "1e5",
                "1E+125",
                "-9.99E-130",
                "1E-130",
                "9.9999999999999999999999999999999999999E+125",
                "12345678901234567890123456789012345678",
                "-0.00000000000000000000000000000000000000000000000000000000000000000000000000000000001",
                "100000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000",
                "0.0000000000"
            })
    void numbersDynamoDbCanHoldAreAccepted(String number) {
        assertThat(DynamoDbNumbers.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "123456789012345678901234567890123456789",
                "1E+126",
                "1E-131",
                "1e400",
                "1e999999999",
                "-1.5E-131",
                "1e9999999999",
                "1E-9999999999",
                "0e99999999999"
            })
    void numbersBeyondDynamoDbsPrecisionOrRangeAreRejected(String number) {
        assertThat(DynamoDbNumbers.isJsonNumber(number)).isTrue();
        assertThat(DynamoDbNumbers.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "-",
                "abc",
                "12abc",
                "NaN",
                "Infinity",
                "-Infinity",
                "0x10",
                "1e",
                "1.",
                ".5",
                "+5",
                "007",
                "1 2",
                " 1",
                "1_000",
                "--1",
                "١٢"
            })
    void textThatIsNotAJsonNumberIsRejected(String text) {
        assertThat(DynamoDbNumbers.isJsonNumber(text)).isFalse();
        assertThat(DynamoDbNumbers.isValid(text)).isFalse();
    }

    @Test
    void hostileLengthsAreRejectedBeforeAnyArithmetic() {
        assertThat(DynamoDbNumbers.isValid("1".repeat(1_000_000))).isFalse();
        assertThat(DynamoDbNumbers.isValid("0." + "0".repeat(DynamoDbNumbers.MAX_TEXT_LENGTH)))
                .isFalse();
    }
}
