package dev.ddbchanges.converter.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

    /** Refuses, up front, JVM options the JVM itself refuses, with its own words. */
    static void checkOptions(BenchmarkOptions options) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options.jvmOptions());
        command.add("-version");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new BenchmarkOptions.BadFlag("--jvm-options \"" + String.join(" ", options.jvmOptions())
                    + "\": the JVM refuses them (" + oneLine(output) + "); allowed: options this JVM accepts");
        }
    }

    /** The output of a child that failed, on one line, for the one error line the benchmark prints. */
    static String oneLine(String output) {
        return output.strip().replaceAll("\\s*\\R\\s*", " / ");
    }
}
