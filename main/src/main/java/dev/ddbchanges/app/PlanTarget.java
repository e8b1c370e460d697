package dev.ddbchanges.app;

import dev.ddbchanges.app.cli.CommandException;
import java.util.List;
import java.util.Optional;

/**
 * What the offline dry run can plan, decided before anything is synthesized. A stack that names no AWS account reads
 * the account from AWS (STS) while planning, which the offline plan's fake credentials cannot do; refusing it up front
 * says so in one line instead of in the provider's long failure after the synthesis.
 */
final class PlanTarget {
    private PlanTarget() {}

    /** @throws CommandException when {@code name} is no stack, or one without an account */
    static void check(String name, List<Stacks.Stack> stacks) {
        Optional<Stacks.Stack> stack =
                stacks.stream().filter(s -> s.name().equals(name)).findFirst();
        if (stack.isEmpty()) {
            throw CommandException.badInput("no stack '" + name + "' to plan; allowed: "
                    + String.join(", ", Stacks.names(stacks)) + " (the environments in cdktf.json, "
                    + "state-bootstrap-<account>, ci-access-<account>)");
        }
        if (stack.get().accountId().isEmpty()) {
            List<String> plannable = stacks.stream()
                    .filter(s -> s.accountId().isPresent())
                    .map(Stacks.Stack::name)
                    .toList();
            throw CommandException.badInput("'" + name + "' cannot be planned offline: it names no AWS account, so "
                    + "Terraform would ask AWS (STS) whose credentials it has, and the offline plan has none; set "
                    + "\"accountId\" of " + whose(name) + " in cdktf.json, or plan another stack"
                    + (plannable.isEmpty() ? "" : ": " + String.join(", ", plannable)));
        }
    }

    private static String whose(String name) {
        return name.equals(dev.ddbchanges.app.config.StateBootstrap.STACK_NAME)
                ? "the environments that keep their state in S3"
                : "'" + name + "'";
    }
}
