package dev.ddbchanges.converter.bench;

import dev.ddbchanges.converter.FirehoseTransformationHandler;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM: converts one batch with the real handler and prints two figures, in milliseconds: from JVM start
 * to the converted batch (a cold start), and, when the second argument is {@code primed}, the batch alone after the
 * handler primed itself (what an environment restored from a SnapStart snapshot still has to do), else -1.
 */
public final class FirstBatch {
    private FirstBatch() {}

    public static void main(String[] args) throws Exception {
        boolean primed = args.length > 1 && args[1].equals("primed");
        FirehoseTransformationHandler handler = new FirehoseTransformationHandler();
        if (primed) {
            handler.prime();
        }
        long start = System.nanoTime();
        try (InputStream request = Files.newInputStream(Path.of(args[0]))) {
            handler.handleRequest(request, new ByteArrayOutputStream(), new QuietContext());
        }
        long batchMillis = (System.nanoTime() - start) / 1_000_000;
        long sinceJvmStart = System.currentTimeMillis()
                - ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println(sinceJvmStart + " " + (primed ? batchMillis : -1));
    }
}
