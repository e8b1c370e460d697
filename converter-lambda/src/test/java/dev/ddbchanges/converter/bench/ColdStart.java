package dev.ddbchanges.converter.bench;

import dev.ddbchanges.converter.FirehoseTransformationHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM, as a new Lambda environment runs: creates one handler (what Lambda's init phase does), then
 * converts the same request {@code batches} times. Prints one line of nanoseconds: the handler's creation, the first
 * batch, and all batches together. Arguments: {@code ours} or {@code typed}, the request file, the number of batches.
 *
 * <p>The request is read before the clock starts: Lambda's runtime has the request in memory before it calls the
 * handler, whichever handler it is.
 */
public final class ColdStart {
    private ColdStart() {}

    private interface Handler {
        void convert(byte[] request) throws IOException;
    }

    public static void main(String[] args) throws IOException {
        byte[] request = Files.readAllBytes(Path.of(args[1]));
        int batches = Integer.parseInt(args[2]);
        long start = System.nanoTime();
        Handler handler = create(args[0]);
        long created = System.nanoTime();
        long firstDone = 0;
        for (int i = 0; i < batches; i++) {
            handler.convert(request);
            if (i == 0) {
                firstDone = System.nanoTime();
            }
        }
        long done = System.nanoTime();
        System.out.println((created - start) + " " + (firstDone - created) + " " + (done - created));
    }

    private static Handler create(String side) {
        if (side.equals("ours")) {
            FirehoseTransformationHandler ours = new FirehoseTransformationHandler();
            QuietContext context = new QuietContext();
            return request -> ours.handleRequest(
                    new ByteArrayInputStream(request), new ByteArrayOutputStream(request.length), context);
        }
        TypedPassThrough typed = new TypedPassThrough();
        return request -> typed.endToEnd(new ByteArrayInputStream(request), new ByteArrayOutputStream(request.length));
    }
}
