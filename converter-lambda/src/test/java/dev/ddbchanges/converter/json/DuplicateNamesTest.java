package dev.ddbchanges.converter.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** DuplicateNames rejects what Jackson's STRICT_DUPLICATE_DETECTION rejects, and nothing else. */
class DuplicateNamesTest {

    private final DuplicateNames names = new DuplicateNames();

    private void readAll(String json) throws IOException {
        try (JsonParser p = names.check(Json.FAST.createParser(json))) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.FIELD_NAME && p.currentName().equals("skipped")) {
                    p.nextToken();
                    p.skipChildren();
                }
            }
        }
    }

    private static boolean jacksonRejects(String json) throws IOException {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            while (p.nextToken() != null) {
                // read every token
            }
            return false;
        } catch (JsonParseException duplicate) {
            return true;
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":1,\"a\":2}",
                "{\"x\":{\"a\":1,\"a\":2}}",
                "[{\"a\":1},{\"b\":1,\"b\":2}]",
                "{\"skipped\":{\"a\":1,\"a\":2}}",
                "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"a\":10}",
                "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10,\"j\":11}"
            })
    void aNameTwiceInOneObjectFailsWhereverItIs(String json) throws IOException {
        assertThat(jacksonRejects(json)).as("the reference rejects it").isTrue();
        assertThatThrownBy(() -> readAll(json))
                .isInstanceOf(JsonParseException.class)
                .hasMessageContaining("a field is named twice in one object");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"a\":{\"a\":1},\"b\":{\"a\":2}}",
                "[{\"a\":1},{\"a\":2}]",
                "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9,\"j\":10}"
            })
    void theSameNameInDifferentObjectsIsFine(String json) throws IOException {
        assertThat(jacksonRejects(json)).as("the reference reads it").isFalse();
        readAll(json);
    }

    @Test
    void namesOfOneDocumentDoNotCarryOverToTheNext() throws IOException {
        String many = "{\"a\":1,\"b\":2,\"c\":3,\"d\":4,\"e\":5,\"f\":6,\"g\":7,\"h\":8,\"i\":9}";

        readAll(many);
        readAll(many);
        readAll("{\"a\":1}");
    }
}
