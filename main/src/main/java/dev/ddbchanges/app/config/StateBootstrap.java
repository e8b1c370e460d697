package dev.ddbchanges.app.config;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the state-bootstrap stack creates: every state bucket the environments name, in their one state region.
 *
 * @param project   names the state key's alias (the project of the environments)
 * @param accountId the account the buckets belong to, when the environments name it
 */
public record StateBootstrap(String project, String region, Optional<String> accountId, List<String> buckets) {
    /** The stack's name, so no environment may take it. */
    public static final String STACK_NAME = "state-bootstrap";

    public StateBootstrap {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        buckets = List.copyOf(buckets);
    }

    /**
     * @return empty when no environment keeps its state in S3
     */
    public static Optional<StateBootstrap> of(List<EnvironmentSettings> environments) {
        List<EnvironmentSettings> remote =
                environments.stream().filter(e -> e.stateBucket().isPresent()).toList();
        if (remote.isEmpty()) {
            return Optional.empty();
        }
        EnvironmentSettings first = remote.get(0);
        return Optional.of(new StateBootstrap(
                first.project(),
                first.stateRegion(),
                remote.stream()
                        .map(EnvironmentSettings::accountId)
                        .flatMap(Optional::stream)
                        .findFirst(),
                remote.stream()
                        .map(e -> e.stateBucket().orElseThrow())
                        .distinct()
                        .sorted()
                        .toList()));
    }
}
