package dev.ddbchanges.app.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A command's argv: {@code --flag value} or {@code --flag=value}, switches, and at most {@code maxPositionals}
 * operands. Anything else is refused with the command's usage line, which names every flag it takes.
 *
 * <p>Written here rather than taken from picocli: four commands of at most six flags, each refusal in the one-line
 * {@code error: ... allowed: ...} form every other message of the project has; picocli's own messages, usage help and
 * annotations would be more code to bend than this is to read. Commands with subcommands or typed options would
 * change that.
 */
public final class Arguments {
    private final Map<String, String> values;
    private final List<String> positionals;

    private Arguments(Map<String, String> values, List<String> positionals) {
        this.values = values;
        this.positionals = positionals;
    }

    /**
     * @param usage the command's synopsis, such as {@code ./ddb-changes plan [<environment>]}
     * @param valueFlags the flags that take a value
     * @param switches the flags that take none
     * @throws CommandException for an unknown flag, a flag without its value, a repeated flag or one operand too many
     */
    public static Arguments parse(
            List<String> args, String usage, Set<String> valueFlags, Set<String> switches, int maxPositionals) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> positionals = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("-")) {
                if (positionals.size() == maxPositionals) {
                    throw CommandException.badInput("unexpected argument '" + arg + "'; usage: " + usage);
                }
                positionals.add(arg);
                continue;
            }
            int equals = arg.indexOf('=');
            String flag = equals < 0 ? arg : arg.substring(0, equals);
            String value;
            if (switches.contains(flag) && equals < 0) {
                value = "";
            } else if (!valueFlags.contains(flag)) {
                throw CommandException.badInput("unknown argument '" + arg + "'; usage: " + usage);
            } else if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw CommandException.badInput(flag + " needs a value; usage: " + usage);
            }
            if (values.put(flag, value) != null) {
                throw CommandException.badInput(flag + " is given twice; usage: " + usage);
            }
        }
        return new Arguments(values, List.copyOf(positionals));
    }

    /** {@code --help} or {@code -h} anywhere: the command prints its usage and does nothing else. */
    public static boolean wantsHelp(List<String> args) {
        return args.contains("--help") || args.contains("-h");
    }

    public Optional<String> value(String flag) {
        return Optional.ofNullable(values.get(flag));
    }

    public boolean has(String flag) {
        return values.containsKey(flag);
    }

    public Optional<String> positional(int index) {
        return index < positionals.size() ? Optional.of(positionals.get(index)) : Optional.empty();
    }
}
