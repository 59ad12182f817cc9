package dev.boomiemulator.connectnow;

import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;

import java.util.List;
import org.jooq.DSLContext;

/** The Platform state ws/simple reads directly: an account's environments. */
final class ConnectNowRepository {
    private final DSLContext dsl;

    ConnectNowRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<Views.Environment> environments(String accountId) {
        return dsl.selectFrom(ENVIRONMENT)
                .where(ENVIRONMENT.ACCOUNT_ID.eq(accountId))
                .orderBy(ENVIRONMENT.NAME, ENVIRONMENT.SEQ)
                .fetch(row -> new Views.Environment(row.getId(), row.getName(), row.getClassificationCanonical()));
    }
}
