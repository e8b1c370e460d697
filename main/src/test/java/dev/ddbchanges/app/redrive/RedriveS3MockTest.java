package dev.ddbchanges.app.redrive;

import static org.assertj.core.api.Assertions.assertThat;

import com.adobe.testing.s3mock.junit5.S3MockExtension;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.replay.Buffering;
import dev.ddbchanges.app.replay.ChangeReplay;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The re-drive against a real S3 API (Adobe S3Mock, one server for the class, a fresh bucket for each test), with
 * error objects shaped as Firehose writes them: gzipped JSON lines under its keys.
 */
class RedriveS3MockTest {
    @RegisterExtension
    static final S3MockExtension S3_MOCK =
            S3MockExtension.builder().silent().withSecureConnection(false).build();

    private static final AtomicInteger BUCKETS = new AtomicInteger();
    private static final String HOURS = "errors/processing-failed/year=2026/month=12/day=01/hour=";
    static final String REFUSED_KEY =
            HOURS + "08/ddb-changes-dev-delivery-1-2026-12-01-08-05-12-6c1e2f0a-6f7d-4d7e-9a51-0b1c2d3e4f50.gz";
    static final String BATCH_KEY =
            HOURS + "09/ddb-changes-dev-delivery-1-2026-12-01-09-59-58-0d9a7b4c-2e1f-4a3b-8c5d-6e7f8a9b0c1d.gz";
    static final String MALFORMED_KEY =
            HOURS + "12/ddb-changes-dev-delivery-1-2026-12-01-12-00-00-5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d.gz";
    static final String CUT_KEY =
            HOURS + "14/ddb-changes-dev-delivery-1-2026-12-01-14-00-00-7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d.gz";
    private static final String CHANGES = "changes/year=2026/month=12/day=01/hour=";
    static final String REFUSED_TARGET = CHANGES + "08/redriven-34d61d26efbb1a27.gz";
    static final String BATCH_TARGET_09 = CHANGES + "09/redriven-a73a5d7dbd03119d.gz";
    static final String BATCH_TARGET_10 = CHANGES + "10/redriven-a73a5d7dbd03119d.gz";

    private final RecordingInterceptor recorder = new RecordingInterceptor();
    private S3Client s3;
    private String bucket;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void bucketWithErrorObjects() {
        s3 = client(recorder);
        bucket = "redrive-" + BUCKETS.incrementAndGet();
        s3.createBucket(b -> b.bucket(bucket));
        upload(REFUSED_KEY, "refused-records.jsonl");
        upload(BATCH_KEY, "failed-batch.jsonl");
        recorder.clear();
    }

    @AfterEach
    void closeClient() {
        s3.close();
    }

    @Test
    void convertingRecordsLandUnderTheirArrivalHourAndRefusedOnesStay() {
        assertThat(run()).isEqualTo(0);

        assertThat(out()).isEqualTo(resource("expected/first-run.txt"));
        assertThat(err()).isEmpty();
        assertThat(recorder.puts()).containsExactly(REFUSED_TARGET, BATCH_TARGET_09, BATCH_TARGET_10);
        assertThat(keys()).containsExactly(REFUSED_TARGET, BATCH_TARGET_09, BATCH_TARGET_10, REFUSED_KEY, BATCH_KEY);
        assertThat(lines(REFUSED_TARGET)).isEqualTo(resource("expected/hour-08.jsonl"));
        assertThat(lines(BATCH_TARGET_09)).isEqualTo(resource("expected/hour-09.jsonl"));
        assertThat(lines(BATCH_TARGET_10)).isEqualTo(resource("expected/hour-10.jsonl"));
        assertThat(lines(REFUSED_KEY)).isEqualTo(resource("refused-records.jsonl"));
        assertThat(lines(BATCH_KEY)).isEqualTo(resource("failed-batch.jsonl"));
    }

    @Test
    void aSecondRunWritesNothing() {
        run();
        Map<String, String> etags = etags();
        out.reset();
        recorder.clear();

        assertThat(run()).isEqualTo(0);

        assertThat(out()).isEqualTo(resource("expected/second-run.txt"));
        assertThat(recorder.puts()).isEmpty();
        assertThat(etags()).isEqualTo(etags);
    }

