package dev.boomiemulator.server;

import dev.boomiemulator.db.DatabaseSettings;
import dev.boomiemulator.server.journal.RequestJournal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * How to start an emulator.
 *
 * @param host            address to bind: {@code 127.0.0.1} unless asked, because the control API can
 *                        reset or rewrite every account; {@code 0.0.0.0} in a container
 * @param port            0..65535; 0 picks a free port
 * @param fixtures        files, folders or {@code classpath:} resources loaded at start, in order
 * @param defaultFixtures whether the built-in demo set is loaded first
 * @param frozenClock     when set, the clock starts frozen at this instant
 * @param adminToken      when set, the control API requires {@code Authorization: Bearer <token>}
 * @param platformRateLimit Platform requests per second per account before a 503; 0 (the default) for none
 * @param journalSize     requests the journal keeps ({@code GET /_emulator/requests}); 0 switches it off
 * @param journalBodyLimit characters of each request and answer body the journal keeps
 * @param stateFile       when set, the state is loaded from this file at start (if it exists) and saved to it on a
 *                        clean shutdown
 * @param database        where the store lives: a private in-memory H2 database (the default) or a PostgreSQL one
 */
public record EmulatorConfig(String host, int port, List<String> fixtures, boolean defaultFixtures,
                             Instant frozenClock, String adminToken, int platformRateLimit, int journalSize,
                             int journalBodyLimit, String stateFile, DatabaseSettings database) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;

    public EmulatorConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        fixtures = List.copyOf(fixtures);
        database = database == null ? DatabaseSettings.privateH2() : database;
        if (platformRateLimit < 0) {
            throw new IllegalArgumentException("platformRateLimit must be 0 (no limit) or more, got " + platformRateLimit);
        }
        if (journalSize < 0 || journalBodyLimit < 0) {
            throw new IllegalArgumentException("journal size and body limit must be 0 or more, got " + journalSize
                    + " and " + journalBodyLimit);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private final List<String> fixtures = new ArrayList<>();
        private boolean defaultFixtures = true;
        private Instant frozenClock;
        private String adminToken;
        private int platformRateLimit;
        private int journalSize = RequestJournal.DEFAULT_CAPACITY;
        private int journalBodyLimit = RequestJournal.DEFAULT_BODY_LIMIT;
        private String stateFile;
        private DatabaseSettings database = DatabaseSettings.privateH2();

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder fixture(String location) {
            fixtures.add(location);
            return this;
        }

        public Builder defaultFixtures(boolean load) {
            this.defaultFixtures = load;
            return this;
        }

        public Builder frozenClock(Instant at) {
            this.frozenClock = at;
            return this;
        }

        public Builder adminToken(String token) {
            this.adminToken = token;
            return this;
        }

        /** Platform requests per second per account before a 503, as the real service limits them; 0 for none. */
        public Builder platformRateLimit(int requestsPerSecond) {
            this.platformRateLimit = requestsPerSecond;
            return this;
        }

        /** Requests the journal keeps, newest first; 0 switches the journal off. */
        public Builder journalSize(int requests) {
            this.journalSize = requests;
            return this;
        }

        /** Characters of each request and answer body the journal keeps. */
        public Builder journalBodyLimit(int characters) {
            this.journalBodyLimit = characters;
            return this;
        }

        /** Loads the state from this file at start if it exists, and saves it there on a clean shutdown. */
        public Builder stateFile(String path) {
            this.stateFile = path;
            return this;
        }

        /** The store on this database ({@code jdbc:postgresql://host/db}) instead of a private in-memory one. */
        public Builder database(String jdbcUrl) {
            this.database = new DatabaseSettings(jdbcUrl, database.user(), database.password());
            return this;
        }

        public Builder databaseUser(String user) {
            this.database = database.withUser(user);
            return this;
        }

        public Builder databasePassword(String password) {
            this.database = database.withPassword(password);
            return this;
        }

        public EmulatorConfig build() {
            return new EmulatorConfig(host, port, fixtures, defaultFixtures, frozenClock, adminToken, platformRateLimit,
                    journalSize, journalBodyLimit, stateFile, database);
        }
    }
}
