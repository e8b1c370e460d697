package dev.ddbchanges.app.backfill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.queries.NamedQuery;
import dev.ddbchanges.app.queries.QueryWindow;
import dev.ddbchanges.app.redrive.S3Clients;
import dev.ddbchanges.app.replay.Buffering;
import dev.ddbchanges.app.replay.ChangeReplay;
import dev.ddbchanges.app.replay.LocalAthena;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.model.DestinationStatus;
import software.amazon.awssdk.services.dynamodb.model.ExportFormat;
import software.amazon.awssdk.services.dynamodb.model.ExportStatus;
import software.amazon.awssdk.services.dynamodb.model.ExportTableToPointInTimeRequest;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The backfill end to end against a real S3 API (Adobe S3Mock, a fresh bucket per test) holding an export in
 * DynamoDB's own layout, with DynamoDB's and Kinesis' control plane faked behind their SDK interfaces.
 */
class BackfillS3MockTest {
    @RegisterExtension
    static final S3MockExtension S3_MOCK =
            S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    static final String EXPORT_DIR = "exports/AWSDynamoDB/01796155200000-5e2b9c4f/";
    static final String HOUR_05 = "changes/year=2026/month=12/day=02/hour=05/";
    static final String OBJECT_1 = HOUR_05 + "backfill-01796155200000-5e2b9c4f-1.json.gz";
    static final String OBJECT_2 = HOUR_05 + "backfill-01796155200000-5e2b9c4f-2.json.gz";
    static final String MARKER = "backfills/01796155200000-5e2b9c4f.json";
    static final Instant RUN = Instant.parse("2026-12-02T05:41:07.250Z");

    private final List<String> operations = new ArrayList<>();
    private final List<Duration> sleeps = new ArrayList<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private S3Client s3;
    private String bucket;
    private FakeDynamoDb dynamodb;
    private final FakeKinesis kinesis = new FakeKinesis();
    private boolean currentStateTable;
    private int scanLimitMb = 1024;

