package dev.ddbchanges.converter.bench;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A child JVM with this JVM's java, the benchmark's JVM options and this classpath behind the shaded jar, so our
 * converter is loaded from the jar Lambda runs and every measured JVM is started the way Lambda starts one.
 */
final class FreshJvm {
    private FreshJvm() {}

    static List<String> command(BenchmarkOptions options, List<String> properties, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmOptions());
        command.addAll(properties);
        command.add("-cp");
        command.add(options.jar() + File.pathSeparator + System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(args);
        return command;
    }
}
