package dev.ddbchanges.converter.bench;

import com.sun.management.OperatingSystemMXBean;
import dev.ddbchanges.converter.FirehoseTransformationHandler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run in a fresh JVM, as a new Lambda environment runs: creates one handler (what Lambda's init phase does), then
 * converts the same request {@code batches} times. Prints one line of nanoseconds: the handler's creation, the first
 * batch and all batches together, in wall-clock time, then the same three in CPU time of the whole process (JIT
 * compiler and GC threads included). Arguments: {@code ours} or {@code typed}, the request file, the number of batches.
 *
 * <p>The request is read before the clocks start: Lambda's runtime has the request in memory before it calls the
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
        // Asked once before the clocks start: the first call loads the management classes.
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long[] wall = new long[4];
        long[] cpu = new long[4];
        mark(0, wall, cpu, os);
        Handler handler = create(args[0]);
        mark(1, wall, cpu, os);
        for (int i = 0; i < batches; i++) {
            handler.convert(request);
            if (i == 0) {
                mark(2, wall, cpu, os);
            }
        }
        mark(3, wall, cpu, os);
        System.out.println(figures(wall) + " " + figures(cpu));
    }

    private static void mark(int at, long[] wall, long[] cpu, OperatingSystemMXBean os) {
        wall[at] = System.nanoTime();
        cpu[at] = os.getProcessCpuTime();
    }

    /** Creation, first batch, all batches. */
    private static String figures(long[] marks) {
        return (marks[1] - marks[0]) + " " + (marks[2] - marks[1]) + " " + (marks[3] - marks[1]);
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
