package dev.boomiemulator.platform.query;

import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.boomiemulator.db.Database;
import dev.boomiemulator.db.jooq.tables.records.EnvironmentRecord;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Statements of one shape share their SQL and bind their own values; a statement binding a value its shape does not
 * account for is caught. (The test suites run with {@link StatementSql#CHECKED} set, as this class does.)
 */
class StatementSqlTest {
    private final Database database = new Database();
    private final DSLContext dsl = database.dsl();
    private final StatementSql statements = new StatementSql(dsl);

    @BeforeAll
    static void checked() {
        assertThat(StatementSql.CHECKED).as("run with -Dboomi.emulator.checkStatementSql=true, as the pom sets").isTrue();
    }

    @BeforeEach
    void environments() {
        database.createSchema();
        OffsetDateTime created = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        for (String[] row : new String[][] {{"a", "a-1", "Production"}, {"a", "a-2", "Test"}, {"b", "b-1", "Test"}}) {
            dsl.insertInto(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, row[0]).set(ENVIRONMENT.ID, row[1])
                    .set(ENVIRONMENT.NAME, row[2]).set(ENVIRONMENT.CLASSIFICATION, "TEST")
                    .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, "TEST").set(ENVIRONMENT.CREATED_DATE, created).execute();
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void statements_of_one_shape_bind_their_own_values() {
        assertThat(ids("a", "Test")).containsExactly("a-2");
        assertThat(ids("b", "Test")).containsExactly("b-1");
        assertThat(ids("a", "Production")).containsExactly("a-1");
        assertThat(ids("b", "Production")).isEmpty();
    }

    @Test
    void a_value_not_made_through_the_binds_is_refused() {
        Binds binds = new Binds();
        ResultQuery<?> query = dsl.select(ENVIRONMENT.ID).from(ENVIRONMENT)
                .where(ENVIRONMENT.ACCOUNT_ID.eq(binds.value("a", ENVIRONMENT.ACCOUNT_ID)))
                .and(ENVIRONMENT.NAME.eq("Test")); // bound by jOOQ, not through the binds: another name, same shape
        assertThatThrownBy(() -> statements.fetch("by account", binds, () -> query))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not made through Binds");
    }

    @Test
    void a_shape_that_leaves_out_what_its_sql_depends_on_is_caught() {
        ids("a", "Test");
        Binds binds = new Binds();
        ResultQuery<?> other = dsl.select(ENVIRONMENT.ID).from(ENVIRONMENT)
                .where(ENVIRONMENT.ACCOUNT_ID.eq(binds.value("a", ENVIRONMENT.ACCOUNT_ID)));
        assertThatThrownBy(() -> statements.fetch("by account and name", binds, () -> other))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("but its kept SQL is");
    }

    @Test
    void rows_of_a_table_are_read_as_its_records_from_a_derived_table_too() {
        for (int run = 0; run < 2; run++) { // rendered, then kept
            assertThat(environments("a")).extracting(EnvironmentRecord::getId, EnvironmentRecord::getName)
                    .containsExactly(tuple("a-1", "Production"), tuple("a-2", "Test"));
        }
        assertThat(environments("b")).extracting(EnvironmentRecord::getId).containsExactly("b-1");
    }

    private java.util.List<EnvironmentRecord> environments(String account) {
        Binds binds = new Binds();
        var rows = ENVIRONMENT.ACCOUNT_ID.eq(binds.value(account, ENVIRONMENT.ACCOUNT_ID));
        return statements.fetchInto("environments of an account", binds, ENVIRONMENT, () -> {
            var matches = dsl.selectFrom(ENVIRONMENT).where(rows).asTable("matches");
            return dsl.selectFrom(matches).orderBy(matches.field(ENVIRONMENT.ID)).limit(DSL.inline(10));
        });
    }

    private java.util.List<String> ids(String account, String name) {
        Binds binds = new Binds();
        ResultQuery<?> query = dsl.select(ENVIRONMENT.ID).from(ENVIRONMENT)
                .where(ENVIRONMENT.ACCOUNT_ID.eq(binds.value(account, ENVIRONMENT.ACCOUNT_ID)))
                .and(ENVIRONMENT.NAME.eq(binds.value(name, ENVIRONMENT.NAME)))
                .orderBy(ENVIRONMENT.ID).limit(DSL.inline(10));
        return statements.fetch("by account and name", binds, () -> query).stream()
                .map((Record row) -> row.get(ENVIRONMENT.ID)).toList();
    }
}
