package dev.ddbchanges.converter.bench;

import dev.ddbchanges.converter.FirehoseTransformationHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Run in a fresh JVM: converts one batch with the real handler and prints the milliseconds since the JVM started. */
public final class FirstBatch {
    private FirstBatch() {
    }

    public static void main(String[] args) throws Exception {
        try (InputStream request = Files.newInputStream(Path.of(args[0]))) {
            new FirehoseTransformationHandler().handleRequest(request, new ByteArrayOutputStream(), new QuietContext());
        }
        System.out.println(System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
