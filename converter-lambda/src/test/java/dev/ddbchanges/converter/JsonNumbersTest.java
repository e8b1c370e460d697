package dev.ddbchanges.converter;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JsonNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "7", "-17", "120.50", "0.001", "1e5", "1E+125", "-9.99E-130",
        "12345678901234567890123456789012345678", "98765432109876543210987654321098765432.5"})
    void canonicalNumbersAreKeptDigitForDigit(String number) {
        assertThat(JsonNumbers.isJsonNumber(number)).isTrue();
        assertThat(JsonNumbers.toJsonNumber(number)).isSameAs(number);
    }

    @ParameterizedTest
    @CsvSource({"+5, 5", "007, 7", ".5, 0.5", "5., 5", "-.25, -0.25", "+1.50E+3, 1.50E+3", "1., 1"})
    void otherDecimalFormsBecomeTheirExactJsonForm(String number, String json) {
        assertThat(JsonNumbers.isJsonNumber(number)).isFalse();
        assertThat(JsonNumbers.toJsonNumber(number)).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "abc", "12abc", "NaN", "Infinity", "-Infinity", "0x10", "1e", "1 2", " 1",
        "1_000", "--1"})
    void nonNumbersAreRejected(String text) {
        assertThat(JsonNumbers.isJsonNumber(text)).isFalse();
        assertThat(JsonNumbers.toJsonNumber(text)).isNull();
    }
}
