package dev.ddbchanges.app.config;

import static java.util.stream.Collectors.toList;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one state-bootstrap stack creates: the state buckets of the environments of one account, in their one state
 * region. Each account gets its own stack, because a deploy runs with one account's credentials.
 *
 * @param project   names the state key's alias (the project of the environments)
 * @param accountId the account the buckets belong to, when the environments name it
 */
public record StateBootstrap(String project, String region, Optional<String> accountId, List<String> buckets) {
    /** The stack of the environments that name no account, and the start of every other one's name. */
    public static final String STACK_NAME = "state-bootstrap";

    public StateBootstrap {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        buckets = List.copyOf(buckets);
    }

    /**
     * {@code state-bootstrap-<account>}, like the account's CI-access stack; {@code state-bootstrap} where the
     * environments name no account (the credentials' own).
     */
    public String stackName() {
        return stackName(accountId.orElse(""));
    }

    /**
     * @return one per account, ordered by account (the one without an account first); empty when no environment keeps
     *     its state in S3
     */
    public static List<StateBootstrap> of(List<EnvironmentSettings> environments) {
        return byAccount(environments).values().stream()
                .map(StateBootstrap::ofOneAccount)
                .toList();
    }

    /** What keeps {@link #of} from building one stack per account that creates each state bucket once. */
    static List<String> problems(List<EnvironmentSettings> environments) {
        List<String> problems = new ArrayList<>();
        byAccount(environments).forEach((account, remote) -> {
            if (remote.stream().map(EnvironmentSettings::stateRegion).distinct().count() > 1) {
                problems.add(whose(account) + " keep their state in different regions: "
                        + describe(remote, EnvironmentSettings::stateRegion) + "; their stack "
                        + stackName(account) + " creates its state buckets in one region: give them one stateRegion");
            }
        });
        Map<String, List<EnvironmentSettings>> byBucket = environments.stream()
                .filter(e -> e.stateBucket().isPresent())
                .collect(Collectors.groupingBy(e -> e.stateBucket().orElseThrow(), TreeMap::new, toList()));
        byBucket.forEach((bucket, named) -> {
            if (named.stream().map(EnvironmentSettings::accountId).distinct().count() > 1) {
                problems.add("state bucket '" + bucket + "' is named by environments of different accounts: "
                        + describe(named, e -> e.accountId().orElse("no accountId"))
                        + "; a bucket belongs to one account, and each account's state-bootstrap stack creates its "
                        + "own: give each account its own stateBucket");
            }
        });
        return problems;
    }

    private static Map<String, List<EnvironmentSettings>> byAccount(List<EnvironmentSettings> environments) {
        return environments.stream()
                .filter(e -> e.stateBucket().isPresent())
                .collect(Collectors.groupingBy(e -> e.accountId().orElse(""), TreeMap::new, toList()));
    }

    private static String stackName(String account) {
        return account.isEmpty() ? STACK_NAME : STACK_NAME + "-" + account;
    }

    private static String whose(String account) {
        return account.isEmpty() ? "environments that name no accountId" : "environments of account " + account;
    }

    private static String describe(List<EnvironmentSettings> environments, Function<EnvironmentSettings, String> what) {
        return environments.stream()
                .map(e -> e.name() + " (" + what.apply(e) + ")")
                .collect(Collectors.joining(", "));
    }

    private static StateBootstrap ofOneAccount(List<EnvironmentSettings> remote) {
        EnvironmentSettings first = remote.get(0);
        return new StateBootstrap(
                first.project(),
                first.stateRegion(),
                first.accountId(),
                remote.stream()
                        .map(e -> e.stateBucket().orElseThrow())
                        .distinct()
                        .sorted()
                        .toList());
    }
}
