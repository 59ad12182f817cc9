package dev.boomiemulator.server;

import dev.boomiemulator.fixtures.FixtureRejected;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Starts the emulator from the command line. Flags win over environment variables:
 * <pre>
 *   --port N                 BOOMI_EMULATOR_PORT             (default 8080)
 *   --host ADDRESS           BOOMI_EMULATOR_HOST             (default 0.0.0.0)
 *   --fixtures PATH[,PATH]   BOOMI_EMULATOR_FIXTURES         files, folders or classpath: resources; repeatable
 *   --no-default-fixtures    BOOMI_EMULATOR_DEFAULT_FIXTURES=false
 *   --freeze-clock INSTANT   BOOMI_EMULATOR_FREEZE_CLOCK
 *   --admin-token TOKEN      BOOMI_EMULATOR_ADMIN_TOKEN      protects /_emulator
 * </pre>
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        EmulatorConfig config;
        try {
            config = parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("boomi-emulator: " + e.getMessage());
            System.exit(2);
            return;
        }
        EmulatorServer server;
        try {
            server = EmulatorServer.start(config);
        } catch (FixtureRejected rejected) {
            System.err.println("boomi-emulator: fixtures refused, nothing started:");
            rejected.problems().forEach(problem -> System.err.println("  " + problem));
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "emulator-shutdown"));
    }

    static EmulatorConfig parse(String[] args, java.util.Map<String, String> env) {
        EmulatorConfig.Builder config = EmulatorConfig.builder();
        if (env.containsKey("BOOMI_EMULATOR_PORT")) {
            config.port(port(env.get("BOOMI_EMULATOR_PORT")));
        }
        if (env.containsKey("BOOMI_EMULATOR_HOST")) {
            config.host(env.get("BOOMI_EMULATOR_HOST"));
        }
        if (env.containsKey("BOOMI_EMULATOR_FIXTURES")) {
            fixtures(config, env.get("BOOMI_EMULATOR_FIXTURES"));
        }
        if ("false".equalsIgnoreCase(env.get("BOOMI_EMULATOR_DEFAULT_FIXTURES"))) {
            config.defaultFixtures(false);
        }
        if (env.containsKey("BOOMI_EMULATOR_FREEZE_CLOCK")) {
            config.frozenClock(Instant.parse(env.get("BOOMI_EMULATOR_FREEZE_CLOCK")));
        }
        if (env.containsKey("BOOMI_EMULATOR_ADMIN_TOKEN")) {
            config.adminToken(env.get("BOOMI_EMULATOR_ADMIN_TOKEN"));
        }
        Deque<String> rest = new ArrayDeque<>(Arrays.asList(args));
        while (!rest.isEmpty()) {
            String flag = rest.pop();
            switch (flag) {
                case "--port" -> config.port(port(value(flag, rest)));
                case "--host" -> config.host(value(flag, rest));
                case "--fixtures" -> fixtures(config, value(flag, rest));
                case "--no-default-fixtures" -> config.defaultFixtures(false);
                case "--freeze-clock" -> config.frozenClock(Instant.parse(value(flag, rest)));
                case "--admin-token" -> config.adminToken(value(flag, rest));
                default -> throw new IllegalArgumentException("unknown flag " + flag);
            }
        }
        return config.build();
    }

    private static void fixtures(EmulatorConfig.Builder config, String list) {
        Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(config::fixture);
    }

    private static String value(String flag, Deque<String> rest) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(flag + " needs a value");
        }
        return rest.pop();
    }

    private static int port(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number, not '" + text + "'");
        }
    }
}
