package dev.ddbchanges.converter.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Test cases kept as lines of {@code what<TAB>json} in a resource; lines starting with # are comments. */
public final class TsvCases {

    public record Case(String what, byte[] json) {
        @Override
        public String toString() {
            return what;
        }
    }

    private TsvCases() {}

    public static List<Case> read(String resource) {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = TsvCases.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.startsWith("#")) {
                    String[] parts = line.split("\t", 2);
                    cases.add(new Case(parts[0], parts[1].getBytes(StandardCharsets.UTF_8)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
