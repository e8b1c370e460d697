package dev.ddbchanges.app.backfill;

import dev.ddbchanges.app.cli.Arguments;
import dev.ddbchanges.app.cli.Cli;
import dev.ddbchanges.app.cli.Pause;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.redrive.S3Clients;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.kinesis.KinesisClient;
import software.amazon.awssdk.services.kinesis.KinesisClientBuilder;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * README's backfill command: seeds an environment's history with its table's contents, from a point-in-time export
 * that it starts (after checking that streaming is on) or that {@code --export-arn} names. Runs with the caller's own
 * AWS credentials; the flags are {@link BackfillOptions}'. Exits 2 after one {@code error:} line.
 */
public final class BackfillMain {
    private BackfillMain() {}

    public static void main(String[] args) {
        Cli.silenceSdkLogging();
        Cli.exit(() -> run(List.of(args), EphemeralRequest.from(List.of(), System.getenv()), System.out, System.err));
    }

    static int run(List<String> args, EphemeralRequest ephemeral, PrintStream out, PrintStream err) {
        if (Arguments.wantsHelp(args)) {
            out.println("usage: " + BackfillOptions.USAGE);
            return Cli.OK;
        }
        BackfillOptions options = BackfillOptions.parse(args);
        BackfillTarget target =
                BackfillTarget.of(Path.of("cdktf.json"), options.environment(), ephemeral, options.bucket());
        Region region = Region.of(target.region());
        DynamoDbClientBuilder dynamodb = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region);
        KinesisClientBuilder kinesis = KinesisClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(region);
        options.endpoint().ifPresent(endpoint -> {
            dynamodb.endpointOverride(endpoint);
            kinesis.endpointOverride(endpoint);
        });
        try (DynamoDbClient dynamodbClient = dynamodb.build();
                KinesisClient kinesisClient = kinesis.build();
                S3Client s3 =
                        S3Clients.builder(target.region(), options.endpoint()).build()) {
            ExportSource source = new ExportSource(dynamodbClient, kinesisClient, Pause.REAL);
            new Backfill(target, options, source, new BackfillBucket(s3, target.bucket()), Clock.systemUTC(), out, err)
                    .run();
        }
        return Cli.OK;
    }
}