    @Test
    void aDryRunReportsAndChangesNothing() {
        Map<String, String> before = etags();

        assertThat(run("--dry-run")).isEqualTo(0);

        assertThat(out()).isEqualTo(resource("expected/dry-run.txt"));
        assertThat(recorder.puts()).isEmpty();
        assertThat(etags()).isEqualTo(before);
    }

    /** An earlier converter wrote ev-301 its own way and refused ev-302 and ev-303, which convert now. */
    @Test
    void linesAnEarlierRunWroteStayAndOnlyNewOnesAreAdded() {
        put(BATCH_TARGET_09, resource("expected/hour-09-ev-301-older.jsonl"));
        recorder.clear();

        assertThat(run("--from", "2026-12-01T09", "--to", "2026-12-01T09")).isEqualTo(0);

        assertThat(out()).isEqualTo(resource("expected/after-earlier-run.txt"));
        assertThat(recorder.puts()).containsExactly(BATCH_TARGET_09, BATCH_TARGET_10);
        assertThat(lines(BATCH_TARGET_09))
                .isEqualTo(resource("expected/hour-09-ev-301-older.jsonl") + resource("expected/hour-09-ev-302.jsonl"));
        assertThat(lines(BATCH_TARGET_10)).isEqualTo(resource("expected/hour-10.jsonl"));
    }

    /** The object already holds ev-202 as an earlier converter wrote it (12.5 where today's writes 12.50). */
    @Test
    void aConverterThatChangedBetweenRunsAddsNoSecondLineForAChange() {
        put(REFUSED_TARGET, resource("expected/earlier-run.jsonl"));
        Map<String, String> before = etags();
        recorder.clear();

        assertThat(run("--to", "2026-12-01T08")).isEqualTo(0);

        assertThat(out()).isEqualTo(resource("expected/converter-changed.txt"));
        assertThat(recorder.puts()).isEmpty();
        assertThat(lines(REFUSED_TARGET)).isEqualTo(resource("expected/earlier-run.jsonl"));
        assertThat(etags()).isEqualTo(before);
    }

    @Test
    void aWriterThatCreatesAnObjectAfterItWasReadLosesNoLine() {
        S3Client other = client(new RecordingInterceptor());
        recorder.beforeFirstPut(() -> put(other, BATCH_TARGET_09, resource("expected/hour-09-ev-301-older.jsonl")));

        assertThat(run("--from", "2026-12-01T09", "--to", "2026-12-01T09")).isEqualTo(0);

        assertThat(recorder.puts()).containsExactly(BATCH_TARGET_09, BATCH_TARGET_09, BATCH_TARGET_10);
        assertThat(lines(BATCH_TARGET_09))
                .isEqualTo(resource("expected/hour-09-ev-301-older.jsonl") + resource("expected/hour-09-ev-302.jsonl"));
        other.close();
    }

    @Test
    void aWriterThatChangesAnObjectAfterItWasReadLosesNoLine() {
        put(BATCH_TARGET_09, resource("expected/hour-09-ev-301.jsonl"));
        S3Client other = client(new RecordingInterceptor());
        recorder.clear();
        recorder.beforeFirstPut(() -> put(other, BATCH_TARGET_09, resource("expected/hour-09-ev-301-older.jsonl")));

        assertThat(run("--from", "2026-12-01T09", "--to", "2026-12-01T09")).isEqualTo(0);

        assertThat(recorder.puts()).containsExactly(BATCH_TARGET_09, BATCH_TARGET_09, BATCH_TARGET_10);
        assertThat(lines(BATCH_TARGET_09))
                .isEqualTo(resource("expected/hour-09-ev-301-older.jsonl") + resource("expected/hour-09-ev-302.jsonl"));
        other.close();
    }

