package dev.ddbchanges.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads and checks {@code context.ci}, which every environment with {@code automation: true} depends on. */
final class CiParser {
    /** GitHub's account rule: 1-39 letters, digits and single inner hyphens. */
    private static final String OWNER = "[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}";
    /** GitHub's repository rule: 1-100 of letters, digits, '.', '-' and '_'; "." and ".." are refused. */
    private static final String NAME = "(?!\\.{1,2}$)[A-Za-z0-9._-]{1,100}";

    static final Rule<String> REPOSITORY = Rule.matching(
            OWNER + "/" + NAME,
            "<owner>/<name>: owner 1-39 letters, digits and single hyphens, not at either end; name 1-100 letters, "
                    + "digits, '.', '-' and '_', not \".\" or \"..\"");
    /** A safe subset of git's ref rules, so the name can go into a workflow's branch filter as it is. */
    static final Rule<String> BRANCH = Rule.matching(
            "(?!.*\\.\\.)(?!.*@\\{)(?!.*//)[A-Za-z0-9_][A-Za-z0-9._/-]{0,243}(?<![/.])(?<!\\.lock)",
            "a git branch name: letters, digits, '.', '_', '-' and '/', at most 244 characters, no \"..\", \"//\" "
                    + "or \"@{\", not starting with '-', '.' or '/', not ending with '/', '.' or \".lock\"");

    static final List<String> KEYS = List.of("repository", "defaultBranch");

    private CiParser() {}

    /**
     * Without {@code context.ci} no CI-access stack is built; that is refused when an environment says it is deployed
     * by CI, because its roles would then be defined outside this repository, unreviewed.
     */
    static Optional<CiSettings> parse(JsonNode root, List<EnvironmentSettings> environments, Problems problems) {
        JsonNode ci = root.at(CiSettings.POINTER);
        if (ci.isMissingNode() || ci.isNull()) {
            List<String> automated = environments.stream()
                    .filter(EnvironmentSettings::automation)
                    .map(EnvironmentSettings::name)
                    .toList();
            if (!automated.isEmpty()) {
                problems.add("context.ci is not set but environments " + String.join(", ", automated)
                        + " have automation = true; set context.ci to {\"repository\": \"<owner>/<name>\", "
                        + "\"defaultBranch\": \"main\"} so the CI roles trust that repository only");
            }
            return Optional.empty();
        }
        if (!ci.isObject()) {
            problems.add("context.ci = " + ci + " is not allowed; allowed: a JSON object with repository and "
                    + "defaultBranch");
            return Optional.empty();
        }
        int before = problems.size();
        ci.propertyStream()
                .map(Map.Entry::getKey)
                .filter(key -> !KEYS.contains(key))
                .forEach(key -> problems.add(
                        "context.ci: unknown setting '" + key + "'; known settings: " + String.join(", ", KEYS)));
        Optional<String> repository = text(ci, "repository", REPOSITORY, problems);
        Optional<String> branch = text(ci, "defaultBranch", BRANCH, problems);
        if (problems.size() > before || repository.isEmpty() || branch.isEmpty()) {
            return Optional.empty();
        }
        checkProjects(environments, problems);
        checkNamePatterns(environments, problems);
        checkReservedNames(environments, problems);
        return Optional.of(new CiSettings(repository.get(), branch.get()));
    }

    /** One account holds one boundary policy and one preview role, both named after the project. */
    private static void checkProjects(List<EnvironmentSettings> environments, Problems problems) {
        Map<String, String> projects = new LinkedHashMap<>();
        for (EnvironmentSettings e : environments) {
            if (!e.automation() || e.accountId().isEmpty()) {
                continue;
            }
            String account = e.accountId().get();
            String project = projects.putIfAbsent(account, e.project());
            if (project != null && !project.equals(e.project())) {
                problems.add("environment '" + e.name() + "': project = \"" + e.project() + "\" but automated "
                        + "environments of account " + account + " have project \"" + project + "\"; the account's "
                        + "CI-access stack serves one project: give them one project or separate accounts");
            }
        }
    }

    /**
     * A CI role reaches its environment's resources by the name pattern {@code <project>-<environment>-*}, and the
     * preview role every {@code <project>-pr-*}: no other environment's names may fall under either pattern.
     */
    private static void checkNamePatterns(List<EnvironmentSettings> environments, Problems problems) {
        List<EnvironmentSettings> declared =
                environments.stream().filter(e -> e.baseEnvironment().isEmpty()).toList();
        for (EnvironmentSettings e : declared) {
            // "pr" itself would share the previews' boundary name and fall under the preview role's patterns.
            if (e.name().startsWith(CiNames.PREVIEW_PREFIX) || (e.name() + "-").equals(CiNames.PREVIEW_PREFIX)) {
                problems.add("environment '" + e.name() + "': a declared environment may not be named pr or start with "
                        + CiNames.PREVIEW_PREFIX + "; those names are the previews', which the preview role reaches");
            }
            for (EnvironmentSettings automated : declared) {
                if (automated.automation()
                        && automated != e
                        && Names.prefix(e).startsWith(Names.prefix(automated) + "-")) {
                    problems.add("environment '" + e.name() + "': its names start with " + Names.prefix(automated)
                            + "-, so the CI roles of '" + automated.name() + "' would reach them; rename one");
                }
            }
        }
    }

    /**
     * A deploy role may manage every bucket and role named {@code <project>-<environment>-*}. Over a state bucket
     * that would let one environment's pipeline rewrite every environment's state; over the CI roles' names its
     * deploys would create roles the explicit deny on the CI identities refuses.
     */
    private static void checkReservedNames(List<EnvironmentSettings> environments, Problems problems) {
        List<String> buckets = environments.stream()
                .flatMap(e -> e.stateBucket().stream())
                .distinct()
                .toList();
        for (EnvironmentSettings e : environments) {
            if (e.baseEnvironment().isPresent()) {
                continue;
            }
            String names = Names.prefix(e) + "-";
            for (String bucket : buckets) {
                if (bucket.startsWith(names)) {
                    problems.add("environment '" + e.name() + "': its names start with " + names + ", like the state "
                            + "bucket " + bucket + ", so its CI roles would reach the state bucket; rename the "
                            + "environment or the bucket");
                }
            }
            String roles = CiNames.rolePrefix(e.project());
            if (roles.startsWith(names) || names.startsWith(roles)) {
                problems.add("environment '" + e.name() + "': its names start with " + names + ", which overlaps "
                        + "the CI roles' names " + roles + "*; rename the environment");
            }
        }
    }

    private static Optional<String> text(JsonNode ci, String key, Rule<String> rule, Problems problems) {
        JsonNode value = ci.get(key);
        if (value == null) {
            problems.add("context.ci." + key + " is not set; allowed: " + rule.allowed());
            return Optional.empty();
        }
        Optional<String> read = rule.read(value);
        if (read.isEmpty()) {
            problems.add("context.ci." + key + " = " + value + " is not allowed; allowed: " + rule.allowed());
        }
        return read;
    }
}
