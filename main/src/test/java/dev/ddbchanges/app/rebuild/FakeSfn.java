package dev.ddbchanges.app.rebuild;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionRequest;
import software.amazon.awssdk.services.sfn.model.DescribeExecutionResponse;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesRequest;
import software.amazon.awssdk.services.sfn.model.ListStateMachinesResponse;
import software.amazon.awssdk.services.sfn.model.SfnException;
import software.amazon.awssdk.services.sfn.model.StartExecutionRequest;
import software.amazon.awssdk.services.sfn.model.StartExecutionResponse;
import software.amazon.awssdk.services.sfn.model.StateMachineListItem;

/** Step Functions as the command sees it: runs started, and the answers each look at the run gets, in order. */
final class FakeSfn implements SfnClient {
    static final String EXECUTION_ARN = "arn:aws:states:eu-central-1:111111111111:execution:machine:run";

    final List<StartExecutionRequest> started = new ArrayList<>();
    final List<DescribeExecutionRequest> described = new ArrayList<>();
    final Deque<DescribeExecutionResponse> answers = new ArrayDeque<>();
    final List<StateMachineListItem> machines = new ArrayList<>();
    /** What every call answers instead, when set. */
    SfnException refusal;

    FakeSfn answering(DescribeExecutionResponse... responses) {
        answers.addAll(List.of(responses));
        return this;
    }

    @Override
    public StartExecutionResponse startExecution(StartExecutionRequest request) {
        started.add(request);
        refuseIfTold();
        return StartExecutionResponse.builder().executionArn(EXECUTION_ARN).build();
    }

    @Override
    public DescribeExecutionResponse describeExecution(DescribeExecutionRequest request) {
        described.add(request);
        return answers.remove();
    }

    @Override
    public ListStateMachinesResponse listStateMachines(ListStateMachinesRequest request) {
        refuseIfTold();
        return ListStateMachinesResponse.builder().stateMachines(machines).build();
    }

    private void refuseIfTold() {
        if (refusal != null) {
            throw refusal;
        }
    }

    @Override
    public String serviceName() {
        return "states";
    }

    @Override
    public void close() {}
}
