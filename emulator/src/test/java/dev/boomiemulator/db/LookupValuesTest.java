package dev.boomiemulator.db;

import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Values looked up by key finds the rows holding them, however many are asked for at once. */
class LookupValuesTest {
    private final Database database = new Database();
    private final DSLContext dsl = database.dsl();

    @BeforeEach
    void environments() {
        database.createSchema();
        for (String[] environment : new String[][] {{"a", "e1"}, {"a", "e70000"}, {"b", "e2"}}) {
            dsl.insertInto(ENVIRONMENT).set(ENVIRONMENT.ACCOUNT_ID, environment[0]).set(ENVIRONMENT.ID, environment[1])
                    .set(ENVIRONMENT.NAME, environment[1]).set(ENVIRONMENT.CLASSIFICATION, "TEST")
                    .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, "TEST")
                    .set(ENVIRONMENT.CREATED_DATE, OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC)).execute();
        }
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void finds_the_rows_of_any_number_of_values_beyond_the_largest_array_h2_takes() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 70_001; i++) {
            ids.add("e" + i); // 70,001 values: more than the 65,536 elements of H2's largest array
        }

        List<String> found = LookupValues.readAll(ids, wanted -> dsl.select(ENVIRONMENT.ID).from(wanted.table())
                .join(ENVIRONMENT).on(ENVIRONMENT.ACCOUNT_ID.eq("a").and(ENVIRONMENT.ID.eq(wanted.value())))
                .fetch(ENVIRONMENT.ID));

        assertThat(found).containsExactlyInAnyOrder("e1", "e70000");
        assertThat(LookupValues.of(ids)).hasSize(8);
        assertThat(LookupValues.of(List.of())).isEmpty();
    }
}
