package dev.boomiemulator.sharedinstance;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT_TEXT_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boomiemulator.db.Database;
import dev.boomiemulator.db.DatabaseSettings;
import dev.boomiemulator.support.LocalPostgres;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A reset of one account costs what that account wrote, on a private H2 store and on PostgreSQL alike: on a shared
 * instance teams reset their own accounts and nobody resets the whole store, and every account's reset used to read
 * and look up the keys every account had written since the last full reset. Below HTTP, on the store itself.
 */
class AccountRestoreTest {
    private Database database;
    private DSLContext dsl;

    /** Accounts a and b, with an Environment in a, as the snapshot a restore returns to. */
    private void open(String store) {
        if (store.equals("postgres")) {
            Assumptions.assumeTrue(LocalPostgres.server().isPresent(), "PostgreSQL is not installed here");
            database = new Database(DatabaseSettings.of(LocalPostgres.newDatabase()).withUser(LocalPostgres.user()));
        } else {
            database = new Database();
        }
        database.createSchema();
        dsl = database.dsl();
        for (String account : List.of("a", "b")) {
            dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, account).set(ACCOUNT.NAME, account).set(ACCOUNT.STATUS, "active")
                    .set(ACCOUNT.DATE_CREATED, OffsetDateTime.now(ZoneOffset.UTC)).execute();
        }
        environment("a", "a-production", "Production");
        database.snapshot();
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void an_account_restore_looks_up_its_own_written_rows_and_takes_them(String store) {
        open(store);
        for (int i = 0; i < 600; i++) {
            environment("b", "b-" + i, "B's");
        }
        environment("a", "a-extra", "Extra");
        dsl.update(ENVIRONMENT).set(ENVIRONMENT.NAME, "Renamed").where(ENVIRONMENT.ID.eq("a-production")).execute();
        List<String> statements = statementsRun();

        database.restoreAccount("a", tx -> { });

        assertThat(environments("a")).containsExactly("a-production=Production");
        assertThat(environments("b")).hasSize(600);
        // the account's two keys and the account, not B's 600 keys besides
        assertThat(keysLookedUp(statements, ENVIRONMENT.getName())).isEqualTo(3);
        statements.clear();
        database.restoreAccount("a", tx -> { });
        assertThat(keysLookedUp(statements, ENVIRONMENT.getName())).isZero();

        database.restore(tx -> { });
        assertThat(environments("b")).isEmpty();
    }

    /** A generic object's values name no account: the first account reset after they were written finds whose. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void an_account_restore_finds_whose_a_generic_objects_values_are_and_leaves_the_others_to_theirs(String store) {
        open(store);
        object("a", "ofA");
        long ofB = object("b", "ofB");
        List<String> statements = statementsRun();

        database.restoreAccount("a", tx -> { });

        assertThat(dsl.select(PLATFORM_OBJECT.ID).from(PLATFORM_OBJECT).fetch(PLATFORM_OBJECT.ID)).containsExactly("ofB");
        assertThat(values()).containsExactly(ofB);
        statements.clear();
        database.restoreAccount("a", tx -> { });
        assertThat(keysLookedUp(statements, PLATFORM_OBJECT_TEXT_VALUE.getName())).isZero();

        database.restoreAccount("b", tx -> { });
        assertThat(dsl.fetchCount(PLATFORM_OBJECT)).isZero();
        assertThat(values()).isEmpty();
    }

    /** Values whose object was made and deleted since the snapshot belong to no account that is left: the full one's. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void values_of_an_object_made_and_deleted_since_the_snapshot_are_left_to_the_full_restore(String store) {
        open(store);
        long gone = object("a", "gone");
        dsl.deleteFrom(PLATFORM_OBJECT).where(PLATFORM_OBJECT.SEQ.eq(gone)).execute();

        database.restoreAccount("a", tx -> { });
        assertThat(values()).containsExactly(gone); // an orphan no account's reset can tell is its own

        database.restore(tx -> { });
        assertThat(values()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void an_account_restore_that_fails_leaves_what_it_would_have_undone_for_the_next(String store) {
        open(store);
        environment("a", "a-extra", "Extra");
        assertThatThrownBy(() -> database.restoreAccount("a", tx -> {
            throw new IllegalStateException("a document that no longer applies");
        })).hasMessageContaining("no longer applies");
        assertThat(environments("a")).contains("a-extra=Extra"); // rolled back whole

        database.restoreAccount("a", tx -> { });

        assertThat(environments("a")).containsExactly("a-production=Production");
    }

    /**
     * Each account's keys are held up to a bound of its own, so together they may be more than a full restore looks
     * up one by one: it then copies the table whole, once, and forgets them all.
     */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void a_full_restore_after_many_accounts_writes_copies_the_table_whole_once(String store) {
        open(store);
        environments("a", 6_000);
        environments("b", 6_000);
        List<String> statements = statementsRun();

        database.restore(tx -> { });

        assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(1);
        assertThat(keysLookedUp(statements, ENVIRONMENT.getName())).isZero();
        statements.clear();
        database.restore(tx -> { });
        assertThat(statements).noneMatch(sql -> sql.toLowerCase(Locale.ROOT).startsWith("insert into public"));
    }

