package dev.ddbchanges.converter.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A UTF-8 generator and the buffer it writes into, used again for record after record: creating a generator costs
 * more than writing a small record's line. A generator that a failure left in the middle of a value is replaced,
 * never reused. Not thread-safe.
 */
public final class ReusableGenerator {

    private final ByteSink sink = new ByteSink();
    private JsonGenerator generator;
    private boolean clean;

    /** Empties the buffer and returns the generator, at the root level and ready for the next value. */
    public JsonGenerator begin() throws IOException {
        if (generator == null || !clean) {
            generator = Json.FACTORY.createGenerator(sink);
            // Values follow one another in the buffer without the default space between root values.
            generator.setRootValueSeparator(null);
        }
        clean = false;
        sink.reset();
        return generator;
    }

    /** Where the next byte the generator writes will be in {@link #sink()}. */
    public int position() {
        return sink.size() + generator.getOutputBuffered();
    }

    /** Everything written since {@link #begin()} is now in the sink, and the generator may be used again. */
    public void end() throws IOException {
        generator.flush();
        clean = true;
    }

    public ByteSink sink() {
        return sink;
    }
}
