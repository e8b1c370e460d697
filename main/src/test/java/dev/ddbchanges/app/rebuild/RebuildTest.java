package dev.ddbchanges.app.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ddbchanges.app.TestApps;
import dev.ddbchanges.app.cli.CommandException;
import dev.ddbchanges.app.config.EphemeralRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ExecutionStatus;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StateMachineDoesNotExistException;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

class RebuildTest {
    private static final String DEV_MACHINE =
            "arn:aws:states:eu-central-1:111111111111:stateMachine:ddb-changes-dev-current-state-refresh";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Duration> pauses = new ArrayList<>();

    @Test
    void startsARebuildRunOfTheEnvironmentsMachineAndFollowsItToSuccess() throws Exception {
        FakeSfn sfn = new FakeSfn().answering(status(ExecutionStatus.RUNNING), status(ExecutionStatus.SUCCEEDED));

        int status = main(sfn, "--environment", "dev");

        assertThat(status).isZero();
        assertThat(sfn.started).singleElement().satisfies(request -> {
            assertThat(request.stateMachineArn()).isEqualTo(DEV_MACHINE);
            assertThat(request.input()).isEqualTo("{\"mode\":\"rebuild\"}");
            assertThat(request.name()).startsWith("rebuild-").matches("rebuild-\\d{8}T\\d{6}Z");
        });
        assertThat(sfn.described)
                .hasSize(2)
                .allSatisfy(request -> assertThat(request.executionArn()).isEqualTo(FakeSfn.EXECUTION_ARN));
        assertThat(text(out))
                .startsWith("started " + FakeSfn.EXECUTION_ARN + "\n")
                .contains("rebuilt current_state");
        assertThat(text(err)).isEmpty();
    }

    @Test
    void aRunThatFailsExitsTwoWithItsErrorAndCause() throws Exception {
        FakeSfn sfn = new FakeSfn()
                .answering(DescribeExecutionResponse.builder()
                        .status(ExecutionStatus.FAILED)
                        .error("RefreshSkipped")
                        .cause("Another run of this state machine is still going")
                        .build());
        Clock clock = Clock.fixed(Instant.parse("2026-12-02T05:00:00Z"), ZoneOffset.UTC);

        int status = new Rebuild(new StepFunctions(sfn, "rights"), clock, pauses::add, Duration.ofSeconds(10))
                .run(DEV_MACHINE, true, new PrintStream(out, true), new PrintStream(err, true));

        assertThat(status).isEqualTo(2);
        assertThat(sfn.started.get(0).name()).isEqualTo("rebuild-20261202T050000Z");
        assertThat(pauses).containsExactly(Duration.ofSeconds(10));
        assertThat(text(err))
                .isEqualTo("error: the rebuild run FAILED after 0 s: RefreshSkipped: Another run of this state machine"
                        + " is still going; its history: aws stepfunctions get-execution-history --execution-arn "
                        + FakeSfn.EXECUTION_ARN + "\n");
    }

    @Test
    void withNoWaitItOnlyStartsTheRun() throws Exception {
        FakeSfn sfn = new FakeSfn();

        int status = main(sfn, "--environment", "dev", "--no-wait");

        assertThat(status).isZero();
        assertThat(sfn.started).hasSize(1);
        assertThat(sfn.described).isEmpty();
    }

    /** settings/minimal.json's sandbox names no account: its machine is looked up by name. */
    @Test
    void anEnvironmentWithoutAnAccountFindsItsMachineByName() throws Exception {
        FakeSfn sfn = new FakeSfn().answering(status(ExecutionStatus.SUCCEEDED));
        String arn = "arn:aws:states:eu-west-1:999999999999:stateMachine:ddb-changes-sandbox-current-state-refresh";
        sfn.machines.add(StateMachineListItem.builder()
                .name("other")
                .stateMachineArn("arn:aws:states:eu-west-1:999999999999:stateMachine:other")
                .build());
        sfn.machines.add(StateMachineListItem.builder()
                .name("ddb-changes-sandbox-current-state-refresh")
                .stateMachineArn(arn)
                .build());

        int status = withSettings(TestApps.resource("settings/minimal.json"), sfn, "--environment", "sandbox");

        assertThat(status).isZero();
        assertThat(sfn.started.get(0).stateMachineArn()).isEqualTo(arn);
    }