    @BeforeEach
    void bucketWithAnExport() {
        s3 = S3Clients.builder("eu-central-1", Optional.of(URI.create(S3_MOCK.getServiceEndpoint())))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        operations.add(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME));
                    }
                }))
                .build();
        bucket = "backfill-" + BUCKETS.incrementAndGet();
        s3.createBucket(b -> b.bucket(bucket));
        dynamodb = new FakeDynamoDb(bucket);
        upload(EXPORT_DIR + "manifest-summary.json", resource("export/manifest-summary.json"));
        upload(EXPORT_DIR + "manifest-files.json", resource("export/manifest-files.json"));
        upload(EXPORT_DIR + "data/3vu5n2qzuq4xtmgwhd2yqcjv3e.json.gz", gzip(resource("export/data-1.jsonl")));
        upload(EXPORT_DIR + "data/kxq7tpfm2e5z7jgqdeb4ylvmwm.json.gz", gzip(resource("export/data-2.jsonl")));
        upload(EXPORT_DIR + "_started", new byte[0]);
        operations.clear();
    }

    @AfterEach
    void closeClient() {
        s3.close();
    }

    @Test
    void theExportBecomesChangeLinesInTheHourTheBackfillRuns() {
        run(RUN, "--export-arn", FakeDynamoDb.EXPORT_ARN, "--lines-per-object", "4");

        assertThat(objects("changes/")).containsOnlyKeys(OBJECT_1, OBJECT_2);
        assertThat(lines(OBJECT_1).lines()).hasSize(4);
        assertThat(lines(OBJECT_1) + lines(OBJECT_2)).isEqualTo(text("expected/lines.jsonl"));
        assertThat(text(MARKER)).isEqualTo(text("expected/marker.json"));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text("expected/first-run.txt"));
    }

    /**
     * The saved full-history query over the backfill's objects and the stream's: every exported item is listed, a
     * change streamed between streaming's start and the export is there once, a later change wins over the export's
     * line, and a later delete removes the item.
     */
    @Test
    void currentStateListsTheBackfilledItemsUntilALaterStreamChange(@TempDir Path folder) throws Exception {
        run(RUN, "--export-arn", FakeDynamoDb.EXPORT_ARN, "--lines-per-object", "4");
        for (String key : objects("changes/").keySet()) {
            Path file = folder.resolve(key);
            Files.createDirectories(file.getParent());
            Files.write(
                    file, s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray());
        }
        ChangeReplay.replay(
                Files.readAllLines(TestApps.resource("backfill/stream-changes.jsonl")),
                folder,
                new Buffering(60, 64L * 1024 * 1024));

        List<List<String>> rows =
                LocalAthena.query(folder, NamedQuery.CURRENT_STATE_FULL.template(), List.of(), new QueryWindow(1, 8));

        assertThat(rows.stream().map(row -> String.join(" | ", row)).collect(Collectors.joining("\n", "", "\n")))
                .isEqualTo(text("expected/current-state.txt"));
    }

    @Test
    void aSecondRunWritesNothing() {
        run(RUN, "--export-arn", FakeDynamoDb.EXPORT_ARN, "--lines-per-object", "4");
        Map<String, String> first = objects("");
        out.reset();
        operations.clear();

        run(RUN.plus(Duration.ofHours(3)), "--export-arn", FakeDynamoDb.EXPORT_ARN, "--lines-per-object", "4");

        assertThat(objects("")).isEqualTo(first);
        assertThat(operations).doesNotContain("PutObject");
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .last()
                .isEqualTo("already backfilled: export " + FakeDynamoDb.EXPORT_ARN + " wrote 6 items in 2 objects "
                        + "under s3://" + bucket + "/" + HOUR_05 + " at 2026-12-02T05:41:07.250Z (marker s3://"
                        + bucket + "/" + MARKER + "); nothing written");
    }

    /**
     * The run stopped after its marker and a first object: run again hours later, it rewrites the same objects, with
     * the lines per object its marker keeps.
     */
    @Test
    void anInterruptedRunResumesIntoTheSameHourAndKeys() {
        upload(MARKER, resource("started-marker.json"));
        upload(OBJECT_1, gzip("{\"cut\":".getBytes(StandardCharsets.UTF_8)));

        run(RUN.plus(Duration.ofHours(2)), "--export-arn", FakeDynamoDb.EXPORT_ARN);

        assertThat(objects("changes/")).containsOnlyKeys(OBJECT_1, OBJECT_2);
        assertThat(lines(OBJECT_1) + lines(OBJECT_2)).isEqualTo(text("expected/lines.jsonl"));
        assertThat(text(MARKER)).isEqualTo(text("expected/marker.json"));
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aResumeGivenOtherLinesPerObjectKeepsTheMarkersAndSaysSo() {
        upload(MARKER, resource("started-marker.json"));

        run(RUN.plus(Duration.ofHours(2)), "--export-arn", FakeDynamoDb.EXPORT_ARN, "--lines-per-object", "5");

        assertThat(objects("changes/")).containsOnlyKeys(OBJECT_1, OBJECT_2);
        assertThat(lines(OBJECT_1).lines()).hasSize(4);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("--lines-per-object 5 ignored: the backfill of export " + FakeDynamoDb.EXPORT_ARN
                        + " started with 4 (marker s3://" + bucket + "/" + MARKER + ") and goes on with it, so it "
                        + "rewrites the same objects\n");
    }

    /** A new export has a new id and so new event ids: its lines would be a second copy no query dedupes. */
    @Test
    void aCompletedBackfillRefusesToStartAnotherExport() {
        upload(MARKER, resource("expected/marker.json"));

        assertThatThrownBy(() -> run(RUN.plus(Duration.ofDays(3))))
                .isInstanceOf(CommandException.class)
                .hasMessage("already backfilled from " + FakeDynamoDb.EXPORT_ARN + " at " + HOUR_05 + " (6 items); "
                        + "run with --export-arn " + FakeDynamoDb.EXPORT_ARN + " to check it, or --new-export to seed "
                        + "from a new export on purpose");
        assertThat(dynamodb.started).isEmpty();
    }

    @Test
    void anUnfinishedBackfillIsToBeResumedNotFollowedByAnotherExport() {
        upload(MARKER, resource("started-marker.json"));
        String message = "the backfill from " + FakeDynamoDb.EXPORT_ARN + " started at 2026-12-02T05:41:07.250Z and "
                + "did not finish; allowed: run with --export-arn " + FakeDynamoDb.EXPORT_ARN + " to resume it (it "
                + "rewrites the same objects in " + HOUR_05 + ")";

        assertThatThrownBy(() -> run(RUN)).isInstanceOf(CommandException.class).hasMessage(message);
        assertThatThrownBy(() -> run(RUN, "--new-export"))
                .isInstanceOf(CommandException.class)
                .hasMessage(message);
        assertThat(dynamodb.started).isEmpty();
    }

    /** Another table's markers (the same bucket named by --bucket) say nothing of this table. */
    @Test
    void newExportStartsAnotherExportAfterACompletedOne() {
        upload("backfills/01795982400000-0a1b2c3d.json", resource("earlier-marker.json"));
        upload("backfills/01795982400000-9f8e7d6c.json", resource("other-table-marker.json"));
        assertThatThrownBy(() -> run(RUN.minus(Duration.ofDays(2))))
                .as("the earlier backfill refuses a plain run")
                .hasMessageStartingWith("already backfilled from " + FakeDynamoDb.TABLE_ARN
                        + "/export/01795982400000-0a1b2c3d at changes/year=2026/month=11/day=30/hour=08/ (5 items)");

        run(RUN, "--new-export");

        assertThat(dynamodb.started).hasSize(1);
        assertThat(objects("changes/")).containsOnlyKeys(HOUR_05 + "backfill-01796155200000-5e2b9c4f-1.json.gz");
    }

    @Test
    void withACurrentStateTableItSaysTheNextRefreshReadsTheLines() {
        currentStateTable = true;

        run(RUN, "--export-arn", FakeDynamoDb.EXPORT_ARN);

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .last()
                .isEqualTo("current_state: the next scheduled refresh reads them (" + HOUR_05 + " is within the 32 "
                        + "hours it reads); nothing to run");
    }

    /** 32 hours after 05:41 a refresh still reads from hour 05 on; from 14:00 the next day it reads hour 06 on. */
    @Test
    void aResumeAfterTheRefreshWindowAsksForARebuild() {
        currentStateTable = true;
        upload(MARKER, resource("started-marker.json"));

        run(RUN.plus(Duration.ofHours(32)), "--export-arn", FakeDynamoDb.EXPORT_ARN);
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .last()
                .asString()
                .startsWith("current_state: the next scheduled refresh reads them");
        upload(MARKER, resource("started-marker.json"));
        out.reset();
        run(Instant.parse("2026-12-03T14:00:00Z"), "--export-arn", FakeDynamoDb.EXPORT_ARN);

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .last()
                .isEqualTo("current_state: the lines are in " + HOUR_05 + ", older than the 32 hours a scheduled "
                        + "refresh reads; run ./ddb-changes rebuild-current-state --environment dev so current_state "
                        + "includes them");
    }

    @Test
    void linesBeyondTheScanLimitAreAWarning() {
        currentStateTable = true;
        scanLimitMb = 0;

        run(RUN, "--export-arn", FakeDynamoDb.EXPORT_ARN);

        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .last()
                .isEqualTo("warning: the backfill wrote 1 MB gzipped (the bytes Athena scans), more than "
                        + "queryScanLimitMb = 0: every refresh until 2026-12-03T14:00:00Z reads them and may hit the "
                        + "workgroup's scan limit (the refresh then fails and its alarm fires); raise "
                        + "queryScanLimitMb until then");
    }

    @Test
    void withoutACurrentStateTableThereIsNoRefreshToMention() {
        scanLimitMb = 0;
        upload(MARKER, resource("started-marker.json"));

        run(RUN.plus(Duration.ofDays(9)), "--export-arn", FakeDynamoDb.EXPORT_ARN);

        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("current_state", "warning");
    }

    @Test
    void aDryRunCountsWithoutWriting() {
        run(RUN, "--export-arn", FakeDynamoDb.EXPORT_ARN, "--lines-per-object", "4", "--dry-run");

        assertThat(objects("changes/")).isEmpty();
        assertThat(objects("backfills/")).isEmpty();
        assertThat(operations).doesNotContain("PutObject");
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .last()
                .isEqualTo("dry run: would write 6 items of export " + FakeDynamoDb.EXPORT_ARN + " (exportTime "
                        + "2026-12-01T20:00:00Z) in 2 objects under s3://" + bucket + "/" + HOUR_05
                        + "; nothing written");
    }

    /** Streaming is checked before the export starts; the export goes to the data bucket, encrypted with its key. */
    @Test
    void withoutAnExportArnItChecksStreamingThenStartsAnExportAndWaitsForIt() {
        dynamodb.inProgressDescribes = 2;

        run(RUN);

        assertThat(dynamodb.calls.subList(0, 3))
                .containsExactly(
                        "DescribeKinesisStreamingDestination ddb-changes-dev-table",
                        "DescribeTable ddb-changes-dev-table",
                        "ExportTableToPointInTime " + FakeDynamoDb.TABLE_ARN);
        ExportTableToPointInTimeRequest request = dynamodb.started.get(0);
        assertThat(request.s3Bucket()).isEqualTo(bucket);
        assertThat(request.s3Prefix()).isEqualTo("exports");
        assertThat(request.exportFormatAsString()).isEqualTo("DYNAMODB_JSON");
        assertThat(request.s3SseAlgorithmAsString()).isEqualTo("KMS");
        assertThat(request.s3SseKmsKeyId()).isEqualTo("alias/ddb-changes-dev");
        assertThat(request.exportTime()).isNull();
        assertThat(request.clientToken()).matches("backfill-[0-9a-f]{32}");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(30), Duration.ofSeconds(30));
        assertThat(objects("changes/")).containsOnlyKeys(HOUR_05 + "backfill-01796155200000-5e2b9c4f-1.json.gz");
    }

    @Test
    void anExportStillRunningIsRefused() {
        dynamodb.edit(e -> e.exportStatus(ExportStatus.IN_PROGRESS));

        assertRefused("export " + FakeDynamoDb.EXPORT_ARN + " has exportStatus = IN_PROGRESS; allowed: COMPLETED "
                + "(wait for it, or run without --export-arn to start one and wait)");
    }

    @Test
    void aFailedExportIsRefusedWithDynamoDbsReason() {
        dynamodb.edit(e -> e.exportStatus(ExportStatus.FAILED)
                .failureCode("S3AccessDenied")
                .failureMessage("Access Denied to the bucket"));

        assertRefused("export " + FakeDynamoDb.EXPORT_ARN + " has exportStatus = FAILED (S3AccessDenied: Access "
                + "Denied to the bucket); allowed: COMPLETED (wait for it, or run without --export-arn to start one "
                + "and wait)");
    }

    @Test
    void anExportOlderThanTheChangeStreamIsRefused() {
        kinesis.created = Instant.parse("2026-12-01T20:00:00.001Z");

        assertRefused("export " + FakeDynamoDb.EXPORT_ARN + " has exportTime = 2026-12-01T20:00:00Z, before the "
                + "change stream ddb-changes-dev-changes was created (2026-12-01T20:00:00.001Z); allowed: an export "
                + "made after streaming was on (run without --export-arn to start one): changes between the export "
                + "and the stream's start would be lost");
    }

    /**
     * The stream existed before the export, but its first lines (the earliest sign the table streamed into it) came
     * an hour after: a backfill's own objects are no such sign.
     */
    @Test
    void anExportBeforeTheFirstHourWithStreamLinesIsRefused() {
        upload("changes/year=2026/month=11/day=30/hour=23/backfill-01795982400000-0a1b2c3d-1.json.gz", new byte[1]);
        upload("changes/year=2026/month=12/day=01/hour=21/ddb-changes-dev-1-2026-12-01-21-04-00-a1.gz", new byte[1]);
        upload("changes/year=2026/month=12/day=02/hour=03/ddb-changes-dev-1-2026-12-02-03-10-00-b2.gz", new byte[1]);

        assertRefused("export " + FakeDynamoDb.EXPORT_ARN + " has exportTime = 2026-12-01T20:00:00Z, before the "
                + "first hour with stream lines, s3://" + bucket + "/changes/year=2026/month=12/day=01/hour=21/ (the "
                + "table streams since then at the earliest); allowed: an export made after streaming was on (run "
                + "without --export-arn to start one): changes between the export and the stream's start would be "
                + "lost");
    }

    @Test
    void streamLinesFromTheExportsOwnHourOnPass() {
        upload("changes/year=2026/month=12/day=01/hour=20/ddb-changes-dev-1-2026-12-01-20-59-00-c3.gz", new byte[1]);

        run(RUN, "--export-arn", FakeDynamoDb.EXPORT_ARN);

        assertThat(objects("changes/")).containsKeys(OBJECT_1);
    }

    @Test
    void aTableNotStreamingIsRefusedBeforeAnyExportStarts() {
        dynamodb.destinationStatus = DestinationStatus.DISABLED;

        assertThatThrownBy(() -> run(RUN))
                .isInstanceOf(CommandException.class)
                .hasMessage("table ddb-changes-dev-table streams into ddb-changes-dev-changes with status = DISABLED;"
                        + " allowed: ACTIVE (streaming must be on before the export, or changes made between the "
                        + "export and the start of streaming are lost)");
        assertThat(dynamodb.started).isEmpty();
    }

    @Test
    void anExportInAnotherFormatIsRefused() {
        dynamodb.edit(e -> e.exportFormat(ExportFormat.ION));

        assertRefused("export " + FakeDynamoDb.EXPORT_ARN + " has exportFormat = ION; allowed: DYNAMODB_JSON");
    }

    @Test
    void anExportOfAnotherTableIsRefused() {
        dynamodb.edit(e -> e.tableArn("arn:aws:dynamodb:eu-central-1:111111111111:table/orders"));

        assertRefused("export " + FakeDynamoDb.EXPORT_ARN + " has tableArn = "
                + "arn:aws:dynamodb:eu-central-1:111111111111:table/orders; allowed: the environment's table "
                + "ddb-changes-dev-table");
    }

    @Test
    void aDataFileHoldingFewerItemsThanItsManifestIsRefused() {
        upload(
                EXPORT_DIR + "data/kxq7tpfm2e5z7jgqdeb4ylvmwm.json.gz",
                gzip("{\"Item\":{\"pk\":{\"S\":\"only\"}}}\n".getBytes(StandardCharsets.UTF_8)));

        assertRefused("s3://" + bucket + "/" + EXPORT_DIR + "data/kxq7tpfm2e5z7jgqdeb4ylvmwm.json.gz holds 1 "
                + "items; allowed: the 3 the export's manifest-files.json gives for it");
        assertThat(objects("backfills/"))
                .as("the marker says started; the run can go on")
                .hasSize(1);
    }

    private void assertRefused(String message) {
        assertThatThrownBy(() -> run(RUN, "--export-arn", FakeDynamoDb.EXPORT_ARN))
                .isInstanceOf(CommandException.class)
                .hasMessage(message);
    }

    private void run(Instant now, String... args) {
        BackfillOptions options = BackfillOptions.parse(List.of(args));
        BackfillTarget target = new BackfillTarget(
                "dev",
                "eu-central-1",
                "ddb-changes-dev-table",
                "ddb-changes-dev-changes",
                bucket,
                "alias/ddb-changes-dev",
                currentStateTable,
                32,
                scanLimitMb);
        new Backfill(
                        target,
                        options,
                        new ExportSource(dynamodb, kinesis, sleeps::add),
                        new BackfillBucket(s3, bucket),
                        Clock.fixed(now, ZoneOffset.UTC),
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8))
                .run();
    }

    /** Every object under the prefix: key to its bytes, as hex of the raw (still gzipped) body. */
    Map<String, String> objects(String prefix) {
        Map<String, String> objects = new TreeMap<>();
        for (S3Object object :
                s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
            byte[] body =
                    s3.getObjectAsBytes(b -> b.bucket(bucket).key(object.key())).asByteArray();
            objects.put(object.key(), java.util.HexFormat.of().formatHex(body));
        }
        return objects;
    }

    String lines(String key) {
        try (GZIPInputStream gzip =
                new GZIPInputStream(s3.getObject(b -> b.bucket(bucket).key(key)))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String keyOrResource) {
        if (keyOrResource.startsWith("backfills/")) {
            return s3.getObjectAsBytes(b -> b.bucket(bucket).key(keyOrResource)).asString(StandardCharsets.UTF_8);
        }
        return new String(resource(keyOrResource), StandardCharsets.UTF_8).replace("{bucket}", bucket);
    }

    void upload(String key, byte[] body) {
        s3.putObject(b -> b.bucket(bucket).key(key), RequestBody.fromBytes(body));
    }

    static byte[] resource(String name) {
        try {
            return Files.readAllBytes(TestApps.resource("backfill/" + name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(byte[] plain) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
