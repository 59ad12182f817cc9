package dev.boomiemulator.db;

import static dev.boomiemulator.db.PreparedRead.parameter;
import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.boomiemulator.db.jooq.tables.records.EnvironmentRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A read whose SQL is rendered once gives what jOOQ's own run of the query gives, with each run's values. */
class PreparedReadTest {
    private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 123_456_000, ZoneOffset.UTC);
    private final Database database = new Database();
    private final DSLContext dsl = database.dsl();

    @BeforeEach
    void environments() {
        database.createSchema();
        dsl.insertInto(ACCOUNT).set(ACCOUNT.ID, "a").set(ACCOUNT.NAME, "A").set(ACCOUNT.STATUS, "active")
                .set(ACCOUNT.DATE_CREATED, CREATED).execute();
        for (String[] environment : new String[][] {{"a", "e1", "Production"}, {"a", "e2", "Test"}, {"b", "e3", "Test"}}) {
            dsl.insertInto(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, environment[0]).set(ENVIRONMENT.ID, environment[1])
                    .set(ENVIRONMENT.NAME, environment[2]).set(ENVIRONMENT.CLASSIFICATION, "TEST")
                    .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, "TEST").set(ENVIRONMENT.CREATED_DATE, CREATED).execute();
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void reads_a_row_into_the_table_s_record_as_jooq_does() {
        PreparedRead byName = new PreparedRead(dsl, dsl.selectFrom(ENVIRONMENT)
                .where(ENVIRONMENT.ACCOUNT_ID.eq(parameter(ENVIRONMENT.ACCOUNT_ID))
                        .and(ENVIRONMENT.NAME.eq(parameter(ENVIRONMENT.NAME)))));

        EnvironmentRecord production = byName.fetchFirst(ENVIRONMENT, "a", "Production").orElseThrow();
        assertThat(production).isEqualTo(dsl.selectFrom(ENVIRONMENT).where(ENVIRONMENT.ID.eq("e1")).fetchOne());
        assertThat(production.getCreatedDate()).isEqualTo(CREATED);
        assertThat(byName.fetchFirst(ENVIRONMENT, "b", "Test").map(EnvironmentRecord::getId)).contains("e3");
        assertThat(byName.fetchFirst(ENVIRONMENT, "b", "Production")).isEmpty();
    }

    @Test
    void refuses_a_table_whose_columns_the_query_does_not_select() {
        PreparedRead names = new PreparedRead(dsl, dsl.select(ENVIRONMENT.NAME).from(ENVIRONMENT));
        assertThatThrownBy(() -> names.fetchFirst(ENVIRONMENT)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void reads_every_row_and_an_aggregate() {
        PreparedRead idsOfAccount = new PreparedRead(dsl, dsl.select(ENVIRONMENT.ID).from(ENVIRONMENT)
                .where(ENVIRONMENT.ACCOUNT_ID.eq(parameter(ENVIRONMENT.ACCOUNT_ID))).orderBy(ENVIRONMENT.ID));
        PreparedRead highestSeq = new PreparedRead(dsl, dsl.select(DSL.max(ENVIRONMENT.SEQ)).from(ENVIRONMENT)
                .where(ENVIRONMENT.ACCOUNT_ID.eq(parameter(ENVIRONMENT.ACCOUNT_ID))));

        assertThat(idsOfAccount.fetch("a").getValues(ENVIRONMENT.ID)).containsExactly("e1", "e2");
        assertThat(idsOfAccount.fetch("nobody")).isEmpty();
        assertThat(highestSeq.fetchFirst("a").map(row -> row.get(0, Long.class)))
                .contains(dsl.select(DSL.max(ENVIRONMENT.SEQ)).from(ENVIRONMENT).where(ENVIRONMENT.ACCOUNT_ID.eq("a"))
                        .fetchOne(0, Long.class));
        assertThat(highestSeq.fetchFirst("nobody").map(row -> row.get(0))).isEmpty();
    }
}
