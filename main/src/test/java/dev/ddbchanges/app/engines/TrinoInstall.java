package dev.ddbchanges.app.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Trino's server, unpacked from the tarball Maven downloads into the local repository (the pom passes its path in
 * {@value #TARBALL_PROPERTY}), under {@code main/target/trino/}: once per clean build, reused by later runs.
 */
final class TrinoInstall {
    static final String TARBALL_PROPERTY = "trino.server.tarball";
    private static final Path ROOT = Path.of("main", "target", "trino");
    /** The only plugins the tests load (the changes, the current-state table): every other one costs start-up time. */
    private static final Set<String> PLUGINS = Set.of("hive", "iceberg");

    private TrinoInstall() {}

    /** The unpacked server's directory, named like the tarball's top folder ({@code trino-server-476}). */
    static Path installed() throws IOException, InterruptedException {
        String tarballName = System.getProperty(TARBALL_PROPERTY, "");
        Path tarball = Path.of(tarballName);
        if (!tarballName.endsWith(".tar.gz") || !Files.isRegularFile(tarball)) {
            throw new IllegalStateException(TARBALL_PROPERTY + " = " + tarballName + " is not a file; allowed: the "
                    + "trino-server-<version>.tar.gz that the pom's trino-server-get execution puts in ~/.m2");
        }
        String name = tarball.getFileName().toString().replace(".tar.gz", "");
        Path server = ROOT.resolve(name).toAbsolutePath();
        if (Files.isDirectory(server)
                && PLUGINS.stream()
                        .allMatch(plugin ->
                                Files.isDirectory(server.resolve("plugin").resolve(plugin)))) {
            return server;
        }
        // An earlier build unpacked fewer plugins.
        if (Files.isDirectory(server)) {
            delete(server);
        }
        Files.createDirectories(ROOT);
        Path unpacking = Files.createTempDirectory(ROOT, "unpacking-");
        // GNU tar, not a Java unpacker: the plugin folders share jars as hard links, which must all be unpacked.
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toAbsolutePath().toString(), "-C", unpacking.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(tar.getInputStream().readAllBytes());
        if (tar.waitFor() != 0) {
            throw new IOException("tar -xzf " + tarball + " failed: " + output);
        }
        try (Stream<Path> plugins = Files.list(unpacking.resolve(name).resolve("plugin"))) {
            for (Path plugin : plugins.toList()) {
                if (!PLUGINS.contains(plugin.getFileName().toString())) {
                    delete(plugin);
                }
            }
        }
        // Renamed into place only when complete, so an interrupted unpack is never taken for an install.
        Files.move(unpacking.resolve(name), server, StandardCopyOption.ATOMIC_MOVE);
        delete(unpacking);
        return server;
    }

    static void delete(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(tree)) {
            List<Path> deepestFirst = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : deepestFirst) {
                Files.delete(path);
            }
        }
    }
}
