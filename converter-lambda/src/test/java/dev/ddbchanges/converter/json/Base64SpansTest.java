package dev.ddbchanges.converter.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Base64Spans decodes what the JDK decoder decodes, from any span, and answers null where the JDK throws. */
class Base64SpansTest {

    @Test
    void aSpanDecodesAsTheSameTextAlone() {
        byte[] request = "{\"data\":\"aGVsbG8=\"}".getBytes(StandardCharsets.US_ASCII);

        assertThat(Base64Spans.decode(request, 9, 17)).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64Spans.decode("aGVsbG8=")).isEqualTo("hello".getBytes(StandardCharsets.US_ASCII));
        assertThat(Base64Spans.decode(request, 9, 9)).isEmpty();
    }

    @Test
    void whatTheJdkRejectsIsNull() {
        for (String bad : new String[] {"a", "aGVs bG8=", "aGVsbG8=\u00e9", "a===", "aGVsbG8_"}) {
            boolean jdkRejects;
            try {
                Base64.getDecoder().decode(bad);
                jdkRejects = false;
            } catch (IllegalArgumentException rejected) {
                jdkRejects = true;
            }
            assertThat(jdkRejects).as(bad).isTrue();
            assertThat(Base64Spans.decode(bad)).as(bad).isNull();
        }
    }

    @Test
    void aRawUtf8ByteFailsWhereItsCharacterWould() {
        byte[] utf8 = "aGVs\u00e9bG8=".getBytes(StandardCharsets.UTF_8);

        assertThat(Base64Spans.decode(utf8, 0, utf8.length)).isNull();
    }
}
