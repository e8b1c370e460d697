package dev.ddbchanges.app.redrive;

import dev.ddbchanges.app.cli.Arguments;
import dev.ddbchanges.app.cli.AwsErrors;
import dev.ddbchanges.app.cli.Cli;
import dev.ddbchanges.app.config.EphemeralRequest;
import dev.ddbchanges.app.config.InvalidSettingsException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * README's re-drive command: converts the records under {@code errors/processing-failed/} of an environment's data
 * bucket again with the current converter and adds what converts to {@code changes/}, each change once however often
 * it runs. The flags are {@link RedriveOptions}' ({@code DDB_CHANGES_ENVIRONMENT} names an ephemeral environment, as
 * for cdktf). Exits 2 after one line naming what failed and why, or after the counts when an error record was
 * malformed.
 */
public final class RedriveMain {
    static final String USAGE = "./ddb-changes redrive [--dry-run] [--from <hour>] [--to <hour>] [--environment <env>] "
            + "[--bucket <name>]";

    private RedriveMain() {}

    public static void main(String[] args) {
        Cli.silenceSdkLogging();
        Cli.exit(() -> run(List.of(args), EphemeralRequest.from(List.of(), System.getenv()), System.out, System.err));
    }

    static int run(List<String> args, EphemeralRequest ephemeral, PrintStream out, PrintStream err) {
        if (Arguments.wantsHelp(args)) {
            out.println("usage: " + USAGE + "; " + RedriveOptions.ALLOWED);
            return Cli.OK;
        }
        try {
            RedriveOptions options = RedriveOptions.parse(args);
            DataBucket bucket =
                    DataBucket.of(Path.of("cdktf.json"), options.environment(), ephemeral, options.bucket());
            try (S3Client s3 =
                    S3Clients.builder(bucket.region(), options.endpoint()).build()) {
                return run(options, new Bucket(s3, bucket.name()), out, err);
            }
        } catch (RedriveException | InvalidSettingsException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    /** A run on a bucket whose client the caller built: the tests' entry. */
    static int run(RedriveOptions options, Bucket bucket, PrintStream out, PrintStream err) {
        try {
            RedriveReport report = new Redrive(bucket, options.dryRun(), err).run(options.hours());
            report.print(
                    out, "s3://" + bucket.name() + "/" + Redrive.PROCESSING_FAILED, options.hours(), options.dryRun());
            return report.malformedCount() == 0 ? 0 : 2;
        } catch (RedriveException e) {
            err.println("error: " + e.getMessage());
        } catch (SdkClientException e) {
            err.println(
                    "error: s3://" + bucket.name() + " could not be reached: " + AwsErrors.clientError(e.getMessage()));
        }
        return 2;
    }
}
