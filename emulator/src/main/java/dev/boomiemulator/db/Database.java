package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.boomiemulator.db.jooq.tables.records.AccountRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.ExecuteListener;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.TransactionListener;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * One private in-memory H2 database per server (a unique name, so several servers share a JVM without
 * seeing each other), or a shared one, its tables made from the same migrations jOOQ generates its classes from.
 */
public final class Database implements AutoCloseable {
    private static final long STARTING_CONNECTION_TIMEOUT_MS = 30_000;
    private static final long SERVING_CONNECTION_TIMEOUT_MS = 3_000;
    /** Flyway's migrations: the same files jOOQ generates its classes from, applied in version order. */
    static final String MIGRATION_FOLDER = "db/migration";
    static final String MIGRATIONS = "classpath:" + MIGRATION_FOLDER;
    /** What PostgreSQL alone needs (text compared as H2 compares it), after and between those, in one version order. */
    static final String POSTGRES_MIGRATIONS = "classpath:db/postgresql";
    /** The advisory lock emulators starting on one PostgreSQL database take in turn ("BOOMI" in ASCII). */
    private static final long INITIALIZATION_LOCK = 0x424F4F4D49L;
    private static final String INITIALIZED = "store-initialized";

    private final HikariDataSource pool;
    private final DSLContext dsl;
    /** The account row lock a per-account restore takes, as every write does ({@link Transactions#accountLock}). */
    private final KeyLookup<AccountRecord> accountLock;
    private final ChangedTables changedTables = new ChangedTables();
    private final TableVersions tableVersions;
    /** Writers of an account take turns here before its row lock; as patient as that lock's timeout (below). */
    private final AccountQueue accountQueue = new AccountQueue(256, Duration.ofSeconds(10));
    private final ChangedRows changedRows;
    private final RowCounts rowCounts;
    private final DatabaseSettings settings;
    /** Whether this store's SNAPSHOT tables exist: later copies fill them instead of making them ({@link #snapshot}). */
    private volatile boolean snapshotTablesMade;

    public Database() {
        this(DatabaseSettings.privateH2());
    }