    /** Past the keys worth looking up one by one, the account's rows of the table are copied back whole, and only its. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgres"})
    void an_account_restore_after_more_writes_than_are_worth_looking_up_copies_its_rows_whole(String store) {
        open(store);
        environments("a", 10_001);
        environment("b", "b-extra", "Extra");
        List<String> statements = statementsRun();

        database.restoreAccount("a", tx -> { });

        assertThat(environments("a")).containsExactly("a-production=Production");
        assertThat(environments("b")).containsExactly("b-extra=Extra");
        assertThat(keysLookedUp(statements, ENVIRONMENT.getName())).as("the account alone, no key").isEqualTo(1);
        statements.clear();
        database.restoreAccount("a", tx -> { });
        assertThat(keysLookedUp(statements, ENVIRONMENT.getName())).isZero();
    }

    /** {@code count} Environments in one statement, each a row the log records. */
    private void environments(String account, int count) {
        String numbers = database.settings().postgres() ? "generate_series(1, " + count + ") AS r(x)"
                : "SYSTEM_RANGE(1, " + count + ") AS r(x)";
        dsl.execute("INSERT INTO environment (account_id, id, name, classification, classification_canonical, "
                + "created_date) SELECT ?, ? || r.x, 'Bulk', 'TEST', 'TEST', CURRENT_TIMESTAMP FROM " + numbers,
                account, account + "-");
    }

    private void environment(String account, String id, String name) {
        dsl.insertInto(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, account).set(ENVIRONMENT.ID, id)
                .set(ENVIRONMENT.NAME, name).set(ENVIRONMENT.CLASSIFICATION, "PROD")
                .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, "PROD")
                .set(ENVIRONMENT.CREATED_DATE, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    private List<String> environments(String account) {
        return dsl.select(ENVIRONMENT.ID, ENVIRONMENT.NAME).from(ENVIRONMENT).where(ENVIRONMENT.ACCOUNT_ID.eq(account))
                .orderBy(ENVIRONMENT.ID).fetch(row -> row.value1() + "=" + row.value2());
    }

    /** A generic object with one filterable value, as the engine writes them; its sequence. */
    private long object(String account, String id) {
        long seq = dsl.insertInto(PLATFORM_OBJECT).set(PLATFORM_OBJECT.ACCOUNT_ID, account)
                .set(PLATFORM_OBJECT.OBJECT_TYPE, "Folder").set(PLATFORM_OBJECT.ID, id).set(PLATFORM_OBJECT.BODY, "{}")
                .returning(PLATFORM_OBJECT.SEQ).fetchOne(PLATFORM_OBJECT.SEQ);
        dsl.insertInto(PLATFORM_OBJECT_TEXT_VALUE).set(PLATFORM_OBJECT_TEXT_VALUE.OBJECT_SEQ, seq)
                .set(PLATFORM_OBJECT_TEXT_VALUE.PROPERTY, "name").set(PLATFORM_OBJECT_TEXT_VALUE.POSITION, 0)
                .set(PLATFORM_OBJECT_TEXT_VALUE.OBJECT_TYPE, "Folder").set(PLATFORM_OBJECT_TEXT_VALUE.TEXT_VALUE, id)
                .execute();
        return seq;
    }

    private List<Long> values() {
        return dsl.select(PLATFORM_OBJECT_TEXT_VALUE.OBJECT_SEQ).from(PLATFORM_OBJECT_TEXT_VALUE)
                .fetch(PLATFORM_OBJECT_TEXT_VALUE.OBJECT_SEQ);
    }

    /** The SQL of every statement the store runs from now on, in order. */
    private List<String> statementsRun() {
        List<String> statements = new CopyOnWriteArrayList<>();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.sql() != null) {
                    statements.add(ctx.sql());
                }
            }
        };
        List<ExecuteListenerProvider> listeners = new ArrayList<>(List.of(dsl.configuration().executeListenerProviders()));
        listeners.add(DefaultExecuteListenerProvider.providers(recorder)[0]);
        dsl.configuration().set(listeners.toArray(ExecuteListenerProvider[]::new));
        return statements;
    }

    /** How many keys a restore looked up in {@code table}: the parameters of its deletes there. */
    private static long keysLookedUp(List<String> statements, String table) {
        String deleting = ("DELETE FROM PUBLIC.\"" + table + "\"").toLowerCase(Locale.ROOT);
        return statements.stream().filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith(deleting))
                .mapToLong(sql -> sql.chars().filter(c -> c == '?').count()).sum();
    }
}
