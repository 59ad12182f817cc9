package dev.boomiemulator.db;

import java.util.Locale;
import java.util.UUID;

/**
 * Where the store lives: a private in-memory H2 database (the default: one per server, gone with it), or a
 * PostgreSQL database that several emulators may share ({@code --database jdbc:postgresql://host/db}).
 *
 * @param url      a JDBC URL, {@code jdbc:h2:} or {@code jdbc:postgresql:}; null for a private H2 database
 * @param user     the database user, or null for the URL's or driver's default
 * @param password the user's password, or null
 */
public record DatabaseSettings(String url, String user, String password) {
    private static final String H2 = "jdbc:h2:";
    private static final String POSTGRESQL = "jdbc:postgresql:";

    public DatabaseSettings {
        if (url != null && !url.startsWith(H2) && !url.startsWith(POSTGRESQL)) {
            throw new IllegalArgumentException("must be a jdbc:postgresql: (or jdbc:h2:) URL, got "
                    + url.substring(0, Math.min(url.length(), 40)));
        }
    }

    /** The default: a private in-memory H2 database. */
    public static DatabaseSettings privateH2() {
        return new DatabaseSettings(null, null, null);
    }

    public static DatabaseSettings of(String url) {
        return new DatabaseSettings(url, null, null);
    }

    public DatabaseSettings withUser(String user) {
        return new DatabaseSettings(url, user, password);
    }

    public DatabaseSettings withPassword(String password) {
        return new DatabaseSettings(url, user, password);
    }

    public boolean postgres() {
        return url != null && url.startsWith(POSTGRESQL);
    }

    /**
     * The URL to connect to. LOCK_TIMEOUT (ms): a writer waits this long for a row another writer or a reset holds;
     * a reset takes every account's row for a few hundred ms, which H2's default of 1 s barely covers.
     */
    String jdbcUrl() {
        return url != null ? url
                : H2 + "mem:emulator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
    }

    /** For logs and the start-up banner: the URL without credentials or options. */
    public String describe() {
        if (url == null) {
            return "private in-memory H2";
        }
        String shown = url.replaceAll("(?i)(password|user)=[^&;]*", "$1=***");
        return shown.toLowerCase(Locale.ROOT).startsWith(POSTGRESQL) ? "PostgreSQL " + shown : "H2 " + shown;
    }
}
