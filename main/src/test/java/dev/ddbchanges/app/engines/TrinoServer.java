package dev.ddbchanges.app.engines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One single-node Trino per test JVM, started by the first test that needs it and stopped when the JVM exits: a start
 * takes tens of seconds, so every test class shares it. Its catalog {@value #CATALOG} is Hive with a file metastore
 * over the local file system rooted at {@link #files()}, and reads Athena-style partition projection; its catalog
 * {@value #ICEBERG_CATALOG} keeps Iceberg tables on the same file system.
 */
final class TrinoServer {
    static final String CATALOG = "hive";
    /** Where the current-state tables live: Iceberg, as Athena keeps that table in Glue. */
    static final String ICEBERG_CATALOG = "iceberg";
    /** The Iceberg catalog's metastore and tables, below {@link #files()}, apart from the Hive catalog's. */
    static final String ICEBERG_METASTORE = "iceberg-metastore";

    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TrinoServer running;
    private static RuntimeException failedToStart;

    private final Process process;
    private final int port;
    private final Path scratch;

    private TrinoServer(Process process, int port, Path scratch) {
        this.process = process;
        this.port = port;
        this.scratch = scratch;
    }

    /** The running server, started on first use; a start that failed fails every later caller the same way. */
    static synchronized TrinoServer get() {
        Path java = TrinoJava.home();
        if (failedToStart != null) {
            throw failedToStart;
        }
        if (running == null) {
            try {
                running = start(java);
            } catch (Exception e) {
                failedToStart = new IllegalStateException("Trino did not start: " + e.getMessage(), e);
                throw failedToStart;
            }
        }
        return running;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:trino://127.0.0.1:" + port + "/" + CATALOG + "?user=test");
    }

    /** The local file system's root: a table's files must lie below it, named {@code local:///<path below it>}. */
    Path files() {
        return scratch.resolve("files");
    }

    private static TrinoServer start(Path java) throws IOException, InterruptedException {
        Path server = TrinoInstall.installed();
        Path scratch = Files.createTempDirectory("trino-");
        int port = freePort();
        Path etc = scratch.resolve("etc");
        Path data = scratch.resolve("data");
        Files.createDirectories(etc.resolve("catalog"));
        Files.createDirectories(data);
        Files.createDirectories(scratch.resolve("files/metastore"));
        Files.createDirectories(scratch.resolve("files").resolve(ICEBERG_METASTORE));
        String nodeId = UUID.randomUUID().toString();
        TrinoConfig.write(etc, data, scratch.resolve("files"), port, nodeId);
        Path log = scratch.resolve("server.log");
        Process process = new ProcessBuilder(
                        server.resolve("bin/launcher").toString(),
                        "-etc-dir=" + etc,
                        "-data-dir=" + data,
                        "-jvm-dir=" + java,
                        "run")
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        TrinoServer started = new TrinoServer(process, port, scratch);
        Runtime.getRuntime().addShutdownHook(new Thread(started::stop, "trino-stop"));
        started.awaitReady(log, nodeId);
        return started;
    }

    /**
     * Ready is {@code starting: false} in /v1/info, this node announced to discovery and a first query answered: until
     * the coordinator has seen its own announcement, queries fail with NO_NODES_AVAILABLE. (/v1/node lists only the
     * other nodes, so it stays empty on a single node.)
     */
    private void awaitReady(Path log, String nodeId) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        String lastProblem = "no answer on port " + port;
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + "; its log:\n" + tail(log));
            }
            JsonNode info = get(http, "/v1/info");
            JsonNode services = get(http, "/v1/service/trino");
            if (info != null && !info.path("starting").asBoolean(true) && announces(services, nodeId)) {
                try (Connection trino = connect();
                        Statement probe = trino.createStatement()) {
                    probe.execute("SELECT 1");
                    return;
                } catch (SQLException e) {
                    lastProblem = e.getMessage();
                }
            }
            Thread.sleep(500);
        }
        throw new IOException("the server was not ready after " + START_TIMEOUT + " (last: " + lastProblem
                + "); its log:\n" + tail(log));
    }

    private static boolean announces(JsonNode services, String nodeId) {
        if (services == null) {
            return false;
        }
        for (JsonNode service : services.path("services")) {
            if (nodeId.equals(service.path("nodeId").asText())) {
                return true;
            }
        }
        return false;
    }

    private JsonNode get(HttpClient http, String path) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("X-Trino-User", "test")
                .timeout(Duration.ofSeconds(2))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
        } catch (IOException notListeningYet) {
            return null;
        }
    }

    private void stop() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            TrinoInstall.delete(scratch);
        } catch (IOException | InterruptedException e) {
            System.err.println("Trino's scratch directory " + scratch + " is left behind: " + e);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
