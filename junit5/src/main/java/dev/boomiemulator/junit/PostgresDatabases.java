package dev.boomiemulator.junit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A fresh PostgreSQL database for each test class's emulator, when the tests are asked to run on PostgreSQL:
 * {@code -Dboomi.emulator.postgres=jdbc:postgresql://host:5432/postgres} (a database the user may connect to and
 * create others from), with {@code boomi.emulator.postgres.user} and {@code .password} where the URL has none. Each
 * server then has a database of its own, as each has a private H2 otherwise, so classes still run in parallel; it is
 * dropped when the class ends.
 */
public final class PostgresDatabases {
    static final String SERVER = "boomi.emulator.postgres";

    private PostgresDatabases() {
    }

    /** The PostgreSQL server to make databases on, or null to keep the default private H2. */
    static String server() {
        String url = System.getProperty(SERVER);
        return url == null || url.isBlank() ? null : url.strip();
    }

    static String user() {
        return System.getProperty(SERVER + ".user");
    }

    static String password() {
        return System.getProperty(SERVER + ".password");
    }

    /** Creates a database for one server; @return its JDBC URL. */
    static String create(String server) {
        return create(server, user(), password());
    }

    /** Creates a new, empty database on {@code server} as {@code user}; @return its JDBC URL (same user). */
    public static String create(String server, String user, String password) {
        String name = "emulator_" + UUID.randomUUID().toString().replace("-", "");
        run(server, user, password, "CREATE DATABASE " + name);
        int path = server.indexOf('/', "jdbc:postgresql://".length());
        int options = server.indexOf('?');
        String base = path < 0 ? server : server.substring(0, path);
        return base + "/" + name + (options < 0 ? "" : server.substring(options));
    }

    /** Drops a database {@link #create} made, closing what still connects to it. */
    static void drop(String server, String database) {
        String name = database.substring(database.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        run(server, user(), password(), "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static void run(String server, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(server, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server + " refused: " + sql + ": " + e.getMessage(), e);
        }
    }
}
