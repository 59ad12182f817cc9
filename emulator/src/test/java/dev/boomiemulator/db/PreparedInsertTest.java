package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT;
import static dev.boomiemulator.db.jooq.Tables.PLATFORM_OBJECT_NUMBER_VALUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Inserts run outside jOOQ store what they are given, and the listeners that watch jOOQ's writes hear of them: a
 * reset copies the table back, and a cached read of it is read again.
 */
class PreparedInsertTest {
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);

    private final Database database = new Database();
    private final DSLContext dsl = database.dsl();
    private final PreparedInsert environment = PreparedInsert.into(dsl, ENVIRONMENT, ENVIRONMENT.ACCOUNT_ID,
            ENVIRONMENT.ID, ENVIRONMENT.NAME, ENVIRONMENT.CLASSIFICATION, ENVIRONMENT.CLASSIFICATION_CANONICAL,
            ENVIRONMENT.CREATED_DATE);

    @BeforeEach
    void account() {
        database.createSchema();
        dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, "a").set(ACCOUNT.NAME, "A").set(ACCOUNT.STATUS, "active")
                .set(ACCOUNT.DATE_CREATED, CREATED).execute();
        database.snapshot();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void stores_the_values_as_given() {
        environment.insert("a", "e1", "Production", "PROD", "PROD", CREATED);

        var stored = dsl.selectFrom(ENVIRONMENT).where(ENVIRONMENT.ID.eq("e1")).fetchOne();
        assertThat(stored.getName()).isEqualTo("Production");
        assertThat(stored.getClassificationCanonical()).isEqualTo("PROD");
        assertThat(stored.getCreatedDate()).isEqualTo(CREATED);
    }

    @Test
    void returns_the_generated_key_of_each_row() {
        PreparedInsert object = PreparedInsert.into(dsl, PLATFORM_OBJECT, PLATFORM_OBJECT.ACCOUNT_ID,
                PLATFORM_OBJECT.OBJECT_TYPE, PLATFORM_OBJECT.ID, PLATFORM_OBJECT.BODY).returning(PLATFORM_OBJECT.SEQ);

        long first = object.insertReturningKey("a", "Folder", "f1", "{}");
        long second = object.insertReturningKey("a", "Folder", "f2", "{}");

        assertThat(second).isGreaterThan(first);
        assertThat(dsl.select(PLATFORM_OBJECT.SEQ).from(PLATFORM_OBJECT).where(PLATFORM_OBJECT.ID.eq("f2"))
                .fetchOne(PLATFORM_OBJECT.SEQ)).isEqualTo(second);
    }

    @Test
    void inserts_a_batch_with_nulls_in_one_go() {
        PreparedInsert values = PreparedInsert.into(dsl, PLATFORM_OBJECT_NUMBER_VALUE,
                PLATFORM_OBJECT_NUMBER_VALUE.OBJECT_SEQ, PLATFORM_OBJECT_NUMBER_VALUE.PROPERTY,
                PLATFORM_OBJECT_NUMBER_VALUE.POSITION, PLATFORM_OBJECT_NUMBER_VALUE.OBJECT_TYPE,
                PLATFORM_OBJECT_NUMBER_VALUE.NUMBER_VALUE);

        values.insertAll(List.of(new Object[] {7L, "size", 0, "Folder", new BigDecimal("12.5")},
                new Object[] {7L, "size", 1, "Folder", null}));

        assertThat(dsl.select(PLATFORM_OBJECT_NUMBER_VALUE.NUMBER_VALUE).from(PLATFORM_OBJECT_NUMBER_VALUE)
                .orderBy(PLATFORM_OBJECT_NUMBER_VALUE.POSITION).fetch(PLATFORM_OBJECT_NUMBER_VALUE.NUMBER_VALUE))
                .usingElementComparator(Comparator.nullsFirst(BigDecimal::compareTo)) // the column's scale is 10
                .containsExactly(new BigDecimal("12.5"), null);
    }

    @Test
    void a_reset_takes_back_what_it_inserted() {
        environment.insert("a", "e1", "Production", "PROD", "PROD", CREATED);

        database.restore(tx -> { });

        assertThat(dsl.fetchCount(ENVIRONMENT)).isZero();
    }

    @Test
    void moves_the_table_version_at_the_insert_and_again_at_the_commit() {
        long before = database.tableVersions().version(ENVIRONMENT);
        environment.insert("a", "e1", "Production", "PROD", "PROD", CREATED);
        long afterInsert = database.tableVersions().version(ENVIRONMENT);
        assertThat(afterInsert).isGreaterThan(before);

        long[] insideTransaction = new long[1];
        dsl.transaction(() -> {
            environment.insert("a", "e2", "Test", "TEST", "TEST", CREATED);
            insideTransaction[0] = database.tableVersions().version(ENVIRONMENT);
        });

        assertThat(insideTransaction[0]).isGreaterThan(afterInsert);
        assertThat(database.tableVersions().version(ENVIRONMENT)).isGreaterThan(insideTransaction[0]);
    }

    @Test
    void a_failed_insert_fails_as_a_jooq_statement_would_and_stores_nothing() {
        environment.insert("a", "e1", "Production", "PROD", "PROD", CREATED);

        assertThatThrownBy(() -> environment.insert("a", "e1", "Again", "PROD", "PROD", CREATED))
                .isInstanceOf(DataAccessException.class)
                .satisfies(error -> assertThat(Transactions.isConflict(error)).isTrue());
        assertThat(dsl.fetchCount(ENVIRONMENT)).isEqualTo(1);
    }
}
