package dev.ddbchanges.app.rebuild;

import dev.ddbchanges.app.cli.Cli;
import dev.ddbchanges.app.cli.Pause;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;

/**
 * Starts one rebuild run of an environment's refresh machine and, unless told not to wait, follows it to its end. The
 * machine itself refuses to run beside another run (the run fails as RefreshSkipped), so a rebuild started during a
 * scheduled refresh says so and can simply be started again.
 */
final class Rebuild {
    static final String INPUT = "{\"mode\":\"rebuild\"}";
    private static final DateTimeFormatter RUN_NAME =
            DateTimeFormatter.ofPattern("'rebuild-'yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private final StepFunctions sfn;
    private final Clock clock;
    /** Waits before each look at the run: one DescribeExecution call each. */
    private final Pause pause;

    private final Duration pollInterval;

    Rebuild(StepFunctions sfn, Clock clock, Pause pause, Duration pollInterval) {
        this.sfn = sfn;
        this.clock = clock;
        this.pause = pause;
        this.pollInterval = pollInterval;
    }

    /** @return the command's exit status: 0 when the run succeeded (or was only started), 2 when it did not */
    int run(String stateMachineArn, boolean wait, PrintStream out, PrintStream err) throws InterruptedException {
        Instant started = clock.instant();
        String execution = sfn.start(stateMachineArn, RUN_NAME.format(started), INPUT);
        out.println("started " + execution);
        if (!wait) {
            out.println("not waiting: aws stepfunctions describe-execution --execution-arn " + execution);
            return Cli.OK;
        }
        DescribeExecutionResponse run;
        do {
            pause.sleep(pollInterval);
            run = sfn.describe(execution);
        } while (run.status() == ExecutionStatus.RUNNING || run.status() == ExecutionStatus.PENDING_REDRIVE);
        long seconds = Duration.between(started, clock.instant()).toSeconds();
        if (run.status() == ExecutionStatus.SUCCEEDED) {
            out.println("rebuilt current_state in " + seconds + " s");
            return Cli.OK;
        }
        err.println("error: the rebuild run " + run.statusAsString() + " after " + seconds + " s: "
                + (run.error() == null ? "no error named" : run.error())
                + (run.cause() == null ? "" : ": " + run.cause())
                + "; its history: aws stepfunctions get-execution-history --execution-arn " + execution);
        return Cli.BAD_INPUT;
    }
}
