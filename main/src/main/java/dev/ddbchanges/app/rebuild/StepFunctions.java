package dev.ddbchanges.app.rebuild;

import dev.ddbchanges.app.cli.AwsErrors;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/**
 * The command's Step Functions calls. A refused call ends the command with one error line naming the call and AWS's
 * answer; when the caller lacks a right (Step Functions' own or the key's, which encrypts each run's input and
 * history), the line lists every right the command needs, since the first refusal rarely names them all.
 *
 * @param rights what the caller needs, as {@link #rights} words it
 */
record StepFunctions(SfnClient sfn, String rights) {

    /**
     * @param account the environment's account; without one the machine is looked up by name, with its own right
     */
    static String rights(String region, Optional<String> account, String machine, String keyAlias) {
        String prefix = "arn:aws:states:" + region + ":" + account.orElse("<account>") + ":";
        return "the caller needs states:StartExecution on " + prefix + "stateMachine:" + machine
                + ", states:DescribeExecution on " + prefix + "execution:" + machine + ":*"
                + (account.isPresent() ? "" : ", states:ListStateMachines (the environment names no accountId)")
                + " and kms:GenerateDataKey and kms:Decrypt on the environment's key " + keyAlias
                + " (the machine is encrypted with it)";
    }

    String start(String machineArn, String runName, String input) {
        return call(
                        "states:StartExecution on " + machineArn,
                        () -> sfn.startExecution(request -> request.stateMachineArn(machineArn)
                                .name(runName)
                                .input(input)))
                .executionArn();
    }

    DescribeExecutionResponse describe(String executionArn) {
        return call(
                "states:DescribeExecution of " + executionArn,
                () -> sfn.describeExecution(request -> request.executionArn(executionArn)));
    }

    /** The ARN of the caller's account's machine with this name, if there is one. */
    Optional<String> find(String machine) {
        return call(
                "states:ListStateMachines",
                () -> sfn.listStateMachinesPaginator(request -> {}).stateMachines().stream()
                        .filter(item -> item.name().equals(machine))
                        .map(StateMachineListItem::stateMachineArn)
                        .findFirst());
    }

    private <T> T call(String what, Supplier<T> call) {
        return AwsErrors.call(what, call, refused -> {
            String code = refused.awsErrorDetails().errorCode();
            return code.contains("AccessDenied")
                    ? "; " + rights
                    : code.equals("StateMachineDoesNotExist") ? "; deploy the environment first" : "";
        });
    }
}
