package dev.boomiemulator.server;

import dev.boomiemulator.platform.ratelimit.PlatformRateLimit;
import dev.boomiemulator.server.journal.RequestJournal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * Every command-line flag with its environment variable, default and meaning: the one table that the
 * parser, {@code --help} and the README's configuration table are all made from, so they cannot drift.
 * A setter throws {@link IllegalArgumentException} saying what it expected ("must be 0..65535, got
 * 99999"); the parser puts the flag's or variable's name in front.
 */
enum CliFlag {
    PORT(List.of("--port"), "N", "BOOMI_EMULATOR_PORT", null, String.valueOf(EmulatorConfig.DEFAULT_PORT),
            "port to listen on; 0 picks a free one",
            (config, value) -> config.port(port(value))),
    HOST(List.of("--host"), "ADDRESS", "BOOMI_EMULATOR_HOST", null, EmulatorConfig.DEFAULT_HOST,
            "address to listen on; 0.0.0.0 for every interface (the container image sets it)",
            (config, value) -> config.host(host(value))),
    FIXTURES(List.of("--fixtures"), "PATH[,PATH]", "BOOMI_EMULATOR_FIXTURES", null, "none",
            "files, folders of *.json or classpath: resources, after the default set; repeatable",
            (config, value) -> Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(config::fixture)),
    NO_DEFAULT_FIXTURES(List.of("--no-default-fixtures"), null, "BOOMI_EMULATOR_DEFAULT_FIXTURES", "false",
            "default set loaded", "do not load the built-in demo accounts",
            (config, value) -> config.defaultFixtures(bool(value))),
    FREEZE_CLOCK(List.of("--freeze-clock"), "INSTANT", "BOOMI_EMULATOR_FREEZE_CLOCK", null, "running clock",
            "start with the clock frozen at this instant, e.g. 2026-01-01T00:00:00Z",
            (config, value) -> config.frozenClock(instant(value))),
    ADMIN_TOKEN(List.of("--admin-token"), "TOKEN", "BOOMI_EMULATOR_ADMIN_TOKEN", null, "none (/_emulator is open)",
            "require Authorization: Bearer TOKEN on /_emulator (its health check stays open)",
            (config, value) -> config.adminToken(nonBlank(value))),
    PLATFORM_RATE_LIMIT(List.of("--platform-rate-limit"), "N", "BOOMI_EMULATOR_PLATFORM_RATE_LIMIT", null,
            "0 (no limit)",
            "answer 503 to a Platform account's requests beyond N in a second of the emulator clock, as Boomi does "
                    + "beyond " + PlatformRateLimit.BOOMI_REQUESTS_PER_SECOND + "; also PUT /_emulator/limits",
            (config, value) -> config.platformRateLimit(rate(value))),
    JOURNAL_SIZE(List.of("--journal-size"), "N", "BOOMI_EMULATOR_JOURNAL_SIZE", null,
            String.valueOf(RequestJournal.DEFAULT_CAPACITY),
            "requests the journal keeps for GET /_emulator/requests (the oldest make room); 0 switches it off",
            (config, value) -> config.journalSize(count(value))),
    JOURNAL_BODY_LIMIT(List.of("--journal-body-limit"), "N", "BOOMI_EMULATOR_JOURNAL_BODY_LIMIT", null,
            String.valueOf(RequestJournal.DEFAULT_BODY_LIMIT),
            "characters of each request and answer body the journal keeps",
            (config, value) -> config.journalBodyLimit(count(value))),
    STATE_FILE(List.of("--state-file"), "PATH", "BOOMI_EMULATOR_STATE_FILE", null, "none",
            "load the state from PATH at start (if it exists, after the fixtures) and save it there on a clean shutdown",
            (config, value) -> config.stateFile(nonBlank(value))),
    DATABASE(List.of("--database"), "JDBC_URL", "BOOMI_EMULATOR_DATABASE", null, "a private in-memory H2",
            "keep the store in this PostgreSQL database (jdbc:postgresql://host:5432/db), which several emulators may "
                    + "share; see docs/SHARED-INSTANCE.md",
            (config, value) -> config.database(nonBlank(value))),
    DATABASE_USER(List.of("--database-user"), "USER", "BOOMI_EMULATOR_DATABASE_USER", null, "the URL's",
            "the database user", (config, value) -> config.databaseUser(nonBlank(value))),
    DATABASE_PASSWORD(List.of("--database-password"), "PASSWORD", "BOOMI_EMULATOR_DATABASE_PASSWORD", null,
            "the URL's", "the database user's password (prefer the variable: a flag shows in the process list)",
            (config, value) -> config.databasePassword(value)),
    HELP(List.of("--help", "-h"), null, null, null, null, "print this help and exit",
            (config, value) -> { });

    private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9.]+");

    /** The spellings; the first is the one help and errors use. */
    final List<String> names;
    /** The value's placeholder, or null for a switch. */
    final String argument;
    final String environmentVariable;
    /** What a switch (a flag without a value) means in its variable's terms, e.g. "false". */
    final String switchValue;
    final String defaultText;
    final String description;
    private final BiConsumer<EmulatorConfig.Builder, String> setter;

    CliFlag(List<String> names, String argument, String environmentVariable, String switchValue, String defaultText,
            String description, BiConsumer<EmulatorConfig.Builder, String> setter) {
        this.names = names;
        this.argument = argument;
        this.environmentVariable = environmentVariable;
        this.switchValue = switchValue;
        this.defaultText = defaultText;
        this.description = description;
        this.setter = setter;
    }

    String flagName() {
        return names.get(0);
    }

    boolean takesValue() {
        return argument != null;
    }

    /** "--port N", "--no-default-fixtures", "-h, --help". */
    String synopsis() {
        List<String> spelled = names.size() > 1 ? List.of(names.get(1), names.get(0)) : names;
        return String.join(", ", spelled) + (argument == null ? "" : " " + argument);
    }

    /** "BOOMI_EMULATOR_PORT" or, for a switch, "BOOMI_EMULATOR_DEFAULT_FIXTURES=false"; null when there is none. */
    String environmentSynopsis() {
        if (environmentVariable == null) {
            return null;
        }
        return switchValue == null ? environmentVariable : environmentVariable + "=" + switchValue;
    }

    void apply(EmulatorConfig.Builder config, String value) {
        setter.accept(config, value);
    }

    static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, the same way as a number out of range
        }
        throw new IllegalArgumentException("must be 0..65535, got " + text);
    }

    /** Only the form is checked here; whether the name resolves is found out when the port is bound. */
    static String host(String text) {
        String host = text.strip();
        if (host.isEmpty() || host.contains(" ") || DOTTED_NUMBERS.matcher(host).matches() && !isIpv4(host)) {
            throw new IllegalArgumentException("must be a host name or an IP address such as 127.0.0.1, got '" + text + "'");
        }
        return host;
    }

    private static boolean isIpv4(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 3 || Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    static int rate(String text) {
        try {
            int rate = Integer.parseInt(text.strip());
            if (rate >= 0 && rate <= PlatformRateLimit.MAX_REQUESTS_PER_SECOND) {
                return rate;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, the same way as a number out of range
        }
        throw new IllegalArgumentException("must be 0 (no limit) to " + PlatformRateLimit.MAX_REQUESTS_PER_SECOND
                + " requests per second, got " + text);
    }

    /** A size for the journal: 0 to a million. */
    static int count(String text) {
        try {
            int count = Integer.parseInt(text.strip());
            if (count >= 0 && count <= 1_000_000) {
                return count;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, the same way as a number out of range
        }
        throw new IllegalArgumentException("must be 0 to 1000000, got " + text);
    }

    static boolean bool(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false, got " + text);
        };
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be an instant such as 2026-01-01T00:00:00Z, got " + text);
        }
    }

    static String nonBlank(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return text;
    }
}
