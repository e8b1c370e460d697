package dev.ddbchanges.converter.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word tests against a byte loop: whether a word has such a byte is exact (which bytes they flag is not). */
class ByteWordsTest {

    @Test
    void equalToAndBelowAgreeWithAByteLoopOnEveryKindOfByte() {
        Random random = new Random(3);
        byte[] interesting = {0, 1, 0x1f, ' ', '!', '"', '\\', 0x7f, (byte) 0x80, (byte) 0xff, 'a'};
        for (int round = 0; round < 20_000; round++) {
            byte[] bytes = new byte[Long.BYTES];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextBoolean()
                        ? interesting[random.nextInt(interesting.length)]
                        : (byte) random.nextInt(256);
            }
            long word = ByteWords.word(bytes, 0);
            boolean quote = false;
            boolean control = false;
            for (byte b : bytes) {
                quote |= b == '"';
                control |= (b & 0xff) < ' ';
            }
            assertThat((ByteWords.equalTo(word, ByteWords.repeated('"')) & ByteWords.HIGH_BITS) != 0)
                    .as("a quote in %s", java.util.Arrays.toString(bytes))
                    .isEqualTo(quote);
            assertThat((ByteWords.below(word, ByteWords.repeated(' ')) & ByteWords.HIGH_BITS) != 0)
                    .as("a control character in %s", java.util.Arrays.toString(bytes))
                    .isEqualTo(control);
        }
    }

    @Test
    void theFirstByteIsTheLowestOfTheWord() {
        assertThat(ByteWords.word(new byte[] {1, 0, 0, 0, 0, 0, 0, 2, 9}, 0)).isEqualTo(0x0200000000000001L);
        assertThat(ByteWords.word(new byte[] {9, 1, 0, 0, 0, 0, 0, 0, 2}, 1)).isEqualTo(0x0200000000000001L);
    }
}
