package dev.ddbchanges.app;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/** The hygiene rules every workflow is held to; each returns what breaks it, one line per finding. */
final class WorkflowRules {
    private static final Pattern PINNED = Pattern.compile("[\\w.-]+/[\\w.-]+@v\\d+\\.\\d+\\.\\d+");
    private static final Set<String> JOB_PERMISSIONS =
            Set.of("contents: read", "pull-requests: read", "pull-requests: write", "id-token: write");
    private static final String CREDENTIALS = "aws-actions/configure-aws-credentials@";

    private WorkflowRules() {}

    static List<String> unpinnedActions(Map<String, JsonNode> workflows) {
        List<String> found = new ArrayList<>();
        Workflows.forEachJob(
                workflows,
                (job, steps) -> steps.path("steps").forEach(step -> {
                    if (step.has("uses")
                            && !PINNED.matcher(step.path("uses").asText()).matches()) {
                        found.add(job + ": " + step.path("uses").asText());
                    }
                }));
        return found;
    }

    /** Nothing for the whole workflow; each job names what it needs; only role-assuming jobs get an OIDC token. */
    static List<String> broadPermissions(Map<String, JsonNode> workflows) {
        List<String> found = new ArrayList<>();
        workflows.forEach((name, workflow) -> {
            JsonNode top = workflow.path("permissions");
            boolean none = top.isObject() && top.isEmpty();
            boolean readContents = top.isObject()
                    && top.size() == 1
                    && "read".equals(top.path("contents").asText());
            if (!none && !readContents) {
                found.add(name + ": top-level permissions " + top);
            }
        });
        Workflows.forEachJob(workflows, (job, definition) -> {
            JsonNode permissions = definition.path("permissions");
            if (!permissions.isObject()) {
                found.add(job + ": declares no permissions of its own");
            }
            permissions.properties().forEach(permission -> {
                String granted =
                        permission.getKey() + ": " + permission.getValue().asText();
                if (!JOB_PERMISSIONS.contains(granted)) {
                    found.add(job + ": " + granted);
                }
            });
            boolean token = "write".equals(permissions.path("id-token").asText());
            if (token != assumesRole(definition)) {
                found.add(job + ": id-token " + (token ? "without a role to assume" : "missing"));
            }
        });
        return found;
    }

    /** An expression in a script is pasted into the code before it runs: untrusted text would become code. */
    static List<String> expressionsInScripts(Map<String, JsonNode> workflows) {
        List<String> found = new ArrayList<>();
        Workflows.forEachJob(
                workflows,
                (job, definition) -> definition.path("steps").forEach(step -> {
                    for (String script : List.of(
                            step.path("run").asText(""),
                            step.path("with").path("script").asText(""))) {
                        if (script.contains("${{")) {
                            found.add(job + ": "
                                    + script.strip().lines().findFirst().orElse(""));
                        }
                    }
                }));
        return found;
    }

    /** Checkout leaves the job's token in .git/config unless told not to, where any later step can read it. */
    static List<String> persistedTokens(Map<String, JsonNode> workflows) {
        List<String> found = new ArrayList<>();
        Workflows.forEachJob(
                workflows,
                (job, definition) -> definition.path("steps").forEach(step -> {
                    if (step.path("uses").asText().startsWith("actions/checkout@")
                            && !"false"
                                    .equals(step.path("with")
                                            .path("persist-credentials")
                                            .asText())) {
                        found.add(job + ": checkout keeps the token");
                    }
                }));
        return found;
    }

    /** pull_request_target runs with the base repository's secrets and token: it must not run the pull request. */
    static List<String> pullRequestCheckouts(Map<String, JsonNode> workflows) {
        List<String> found = new ArrayList<>();
        workflows.forEach((name, workflow) -> {
            if (!triggers(workflow).has("pull_request_target")) {
                return;
            }
            workflow.path("jobs")
                    .forEach(job -> job.path("steps").forEach(step -> {
                        if (step.path("uses").asText().startsWith("actions/checkout@")
                                && step.path("with").has("ref")) {
                            found.add(name + ": checks out "
                                    + step.path("with").path("ref").asText());
                        }
                    }));
        });
        return found;
    }

    /**
     * A dispatched workflow's inputs reach one job, validate, through its steps' environment; every other job needs
     * validate and reads only its outputs, and no workflow-level key (concurrency, run-name, env) reads them.
     */
    static List<String> unvalidatedInputs(Map<String, JsonNode> workflows) {
        List<String> found = new ArrayList<>();
        workflows.forEach((name, workflow) -> {
            if (!triggers(workflow).path("workflow_dispatch").has("inputs")) {
                return;
            }
            workflow.properties().forEach(key -> {
                if (!List.of("on", "true", "jobs").contains(key.getKey())
                        && key.getValue().toString().contains("inputs.")) {
                    found.add(name + ": " + key.getKey() + " reads the inputs themselves");
                }
            });
            JsonNode validate = workflow.path("jobs").path("validate");
            if (validate.isMissingNode() || assumesRole(validate)) {
                found.add(name + ": no validate job without credentials");
            }
            workflow.path("jobs").properties().forEach(job -> {
                if (job.getKey().equals("validate")) {
                    return;
                }
                List<String> needs = job.getValue().path("needs").isArray()
                        ? StreamSupport.stream(job.getValue().path("needs").spliterator(), false)
                                .map(JsonNode::asText)
                                .toList()
                        : List.of(job.getValue().path("needs").asText());
                if (!needs.contains("validate")) {
                    found.add(name + " " + job.getKey() + ": does not need validate");
                }
                if (job.getValue().toString().contains("inputs.")) {
                    found.add(name + " " + job.getKey() + ": reads the inputs themselves");
                }
            });
        });
        return found;
    }

    /**
     * Without a shell named, GitHub runs a script as `bash -e {0}`: a failing command at the head of a pipe goes
     * unnoticed. `shell: bash` runs it as `bash --noprofile --norc -eo pipefail {0}`.
     */
    static List<String> scriptsWithoutPipefail(Map<String, JsonNode> workflows) {
        List<String> found = new ArrayList<>();
        workflows.forEach((name, workflow) -> {
            if (!"bash"
                    .equals(workflow.path("defaults").path("run").path("shell").asText())) {
                found.add(name + ": no defaults.run.shell bash");
            }
        });
        Workflows.forEachJob(
                workflows,
                (job, definition) -> definition.path("steps").forEach(step -> {
                    if (step.has("shell") && !"bash".equals(step.path("shell").asText())) {
                        found.add(job + ": shell " + step.path("shell").asText());
                    }
                }));
        return found;
    }

    /** YAML 1.1 reads the key `on` as true. */
    static JsonNode triggers(JsonNode workflow) {
        return workflow.has("on") ? workflow.path("on") : workflow.path("true");
    }

    static boolean assumesRole(JsonNode job) {
        return StreamSupport.stream(job.path("steps").spliterator(), false)
                .anyMatch(step -> step.path("uses").asText().startsWith(CREDENTIALS));
    }
}
