package dev.boomiemulator.server;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the emulator's configuration from the environment and the command line (a flag wins over its
 * variable), and writes the help, both from the {@link CliFlag} table.
 */
final class CommandLine {
    static final String PROGRAM = "boomi-emulator";

    private CommandLine() {
    }

    /** What the command line asks for: the help, or a server with this configuration. */
    record Request(boolean help, EmulatorConfig config) {
    }

    /** A flag or variable the emulator cannot use; its message is one line that names it. */
    static final class UsageError extends IllegalArgumentException {
        UsageError(String message) {
            super(message);
        }
    }

    static Request parse(String[] args, Map<String, String> env) {
        EmulatorConfig.Builder config = EmulatorConfig.builder();
        for (CliFlag flag : CliFlag.values()) {
            String value = flag.environmentVariable == null ? null : env.get(flag.environmentVariable);
            // an empty variable (docker run -e NAME=) means "not set", as in most tools
            if (value != null && !value.isBlank()) {
                apply(flag, flag.environmentVariable, config, value);
            }
        }
        boolean help = false;
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String word = rest.pop();
            int equals = word.indexOf('=');
            String name = word.startsWith("--") && equals > 0 ? word.substring(0, equals) : word;
            String inlineValue = name.equals(word) ? null : word.substring(equals + 1);
            CliFlag flag = flagNamed(name).orElseThrow(() -> new UsageError((name.startsWith("-")
                    ? "unknown flag " + name : "unexpected argument " + name + " (fixture files go after --fixtures)")
                    + "; the flags are " + allNames() + " (see --help)"));
            if (flag == CliFlag.HELP) {
                help = true;
            } else if (!flag.takesValue()) {
                if (inlineValue != null) {
                    throw new UsageError(flag.flagName() + " takes no value, got " + word);
                }
                apply(flag, flag.flagName(), config, flag.switchValue);
            } else {
                String value = inlineValue != null ? inlineValue : valueAfter(flag, rest);
                apply(flag, flag.flagName(), config, value);
            }
        }
        return new Request(help, help ? null : build(config));
    }

    private static String valueAfter(CliFlag flag, Deque<String> rest) {
        if (rest.isEmpty() || flagNamed(rest.peek()).isPresent()) {
            throw new UsageError(flag.flagName() + " needs a value: " + flag.synopsis());
        }
        return rest.pop();
    }

    private static void apply(CliFlag flag, String source, EmulatorConfig.Builder config, String value) {
        try {
            flag.apply(config, value);
        } catch (IllegalArgumentException e) {
            throw new UsageError(source + " " + e.getMessage());
        }
    }

    private static EmulatorConfig build(EmulatorConfig.Builder config) {
        try {
            return config.build();
        } catch (IllegalArgumentException e) {
            throw new UsageError(e.getMessage());
        }
    }

    private static Optional<CliFlag> flagNamed(String name) {
        return Arrays.stream(CliFlag.values()).filter(flag -> flag.names.contains(name)).findFirst();
    }

    private static String allNames() {
        return Arrays.stream(CliFlag.values()).map(CliFlag::flagName).collect(Collectors.joining(", "));
    }

    /** The text of {@code --help}. */
    static String help() {
        StringBuilder text = new StringBuilder()
                .append("Usage: ").append(PROGRAM).append(" [FLAG]...\n")
                .append("Emulates the Boomi Platform, Connect Now and Data Integration APIs on one port, with\n")
                .append("fixture data and a control API (/_emulator) to reset it and move its clock.\n")
                .append("Each flag can also be set by its environment variable; the flag wins.\n\n");
        for (CliFlag flag : CliFlag.values()) {
            text.append(String.format("  %-26s %s%n", flag.synopsis(), flag.description));
            String environment = flag.environmentSynopsis();
            if (environment != null) {
                text.append(String.format("  %-26s env %s, default: %s%n", "", environment, flag.defaultText));
            }
        }
        return text.append("\nExit status: 0 after --help, 1 when the server cannot start, 2 for a bad flag or value.\n")
                .toString();
    }

    /** The README's configuration table; a test keeps the README equal to it. */
    static String markdownTable() {
        StringBuilder table = new StringBuilder("| flag | environment variable | default | meaning |\n|---|---|---|---|\n");
        for (CliFlag flag : CliFlag.values()) {
            String environment = flag.environmentSynopsis();
            table.append("| `").append(flag.synopsis()).append("` | ")
                    .append(environment == null ? "" : "`" + environment + "`").append(" | ")
                    .append(flag.defaultText == null ? "" : flag.defaultText).append(" | ")
                    .append(flag.description).append(" |\n");
        }
        return table.toString();
    }
}
