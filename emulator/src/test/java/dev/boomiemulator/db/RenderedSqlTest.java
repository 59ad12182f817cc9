package dev.boomiemulator.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** A statement's SQL is rendered at its first run, once, however many threads run it first. */
class RenderedSqlTest {
    private final DSLContext dsl = DSL.using(SQLDialect.H2);

    @Test
    void the_sql_and_columns_are_worked_out_once_at_the_first_use() {
        AtomicInteger built = new AtomicInteger();
        RenderedSql sql = new RenderedSql(dsl, () -> {
            built.incrementAndGet();
            return query();
        });
        assertThat(built).hasValue(0);

        List<CompletableFuture<String>> first = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            first.add(CompletableFuture.supplyAsync(sql::get));
        }

        first.forEach(rendered -> assertThat(rendered.join()).isEqualTo(dsl.render(query())));
        assertThat(sql.columns()).extracting(column -> column.getName()).containsExactly("id", "name");
        assertThat(built).hasValue(1);
    }

    private Select<?> query() {
        return dsl.select(DSL.field("id"), DSL.field("name")).from(DSL.table("environment"))
                .where(DSL.field("id").eq(DSL.param("id", String.class)));
    }

    @Test
    void a_write_has_no_columns() {
        RenderedSql sql = new RenderedSql(dsl, () -> dsl.deleteFrom(DSL.table("environment")));

        assertThat(sql.columns()).isNull();
        assertThat(sql.get()).isEqualTo("delete from environment");
    }
}