    @Test
    void aCallerWithoutTheRightsIsToldEveryRightItNeeds() {
        FakeSfn sfn = new FakeSfn();
        sfn.refusal = refusal(
                SfnException.builder(),
                "AccessDeniedException",
                "User: arn:aws:sts::111111111111:assumed-role/ops/me is not authorized to perform:"
                        + " states:StartExecution");

        assertThatThrownBy(() -> main(sfn, "--environment", "dev"))
                .isInstanceOf(CommandException.class)
                .hasMessage("states:StartExecution on " + DEV_MACHINE + " failed: AccessDeniedException (HTTP 400):"
                        + " User: arn:aws:sts::111111111111:assumed-role/ops/me is not authorized to perform:"
                        + " states:StartExecution; the caller needs states:StartExecution on " + DEV_MACHINE
                        + ", states:DescribeExecution on arn:aws:states:eu-central-1:111111111111:execution:"
                        + "ddb-changes-dev-current-state-refresh:* and kms:GenerateDataKey and kms:Decrypt on the"
                        + " environment's key alias/ddb-changes-dev (the machine is encrypted with it)");
    }

    /** Without an account the listing is one more right, and the ARNs can only name the account as a placeholder. */
    @Test
    void aCallerThatMayNotListMachinesIsToldSoToo() {
        FakeSfn sfn = new FakeSfn();
        sfn.refusal = refusal(SfnException.builder(), "AccessDeniedException", "not authorized");

        assertThatThrownBy(
                        () -> withSettings(TestApps.resource("settings/minimal.json"), sfn, "--environment", "sandbox"))
                .isInstanceOf(CommandException.class)
                .hasMessage("states:ListStateMachines failed: AccessDeniedException (HTTP 400): not authorized;"
                        + " the caller needs states:StartExecution on arn:aws:states:eu-central-1:<account>:stateMachine:"
                        + "ddb-changes-sandbox-current-state-refresh, states:DescribeExecution on"
                        + " arn:aws:states:eu-central-1:<account>:execution:ddb-changes-sandbox-current-state-refresh:*,"
                        + " states:ListStateMachines (the environment names no accountId) and kms:GenerateDataKey and"
                        + " kms:Decrypt on the environment's key alias/ddb-changes-sandbox (the machine is encrypted"
                        + " with it)");
    }

    @Test
    void aMachineNotDeployedYetIsNamedWithAwssAnswer() {
        FakeSfn sfn = new FakeSfn();
        sfn.refusal = refusal(
                StateMachineDoesNotExistException.builder(),
                "StateMachineDoesNotExist",
                "State Machine Does Not Exist: '" + DEV_MACHINE + "'");

        assertThatThrownBy(() -> main(sfn, "--environment", "dev"))
                .isInstanceOf(CommandException.class)
                .hasMessage("states:StartExecution on " + DEV_MACHINE + " failed: StateMachineDoesNotExist (HTTP 400):"
                        + " State Machine Does Not Exist: '" + DEV_MACHINE + "'; deploy the environment first");
    }

    /** settings/every-setting.json's staging turns the table off. */
    @Test
    void anEnvironmentWithoutTheTableIsRefused() {
        FakeSfn sfn = new FakeSfn();

        assertThatThrownBy(() ->
                        withSettings(TestApps.resource("settings/every-setting.json"), sfn, "--environment", "staging"))
                .isInstanceOf(CommandException.class)
                .hasMessageStartingWith("environment staging has currentStateTable false");
        assertThat(sfn.started).isEmpty();
    }

    @Test
    void theEnvironmentMustBeNamedAndTheEndpointBeAUrl() {
        assertThatThrownBy(() -> main(new FakeSfn()))
                .isInstanceOf(CommandException.class)
                .hasMessageStartingWith("--environment is required; usage: ./ddb-changes rebuild-current-state");
        assertThatThrownBy(() -> main(new FakeSfn(), "--environment", "dev", "--endpoint", "not a url"))
                .isInstanceOf(CommandException.class)
                .hasMessageStartingWith("--endpoint not a url is not a URL");
    }

    private int main(FakeSfn sfn, String... args) throws InterruptedException {
        return withSettings(TestApps.CDKTF_JSON, sfn, args);
    }

    private int withSettings(Path cdktfJson, FakeSfn sfn, String... args) throws InterruptedException {
        return RebuildMain.run(
                List.of(args),
                cdktfJson,
                EphemeralRequest.NONE,
                new PrintStream(out, true),
                new PrintStream(err, true),
                (region, endpoint) -> sfn,
                pauses::add);
    }

    private static SfnException refusal(SfnException.Builder builder, String code, String message) {
        return (SfnException) builder.statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode(code)
                        .errorMessage(message)
                        .build())
                .build();
    }

    private static DescribeExecutionResponse status(ExecutionStatus status) {
        return DescribeExecutionResponse.builder().status(status).build();
    }

    private static String text(ByteArrayOutputStream stream) {
        return stream.toString(StandardCharsets.UTF_8);
    }
}
