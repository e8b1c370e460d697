package dev.ddbchanges.app;

import dev.ddbchanges.app.config.CiAccount;
import dev.ddbchanges.app.config.CiNames;
import dev.ddbchanges.app.config.CiSettings;
import dev.ddbchanges.app.config.EnvironmentSettings;
import dev.ddbchanges.app.config.StateBootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The stacks {@link PipelineApp#synthesize} makes of validated settings, known before anything is synthesized. */
public final class Stacks {
    /** A stack and the AWS account it names, if any (without one, Terraform asks AWS whose credentials it has). */
    public record Stack(String name, Optional<String> accountId) {}

    private Stacks() {}

    public static List<Stack> of(List<EnvironmentSettings> environments, Optional<CiSettings> ci) {
        List<Stack> stacks = new ArrayList<>();
        environments.forEach(e -> stacks.add(new Stack(e.name(), e.accountId())));
        StateBootstrap.of(environments).forEach(b -> stacks.add(new Stack(b.stackName(), b.accountId())));
        ci.ifPresent(settings -> CiAccount.of(settings, environments)
                .forEach(a -> stacks.add(new Stack(CiNames.stack(a.accountId()), Optional.of(a.accountId())))));
        return List.copyOf(stacks);
    }

    public static List<String> names(List<Stack> stacks) {
        return stacks.stream().map(Stack::name).toList();
    }
}
