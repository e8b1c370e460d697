package dev.ddbchanges.app.engines;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The single-node server's configuration files: small enough for a 2-core CI machine, a Hive catalog for the changes
 * and an Iceberg catalog for the current-state table, each with its own metastore directory.
 */
final class TrinoConfig {
    private TrinoConfig() {}

    static void write(Path etc, Path data, Path files, int port, String nodeId) throws IOException {
        Files.write(
                etc.resolve("config.properties"),
                List.of(
                        "coordinator=true",
                        "node-scheduler.include-coordinator=true",
                        "http-server.http.port=" + port,
                        "discovery.uri=http://127.0.0.1:" + port,
                        "query.max-memory=1GB",
                        "query.max-memory-per-node=1GB",
                        "memory.heap-headroom-per-node=512MB",
                        "task.concurrency=2"));
        Files.write(
                etc.resolve("node.properties"),
                List.of(
                        "node.environment=test",
                        "node.id=" + nodeId,
                        "node.data-dir=" + data,
                        "node.internal-address=127.0.0.1"));
        Files.write(
                etc.resolve("jvm.config"),
                List.of(
                        "-Xmx3G",
                        "-XX:+UseG1GC",
                        "-XX:+ExitOnOutOfMemoryError",
                        "-XX:+EnableDynamicAgentLoading",
                        "-Djdk.attach.allowAttachSelf=true",
                        "-Dfile.encoding=UTF-8"));
        Files.write(
                etc.resolve("catalog").resolve(TrinoServer.CATALOG + ".properties"),
                List.of(
                        "connector.name=hive",
                        "hive.metastore=file",
                        "hive.metastore.catalog.dir=local:///metastore",
                        "fs.native-local.enabled=true",
                        // A plain path: the local file system refuses its own local:/// form here.
                        "local.location=" + files,
                        // Projection lists every hour of the range; only the ones Firehose wrote have files.
                        "hive.ignore-absent-partitions=true"));
        Files.write(
                etc.resolve("catalog").resolve(TrinoServer.ICEBERG_CATALOG + ".properties"),
                List.of(
                        "connector.name=iceberg",
                        "iceberg.catalog.type=TESTING_FILE_METASTORE",
                        "hive.metastore.catalog.dir=local:///" + TrinoServer.ICEBERG_METASTORE,
                        "fs.native-local.enabled=true",
                        "local.location=" + files,
                        // The proofs expire every old snapshot between refreshes; Trino's floor is a week.
                        "iceberg.expire-snapshots.min-retention=0s",
                        "iceberg.remove-orphan-files.min-retention=0s"));
    }
}