    public Database(DatabaseSettings settings) {
        this.settings = settings;
        this.tableVersions = new TableVersions(settings.postgres());
        String url = settings.jdbcUrl();
        changedRows = new ChangedRows(ChangedRows.databaseName(url));
        // kept by H2 row triggers on a private database (empty when they are made), by PL/pgSQL ones on PostgreSQL
        // (which count what was there when they are made); an H2 database given by URL may hold rows from before
        rowCounts = settings.url() == null || settings.postgres() ? RowCounts.kept() : RowCounts.none();
        pool = new HikariDataSource(poolConfig(settings, url));
        // thread-bound transactions: inside Transactions.write every repository's dsl uses the
        // transaction's connection; outside, each statement takes a pooled connection (auto-commit).
        // Open transactions as dsl.transaction(() -> ...) and keep using dsl: that form nests (as a
        // savepoint) inside a request's transaction, where the tx -> tx.dsl() form fails to commit.
        dsl = DSL.using(new DefaultConfiguration()
                .set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)))
                .set(settings.postgres() ? SQLDialect.POSTGRES : SQLDialect.H2)
                .set(settings(settings))
                .set(new ExecuteListener[] {changedTables, tableVersions})
                .set(new TransactionListener[] {tableVersions, accountQueue}));
        dsl.configuration().data(AccountQueue.class, accountQueue);
        accountLock = Transactions.accountLock(dsl);
    }

    /**
     * jOOQ's classes name tables and columns in upper case, as H2 folds them; PostgreSQL folds unquoted names to lower
     * case, so there jOOQ writes them in lower case (still quoted).
     */
    private static Settings settings(DatabaseSettings settings) {
        Settings jooq = new Settings().withExecuteLogging(false);
        return settings.postgres() ? jooq.withRenderNameCase(RenderNameCase.LOWER) : jooq;
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /**
     * HikariCP rather than H2's own {@code JdbcConnectionPool}: H2's pool wraps the physical connection in a
     * new handle on every checkout, and the statement H2 prepared is then never reused, so every query was
     * parsed and planned again (a quarter of a GET's CPU). Hikari hands out the same physical connection,
     * whose session keeps its query cache. Few idle connections: each is an H2 session with its own memory.
     */
    private static HikariConfig poolConfig(DatabaseSettings settings, String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (settings.postgres()) {
            if (settings.user() != null) {
                config.setUsername(settings.user());
            }
            if (settings.password() != null) {
                config.setPassword(settings.password());
            }
            // as H2's LOCK_TIMEOUT: a writer waits this long for a row lock, then the request is retried or answered
            config.setConnectionInitSql("SET lock_timeout = '10s'");
        } else {
            config.setUsername(settings.user() == null ? "sa" : settings.user());
            config.setPassword(settings.password() == null ? "" : settings.password());
        }
        config.setPoolName("emulator-store");
        config.setMaximumPoolSize(32);
        config.setMinimumIdle(2);
        // H2: as long as a writer waits for a row lock: beyond it the request is answered 503, retry. PostgreSQL:
        // see serving()
        config.setConnectionTimeout(settings.postgres() ? STARTING_CONNECTION_TIMEOUT_MS : 10_000);
        return config;
    }

    /** Whether nothing was written since the last snapshot or full restore (which then left no rows of its own). */
    public boolean unchangedSinceSnapshot() {
        // on a shared PostgreSQL another emulator may have written anything: never assume nothing changed
        return !settings.postgres() && changedTables.current().isEmpty();
    }

    /** Which tables this JVM has written since a read, for reads kept between requests ({@link VersionedCache}). */
    public TableVersions tableVersions() {
        return tableVersions;
    }

    public DSLContext dsl() {
        return dsl;
    }

    /** Each account's rows per paged table, where this database keeps them ({@link RowCounts}). */
    public RowCounts rowCounts() {
        return rowCounts;
    }

    /**
     * Copies every table into the {@code SNAPSHOT} schema: the state {@link #restore} returns to.
     * Restoring a copy is far cheaper than loading the fixture documents again, which matters because
     * tests reset before every method.
     *
     * <p>The copy holds every account's row lock, as a restore does, so no write is halfway through it: a write the copy
     * missed, its keys then forgotten, would outlive every later reset. H2 commits DDL on its own, which would let the
     * locks go, so on H2 only the first copy makes the tables; later ones empty and fill them (a whole state document
     * loaded at run time is the case, with requests in flight). PostgreSQL's DDL keeps to the transaction.
     */
    public void snapshot() {
        Transactions.retryOnConflict(() -> dsl.transactionResult(() -> {
            lockEveryAccount(dsl);
            Map<String, Long> copied = changedTables.current();
            if (settings.postgres() || !snapshotTablesMade) {
                makeSnapshotTables(dsl);
            } else {
                changedTables.copyingBack(() -> StoreTables.data().forEach(table -> {
                    dsl.execute("DELETE FROM SNAPSHOT.{0}", DSL.name(table.getName()));
                    dsl.execute("INSERT INTO SNAPSHOT.{0} SELECT * FROM PUBLIC.{0}", DSL.name(table.getName()));
                }));
            }
            if (settings.postgres()) {
                PostgresChangedRows.forgetAll(dsl);
            }
            changedTables.forget(copied);
            changedRows.forgetAll();
            return null;
        }));
        snapshotTablesMade = true;
        if (settings.postgres()) {
            analyzeData();
        }
    }

    private static void makeSnapshotTables(DSLContext t) {
        t.execute("DROP SCHEMA IF EXISTS SNAPSHOT CASCADE");
        t.execute("CREATE SCHEMA SNAPSHOT");
        for (Table<?> table : StoreTables.data()) {
            t.execute("CREATE TABLE SNAPSHOT.{0} AS SELECT * FROM PUBLIC.{0}", DSL.name(table.getName()));
            if (table.getPrimaryKey() != null) {
                // a restore looks rows up here by key
                t.execute("CREATE INDEX ON SNAPSHOT.{0} ({1})", DSL.name(table.getName()),
                        DSL.list(table.getPrimaryKey().getFields().stream().map(f -> DSL.name(f.getName())).toList()));
            }
        }
    }

    /**
     * Takes every account's row lock in the caller's transaction, in the one order restores and copies take them: the
     * lock each write takes first ({@link Transactions}), so once this returns no write is halfway through, and none
     * starts before the transaction ends.
     */
    public static void lockEveryAccount(DSLContext tx) {
        tx.select(ACCOUNT.ID).from(ACCOUNT).orderBy(ACCOUNT.ID).forUpdate().fetch();
    }

    /**
     * PostgreSQL's statistics of the data tables brought up to date. A snapshot follows a load, which writes its rows
     * in bulk, and PostgreSQL plans from statistics its autovacuum gathers only a while later: in between, the first
     * page of a LIKE query on 100,000 generic objects was planned as a walk of every row and took 1.2-2.5 s, against
     * milliseconds once analysed. ANALYZE reads a sample of each table, so this costs little at any size.
     */
    private void analyzeData() {
        PostgresDdl.execute(dsl, "ANALYZE " + StoreTables.data().stream().map(PostgresDdl::physical)
                .collect(Collectors.joining(", ")));
    }

    /**
     * Every table back to the snapshot, then {@code andThen} (documents loaded since), all in ONE
     * transaction of plain DML, retried on a conflict: a request sees the state before or after it.
     * It first takes every account's row lock, the lock each write takes first ({@link Transactions}), so
     * no write is halfway through while the tables are swapped. Identities are not restarted: DDL would
     * commit halfway, and SEQ only orders rows (restored rows keep theirs; new rows get higher ones).
     */
    public void restore(Consumer<DSLContext> andThen) {
        Map<String, Long> restored = Transactions.retryOnConflict(() -> dsl.transactionResult(() -> {
            lockEveryAccount(dsl);
            // read once the locks are held: every locked write that marked a table has committed by now
            Map<String, Long> changed = changedTables.current();
            Map<Table<?>, Set<List<Object>>> rows = writtenRows(changed);
            copyingBack(() -> rows.forEach((table, keys) -> {
                if (table == ACCOUNT) {
                    restoreAccountRows(dsl, null);
                } else if (keys == null || keys.size() > ChangedRows.MAX_KEYS) {
                    // every account's keys together: past this many, one copy of the table beats the lookups
                    copyBack(table, DSL.trueCondition(), DSL.trueCondition());
                } else {
                    restoreRows(table, keys, DSL.noCondition(), DSL.noCondition());
                }
            }));
            // forgotten before andThen runs: what it writes (documents applied again) must be recorded afresh,
            // even where it writes the same keys again (on PostgreSQL the claim did that, undone on a rollback)
            rows.forEach((table, keys) -> changedRows.forget(table.getName(), keys));
            try {
                andThen.accept(dsl);
            } catch (RuntimeException e) {
                rows.forEach((table, keys) -> changedRows.remember(table.getName(), keys));
                throw e;
            }
            return changed;
        }));
        changedTables.forget(restored);
    }

    /**
     * Per table to copy back, in the order the store lists them, the keys of the rows written since the snapshot,
     * or null to copy the whole table. On H2 the tables this JVM wrote, with the rows its triggers saw; on PostgreSQL
     * what every emulator sharing the database wrote, taken from the log {@link PostgresChangedRows} keeps there (in
     * the full restore's transaction: a rollback puts it back).
     */
    private Map<Table<?>, Set<List<Object>>> writtenRows(Map<String, Long> changed) {
        if (settings.postgres()) {
            return inStoreOrder(PostgresChangedRows.claim(dsl));
        }
        Map<Table<?>, Set<List<Object>>> rows = new LinkedHashMap<>();
        tablesToRestore(changed).forEach(table -> rows.put(table, changedRows.peek(table.getName())));
        return rows;
    }

    /** The tables of a log in the order the store lists them, with their keys. */
    private static Map<Table<?>, Set<List<Object>>> inStoreOrder(Map<Table<?>, Set<List<Object>>> logged) {
        Map<Table<?>, Set<List<Object>>> rows = new LinkedHashMap<>();
        StoreTables.data().stream().filter(logged::containsKey).forEach(table -> rows.put(table, logged.get(table)));
        return rows;
    }

    /**
     * The rest of the current transaction's writes go unlogged for a reset ({@link PostgresChangedRows}): for the
     * load before the first snapshot, which takes every row whole. On PostgreSQL the log made a load of 100,000 rows
     * take 60% longer (13.6 -> 22.1 s, with the first, statement-level triggers); H2's log is kept in this JVM,
     * cheaply.
     */
    public void unloggedForReset() {
        if (settings.postgres()) {
            PostgresChangedRows.unlogged(dsl);
        }
    }

    /** Runs {@code copy} without any of the change logs taking what it writes back for a write. */
    private void copyingBack(Runnable copy) {
        changedTables.copyingBack(() -> changedRows.copyingBack(() -> {
            if (settings.postgres()) {
                PostgresChangedRows.copyingBack(dsl, copy);
            } else {
                copy.run();
            }
        }));
    }

    /**
     * Back to the snapshot, with the emulator's own tables emptied (settings such as the query token key, run-time
     * fixtures, journal, fault rules): the store as its start-up load left it, for another server to take over.
     */
    public void restoreForAnotherServer() {
        restore(tx -> StoreTables.emulatorOwn().forEach(table -> tx.deleteFrom(table).execute()));
    }

    /**
     * The rows of these keys back to the snapshot, those of them that {@code live} picks deleted and those that
     * {@code saved} picks copied back (one account's, or {@link DSL#noCondition()} for every row of these keys).
     */
    private void restoreRows(Table<?> table, Set<List<Object>> keys, Condition live, Condition saved) {
        if (table.getPrimaryKey() == null) {
            // no key to pick its rows by (DI_RIVER_GROUP): copied whole, whatever keys a log holds for it
            copyBack(table, DSL.trueCondition().and(live), DSL.trueCondition().and(saved));
            return;
        }
        List<Field<?>> key = new ArrayList<>(table.getPrimaryKey().getFields());
        List<List<Object>> all = new ArrayList<>(keys);
        for (int from = 0; from < all.size(); from += 500) {
            List<List<Object>> chunk = all.subList(from, Math.min(all.size(), from + 500));
            copyBack(table, keyIn("PUBLIC", table, key, chunk).and(live),
                    keyIn("SNAPSHOT", table, key, chunk).and(saved));
        }
    }

    /** Deletes the rows of {@code table} that {@code live} picks, then copies back the snapshot's that {@code saved} picks. */
    private void copyBack(Table<?> table, Condition live, Condition saved) {
        dsl.execute("DELETE FROM PUBLIC.{0} WHERE {1}", DSL.name(table.getName()), live);
        dsl.execute("INSERT INTO PUBLIC.{0} SELECT * FROM SNAPSHOT.{0} WHERE {1}", DSL.name(table.getName()), saved);
    }

    private static Condition keyIn(String schema, Table<?> table, List<Field<?>> key, List<List<Object>> values) {
        List<Field<Object>> columns = key.stream()
                .map(field -> DSL.field(DSL.name(schema, table.getName(), field.getName()))).toList();
        if (columns.size() == 1) {
            return columns.get(0).in(values.stream().map(value -> value.get(0)).toList());
        }
        return DSL.row(columns).in(values.stream().map(value -> DSL.row(value.toArray())).toList());
    }

    /**
     * Whether H2 reports each written row to this JVM ({@link ChangedRows}). PostgreSQL runs no Java: there the
     * database keeps the log itself ({@link PostgresChangedRows}).
     */
    private boolean tracksRows() {
        return !settings.postgres();
    }

    /** The data tables written since the last snapshot or full restore; before the first snapshot, every one written. */
    public List<Table<?>> writtenSinceSnapshot() {
        return tablesToRestore(changedTables.current());
    }

    /**
     * The tables a restore copies back: those written since the snapshot or the last full restore. On a shared
     * PostgreSQL every table, since another emulator on the same database may have written any of them, and only
     * this JVM's writes are seen here.
     */
    private List<Table<?>> tablesToRestore(Map<String, Long> changed) {
        if (settings.postgres()) {
            return StoreTables.data();
        }
        Set<String> written = changedRows.tables();
        return StoreTables.data().stream()
                .filter(table -> changed.containsKey(table.getName()) || written.contains(table.getName())).toList();
    }

    /**
     * One account's rows back to the snapshot, then {@code andThen}, in one transaction that holds the
     * account's row lock; other accounts are untouched. Restored rows keep their snapshot identities,
     * which no later row can have taken (identities only grow). It reads the keys logged as the account's and those
     * whose account the log does not know, and takes the account's own: so it costs what the account wrote, not what
     * every account did since the last full restore (on a shared instance, where teams reset their own accounts,
     * there may never be one).
     */
    public void restoreAccount(String accountId, Consumer<DSLContext> andThen) {
        Transactions.retryOnConflict(() -> dsl.transactionResult(() -> {
            accountLock.exists(accountId);
            Map<Table<?>, Set<List<Object>>> written = writtenBy(accountId);
            copyingBack(() -> {
                for (Table<?> table : StoreTables.ownedFirst(List.copyOf(written.keySet()))) {
                    Optional<Condition> live = StoreTables.accountRows(table, accountId, copy -> copy);
                    if (table.equals(ACCOUNT) || live.isEmpty()) {
                        continue; // the account's row is overwritten in place, below
                    }
                    Condition saved = StoreTables.accountRows(table, accountId, Database::snapshotOf).orElseThrow();
                    Set<List<Object>> keys = written.get(table);
                    if (keys == null) {
                        copyBack(table, live.get(), saved);
                    } else {
                        restoreRows(table, keys, live.get(), saved);
                    }
                }
                if (written.containsKey(ACCOUNT)) {
                    restoreAccountRows(dsl, accountId);
                }
            });
            // forgotten before andThen runs, which writes the account's documents again: those are recorded afresh
            // (on PostgreSQL the read took them)
            written.forEach((table, keys) -> changedRows.forget(table.getName(), accountId, keys));
            try {
                andThen.accept(dsl);
            } catch (RuntimeException e) {
                written.forEach((table, keys) -> changedRows.remember(table.getName(), keys));
                throw e;
            }
            return null;
        }));
    }

    /**
     * Per table, the keys of the rows written since the snapshot that may be {@code accountId}'s (or null for all its
     * rows of the table): on H2 this JVM's log, on PostgreSQL the database's, the account's own taken from it
     * ({@link PostgresChangedRows#claim(DSLContext, String)}).
     */
    private Map<Table<?>, Set<List<Object>>> writtenBy(String accountId) {
        if (settings.postgres()) {
            return inStoreOrder(PostgresChangedRows.claim(dsl, accountId));
        }
        OwnedRows.assignAccounts(dsl, changedRows);
        Map<Table<?>, Set<List<Object>>> rows = new LinkedHashMap<>();
        tablesToRestore(changedTables.current())
                .forEach(table -> rows.put(table, changedRows.peek(table.getName(), accountId)));
        return rows;
    }

    /** The table's copy in the {@code SNAPSHOT} schema, the state {@link #restore} returns to ({@link #snapshot}). */
    static Table<?> snapshotOf(Table<?> table) {
        return DSL.table(DSL.name("SNAPSHOT", table.getName()));
    }

    /**
     * ACCOUNT rows are overwritten in place (MERGE), not deleted and inserted: a writer waiting for an
     * account's row lock then finds the restored row, where a deleted one would make the account look gone.
     */
    private static void restoreAccountRows(DSLContext tx, String onlyAccount) {
        Condition which = onlyAccount == null ? DSL.noCondition() : ACCOUNT.ID.eq(onlyAccount);
        Condition snapshotWhich = onlyAccount == null ? DSL.trueCondition()
                : DSL.field(DSL.name("ID"), String.class).eq(onlyAccount);
        var savedIds = DSL.select(DSL.field(DSL.name("ID"), String.class))
                .from(snapshotOf(ACCOUNT));
        tx.deleteFrom(ACCOUNT).where(which).and(ACCOUNT.ID.notIn(savedIds)).execute();
        // an UPDATE of the rows both have, then an INSERT of the others (MERGE is spelled differently by each database)
        List<Field<?>> columns = ACCOUNT.fieldStream().filter(field -> !field.equals(ACCOUNT.ID)).toList();
        Table<?> snapshot = snapshotOf(ACCOUNT).as("S");
        Field<?>[] saved = columns.stream().map(field -> DSL.field(DSL.name("S", field.getName()))).toArray(Field[]::new);
        tx.update(ACCOUNT)
                .set(DSL.row(columns), DSL.select(saved).from(snapshot)
                        .where(DSL.field(DSL.name("S", ACCOUNT.ID.getName()), String.class).eq(ACCOUNT.ID)))
                .where(which).and(ACCOUNT.ID.in(savedIds))
                .execute();
        tx.execute("INSERT INTO PUBLIC.ACCOUNT SELECT * FROM SNAPSHOT.ACCOUNT WHERE {0} AND ID NOT IN (SELECT ID FROM "
                + "PUBLIC.ACCOUNT)", snapshotWhich);
    }

    /**
     * Creates or upgrades the tables (called once, before the first use of the store): through Flyway on a database
     * given by URL, by H2 itself on a private one ({@link #runMigrationsInH2}). Then lets H2 report every written row
     * to {@link ChangedRows}, and keep the {@link RowCounts} (on PostgreSQL: {@link PostgresChangedRows} and
     * {@link PostgresRowCounts}).
     */
    public void createSchema() {
        if (settings.url() == null) {
            runMigrationsInH2();
        } else {
            String[] locations = settings.postgres() ? new String[] {MIGRATIONS, POSTGRES_MIGRATIONS}
                    : new String[] {MIGRATIONS};
            Flyway.configure().dataSource(pool).locations(locations).load().migrate();
        }
        if (tracksRows()) {
            for (Table<?> table : StoreTables.data()) {
                dsl.execute(changedRows.triggerFor(table));
            }
        }
        if (settings.postgres()) {
            PostgresRowCounts.install(dsl);
            PostgresChangedRows.install(dsl);
        } else {
            rowCounts.triggersSql().forEach(dsl::execute);
        }
    }

    /**
     * A private in-memory database starts empty and ends with its server: there is no applied history to keep or
     * validate, so H2 runs the same migration files itself ({@code RUNSCRIPT}), in the order their {@code index} lists
     * them. Flyway's scan and SQL parser were a fifth of a warm embedded start, and its classes a part of a cold one.
     */
    private void runMigrationsInH2() {
        try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
            for (String migration : migrationFiles()) {
                statement.execute("RUNSCRIPT FROM 'classpath:" + MIGRATION_FOLDER + "/" + migration + "' CHARSET 'UTF-8'");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot create the tables of a private H2 database: " + e.getMessage(), e);
        }
    }

    /** The migration files in version order, from the folder's {@code index} (a jar's folder cannot be listed). */
    static List<String> migrationFiles() {
        try (var index = Database.class.getResourceAsStream("/" + MIGRATION_FOLDER + "/index")) {
            if (index == null) {
                throw new IllegalStateException("no " + MIGRATION_FOLDER + "/index on the classpath");
            }
            return new String(index.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Runs {@code initialize} (fixtures, the snapshot a reset returns to) unless another emulator on the same database
     * already did: on PostgreSQL under an advisory lock, so of emulators starting together exactly one initialises and
     * the others wait for it, then join. A private H2 database is always new. @return whether this one initialised
     */
    public boolean initializeOnce(Runnable initialize) {
        if (!settings.postgres()) {
            initialize.run();
            return true;
        }
        EmulatorSettings shared = new EmulatorSettings(dsl);
        try (var connection = pool.getConnection(); var lock = connection.createStatement()) {
            lock.execute("SELECT pg_advisory_lock(" + INITIALIZATION_LOCK + ")");
            try {
                if (shared.get(INITIALIZED).isPresent()) {
                    return false;
                }
                initialize.run();
                shared.put(INITIALIZED, java.time.Instant.now().toString());
                return true;
            } finally {
                lock.execute("SELECT pg_advisory_unlock(" + INITIALIZATION_LOCK + ")");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot take the initialisation lock on " + settings.describe(), e);
        }
    }

    /**
     * The store is ready and requests come in. Until now a PostgreSQL connection could take a while (the database
     * may be starting beside the emulator, or be busy starting other replicas). From now on PostgreSQL waits for
     * locks with the connection in hand (lock_timeout), so a connection that cannot be had in 3 s means the database
     * is out of reach, and a shared instance's callers are better told so (503) soon.
     */
    public void serving() {
        if (settings.postgres()) {
            pool.getHikariConfigMXBean().setConnectionTimeout(SERVING_CONNECTION_TIMEOUT_MS);
        }
    }

    @Override
    public void close() {
        if (settings.url() == null) {
            // plain JDBC, not jOOQ: after SHUTDOWN the connection is dead, and jOOQ would fail releasing it
            try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (java.sql.SQLException alreadyClosed) {
                // the database is gone either way
            }
        }
        pool.close();
        changedRows.close();
    }
}
