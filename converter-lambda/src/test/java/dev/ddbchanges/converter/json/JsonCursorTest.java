package dev.ddbchanges.converter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cursor declines at the end of its input by checking, never by an index out of bounds. */
class JsonCursorTest {

    private static JsonCursor over(String json) {
        JsonCursor cursor = new JsonCursor();
        cursor.begin(json.getBytes(StandardCharsets.UTF_8));
        return cursor;
    }

    @Test
    void pastTheEndReadsAsTheByteNoTokenAccepts() {
        JsonCursor cursor = over("{}");

        assertThat(cursor.at(1)).isEqualTo((byte) '}');
        assertThat(cursor.at(2)).isEqualTo(JsonCursor.PAST_END);
        assertThat(cursor.at(Integer.MAX_VALUE)).isEqualTo(JsonCursor.PAST_END);
    }

    /** Every way a value can be cut short, at the byte where the input ends. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{",
                "{\"a",
                "{\"a\"",
                "{\"a\":",
                "{\"a\":1",
                "{\"a\":-",
                "{\"a\":1.",
                "{\"a\":1e",
                "{\"a\":1e+",
                "{\"a\":[",
                "{\"a\":[1",
                "{\"a\":[1,",
                "{\"a\":\"x",
                "{\"a\":tru",
                "{\"a\":{}"
            })
    void aValueCutShortIsNotCommon(String json) {
        JsonCursor cursor = over(json);

        assertThatThrownBy(cursor::skipValue).isSameAs(JsonCursor.NOT_COMMON);
    }

    @Test
    void aWholeValueIsReadToTheEnd() {
        JsonCursor cursor = over("{\"a\":[1,-2.5e+3,\"x\",true,false,null,{}],\"b\":{\"c\":0}}");

        cursor.skipValue();

        assertThat(cursor.atEnd()).isTrue();
    }

    @Test
    void numbersAreSpansAndLongsAreParsedFromThem() {
        JsonCursor cursor = over("-123456789012345678");

        long span = cursor.number();

        assertThat(Spans.length(span)).isEqualTo(19);
        assertThat(cursor.hasFractionOrExponent(span)).isFalse();
        assertThat(cursor.longValue(span)).isEqualTo(-123_456_789_012_345_678L);
        assertThat(over("1.5").hasFractionOrExponent(over("1.5").number())).isTrue();
    }

    /** Safe whatever span it is given, not only by the order of the calls before it. */
    @Test
    void anEmptySpanAtTheEndIsReadWithoutAnIndexOutOfBounds() {
        JsonCursor cursor = over("12");

        assertThat(cursor.longValue(Spans.span(2, 2))).isZero();
    }

    @Test
    void aNameTwiceInOneObjectIsNotCommonButTheSameNameInAnotherIs() {
        assertThatThrownBy(over("{\"a\":1,\"a\":2}")::skipValue).isSameAs(JsonCursor.NOT_COMMON);
        JsonCursor nested = over("{\"a\":{\"a\":1},\"b\":{\"a\":2}}");

        nested.skipValue();

        assertThat(nested.atEnd()).isTrue();
    }

    @Test
    void stringsWithEscapesOrControlCharactersAreNotCommon() {
        assertThatThrownBy(over("\"a\\nb\"")::string).isSameAs(JsonCursor.NOT_COMMON);
        assertThatThrownBy(over("\"a\tb\"")::string).isSameAs(JsonCursor.NOT_COMMON);
        assertThatThrownBy(over("\"caf\u00e9\"")::string).isSameAs(JsonCursor.NOT_COMMON);
        JsonCursor plain = over("\"a long plain string, eight bytes at a time\"");

        assertThat(plain.text(plain.string())).isEqualTo("a long plain string, eight bytes at a time");
    }

    /** A NUL is also what the cursor reads past the end: inside the input it must decline just the same. */
    @Test
    void aRawNulIsNotCommonWhereverItIs() {
        assertThatThrownBy(over("\"a\u0000b\"")::string).isSameAs(JsonCursor.NOT_COMMON);
        assertThatThrownBy(over("\"eight by\u0000tes at a time\"")::string).isSameAs(JsonCursor.NOT_COMMON);
        assertThatThrownBy(over("{\"a\":\u0000")::skipValue).isSameAs(JsonCursor.NOT_COMMON);
        assertThatThrownBy(over("{\"a\":\u0000}")::skipValue).isSameAs(JsonCursor.NOT_COMMON);
        assertThatThrownBy(over("{\"a\":1\u0000}")::skipValue).isSameAs(JsonCursor.NOT_COMMON);
        JsonCursor number = over("1\u0000");

        assertThat(number.wholeNumber()).isEqualTo(1);
        assertThat(number.atEnd())
                .as("the NUL is left to what follows the number")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "-x", "x", "\u0000", "-\u0000", "1.5", "1e3", "1234567890123456789"})
    void aWholeNumberThatIsNotThereOrNotALongOfAtMost18DigitsIsNotCommon(String json) {
        assertThatThrownBy(over(json)::wholeNumber).isSameAs(JsonCursor.NOT_COMMON);
    }

    @Test
    void aWholeNumberOf18DigitsIsReadWithItsSign() {
        assertThat(over("-999999999999999999").wholeNumber()).isEqualTo(-999_999_999_999_999_999L);
    }

    @Test
    void nestingDeeperThanTheBoundIsNotCommon() {
        String deep = "[".repeat(JsonCursor.MAX_DEPTH + 1) + "]".repeat(JsonCursor.MAX_DEPTH + 1);

        assertThatThrownBy(over(deep)::skipValue).isSameAs(JsonCursor.NOT_COMMON);
        JsonCursor atBound = over("[".repeat(JsonCursor.MAX_DEPTH) + "]".repeat(JsonCursor.MAX_DEPTH));
        atBound.skipValue();
        assertThat(atBound.atEnd()).isTrue();
    }
}