    /** What the local replay writes under errors/ is an error object the re-drive reads as Firehose's. */
    @Test
    void theReplaysErrorObjectsAreRedrivenLikeFirehoses(@TempDir Path replayed) throws IOException {
        ChangeReplay.replay(List.of(resource("replay-input.jsonl").strip()), replayed, new Buffering(60, 1024 * 1024));
        try (Stream<Path> files = Files.walk(replayed.resolve("errors"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                s3.putObject(
                        b -> b.bucket(bucket).key(replayed.relativize(file).toString()), RequestBody.fromFile(file));
            }
        }
        recorder.clear();

        assertThat(run("--from", "2026-12-01T13")).isEqualTo(0);

        assertThat(out()).isEqualTo(resource("expected/replay-errors.txt"));
        assertThat(err()).isEmpty();
        assertThat(recorder.puts()).isEmpty();
    }

    @Test
    void aMalformedErrorRecordIsNamedAndCountedAndTheOthersGoOn() {
        upload(MALFORMED_KEY, "malformed-records.jsonl");
        recorder.clear();

        assertThat(run("--from", "2026-12-01T12")).isEqualTo(2);

        assertThat(err()).isEqualTo(resource("expected/malformed.err"));
        assertThat(out()).isEqualTo(resource("expected/malformed.txt"));
        assertThat(recorder.puts()).containsExactly(CHANGES + "12/redriven-05f14a7d982b294e.gz");
    }

    /**
     * Read as a stream, the lines before the cut convert before it shows (300 lines are more than the reader's
     * buffer holds): none of them may be written.
     */
    @Test
    void anErrorObjectCutShortIsMalformedAndNothingOfItIsWritten() {
        byte[] gzip = Gzip.compress(resource("failed-batch.jsonl").repeat(100).getBytes(StandardCharsets.UTF_8));
        s3.putObject(
                b -> b.bucket(bucket).key(CUT_KEY), RequestBody.fromBytes(Arrays.copyOf(gzip, gzip.length * 2 / 3)));
        recorder.clear();

        assertThat(run("--from", "2026-12-01T14")).isEqualTo(2);

        assertThat(err()).isEqualTo(resource("expected/cut.err"));
        assertThat(out()).isEqualTo(resource("expected/cut.txt"));
        assertThat(recorder.puts()).isEmpty();
    }

    @Test
    void aMissingBucketIsOneLineAndExitTwo() {
        RedriveOptions options = RedriveOptions.parse(List.of());
        int status = RedriveMain.run(options, new Bucket(s3, "no-such-bucket"), print(out), print(err));

        assertThat(status).isEqualTo(2);
        assertThat(err())
                .isEqualTo("error: listing s3://no-such-bucket/errors/processing-failed/ failed: NoSuchBucket (HTTP "
                        + "404): The specified bucket does not exist.\n");
    }

    @Test
    void anUnknownEnvironmentIsOneLineAndExitTwo() {
        int status = RedriveMain.run(
                List.of("--dry-run", "--environment", "nope"), EphemeralRequest.NONE, print(out), print(err));

        assertThat(status).isEqualTo(2);
        assertThat(err()).isEqualTo("error: --environment nope is not in cdktf.json; allowed: dev, prod\n");
    }

    private int run(String... args) {
        RedriveOptions options = RedriveOptions.parse(List.of(args));
        return RedriveMain.run(options, new Bucket(s3, bucket), print(out), print(err));
    }

    private static S3Client client(RecordingInterceptor interceptor) {
        return S3Clients.builder("eu-central-1", Optional.of(URI.create(S3_MOCK.getServiceEndpoint())))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .overrideConfiguration(o -> o.addExecutionInterceptor(interceptor))
                .build();
    }

    private void upload(String key, String resource) {
        put(key, resource(resource));
    }

    private void put(String key, String lines) {
        put(s3, key, lines);
    }

    private void put(S3Client client, String key, String lines) {
        client.putObject(
                b -> b.bucket(bucket).key(key),
                RequestBody.fromBytes(Gzip.compress(lines.getBytes(StandardCharsets.UTF_8))));
    }

    private List<String> keys() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                .map(S3Object::key)
                .toList();
    }

    private Map<String, String> etags() {
        return s3.listObjectsV2Paginator(b -> b.bucket(bucket)).contents().stream()
                .collect(Collectors.toMap(S3Object::key, S3Object::eTag));
    }

    private String lines(String key) {
        try {
            // GZIPInputStream refuses what is not gzip, so this also proves the object is gzipped.
            try (InputStream gzip =
                    new GZIPInputStream(s3.getObject(b -> b.bucket(bucket).key(key)))) {
                return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(bucket, "{{bucket}}");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(bucket, "{{bucket}}");
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    static String resource(String name) {
        try (InputStream in = RedriveS3MockTest.class.getResourceAsStream("/redrive/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource redrive/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
