package dev.ddbchanges.app.backfill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where objects end, counted without writing (a dry run's writer). */
class BackfillWriterTest {
    private static final String PREFIX = "changes/year=2026/month=12/day=02/hour=05/";

    @Test
    void anObjectEndsAtItsLineCount() {
        BackfillWriter writer = new BackfillWriter(null, PREFIX, "e-1", 2, 1_000);
        for (int i = 0; i < 5; i++) {
            writer.add("{\"n\":1}".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(writer.finish())
                .containsExactly(
                        PREFIX + "backfill-e-1-1.json.gz",
                        PREFIX + "backfill-e-1-2.json.gz",
                        PREFIX + "backfill-e-1-3.json.gz");
        assertThat(writer.lines()).isEqualTo(5);
    }

    /** Each line is 8 bytes with its newline: an object closes once it reaches 20, after its third line (24). */
    @Test
    void anObjectAlsoEndsAtItsSizeWhateverItsLineCount() {
        BackfillWriter writer = new BackfillWriter(null, PREFIX, "e-1", 100, 20);
        for (int i = 0; i < 5; i++) {
            writer.add("{\"n\":1}".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(writer.finish()).hasSize(2);
    }
}
