package dev.ddbchanges.app.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code cdktf deploy|diff|destroy <stacks>} that runs this app, read from the command line of a parent process:
 * cdktf tells the app neither the command nor the stacks (it sets only {@code CDKTF_OUTDIR} and
 * {@code CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS}), and only the app knows that a missing {@code pr-*} stack needs
 * {@code DDB_CHANGES_ENVIRONMENT}. The options are cdktf-cli 0.19's; a command line with an option it does not know
 * is not read at all, so that an option's value is never taken for a stack.
 */
public record CdktfInvocation(String verb, List<String> stacks) {
    private static final Set<String> VERBS = Set.of("deploy", "apply", "destroy", "diff", "plan");
    private static final Set<String> VALUE_OPTIONS = Set.of(
            "app",
            "a",
            "output",
            "o",
            "outputs-file",
            "parallelism",
            "terraform-parallelism",
            "log-level",
            "experimental-provider-schema-cache-path");
    /** Array options take every following word up to the next option. */
    private static final Set<String> ARRAY_OPTIONS = Set.of("var", "var-file");

    private static final Set<String> BOOLEAN_OPTIONS = Set.of(
            "auto-approve",
            "ignore-missing-stack-dependencies",
            "migrate-state",
            "no-color",
            "outputs-file-include-sensitive-outputs",
            "refresh-only",
            "skip-synth",
            "disable-plugin-cache-env");
    /** How far up the process tree cdktf can be: java, the launcher, the shell cdktf starts the app in, cdktf. */
    private static final int MAX_DEPTH = 6;

    public CdktfInvocation {
        stacks = List.copyOf(stacks);
    }

    /** The invocation of the nearest parent process that is cdktf, if one is. */
    public static Optional<CdktfInvocation> ofParents() {
        List<List<String>> commandLines = new ArrayList<>();
        Optional<ProcessHandle> process = ProcessHandle.current().parent();
        for (int depth = 0; process.isPresent() && depth < MAX_DEPTH; depth++) {
            ProcessHandle.Info info = process.get().info();
            List<String> line = new ArrayList<>();
            info.command().ifPresent(line::add);
            info.arguments().ifPresent(arguments -> line.addAll(List.of(arguments)));
            commandLines.add(line);
            process = process.get().parent();
        }
        return nearest(commandLines);
    }

    static Optional<CdktfInvocation> nearest(List<List<String>> commandLines) {
        return commandLines.stream()
                .map(CdktfInvocation::parse)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** @param commandLine a process's command and arguments, such as {@code node /usr/bin/cdktf destroy pr-1} */
    static Optional<CdktfInvocation> parse(List<String> commandLine) {
        int cdktf = 0;
        while (cdktf < commandLine.size() && !isCdktf(commandLine.get(cdktf))) {
            cdktf++;
        }
        if (cdktf + 1 >= commandLine.size() || !VERBS.contains(commandLine.get(cdktf + 1))) {
            return Optional.empty();
        }
        List<String> stacks = new ArrayList<>();
        List<String> rest = commandLine.subList(cdktf + 2, commandLine.size());
        for (int i = 0; i < rest.size(); i++) {
            String word = rest.get(i);
            if (word.equals("--")) {
                stacks.addAll(rest.subList(i + 1, rest.size()));
                break;
            }
            if (!word.startsWith("-")) {
                stacks.add(word);
                continue;
            }
            String option = word.replaceFirst("^--?", "");
            if (option.contains("=")) {
                continue;
            }
            if (VALUE_OPTIONS.contains(option)) {
                i++;
            } else if (ARRAY_OPTIONS.contains(option)) {
                while (i + 1 < rest.size() && !rest.get(i + 1).startsWith("-")) {
                    i++;
                }
            } else if (BOOLEAN_OPTIONS.contains(option)) {
                if (i + 1 < rest.size() && Set.of("true", "false").contains(rest.get(i + 1))) {
                    i++;
                }
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new CdktfInvocation(commandLine.get(cdktf + 1), stacks));
    }

    /** The stacks named literally (not as a pattern) that are not among {@code synthesized}. */
    public List<String> missing(Collection<String> synthesized) {
        return stacks.stream()
                .filter(stack -> stack.chars().noneMatch(c -> "*?[]{}!".indexOf(c) >= 0))
                .filter(stack -> !synthesized.contains(stack))
                .toList();
    }

    private static boolean isCdktf(String word) {
        Path name = Path.of(word).getFileName();
        return name != null && Set.of("cdktf", "cdktf.js").contains(name.toString());
    }
}
