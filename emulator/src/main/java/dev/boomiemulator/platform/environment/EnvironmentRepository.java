package dev.boomiemulator.platform.environment;

import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.jooq.tables.records.EnvironmentRecord;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Environments in the store, always within one account. */
public final class EnvironmentRepository {
    /** The real service's filterable Environment properties (and the seed's createdDate). */
    public static final QueryDefinition<EnvironmentRecord> QUERY = new QueryDefinition<>(
            "Environment", ENVIRONMENT, ENVIRONMENT.ACCOUNT_ID, ENVIRONMENT.SEQ,
            List.of(
                    FilterProperty.string("id", ENVIRONMENT.ID),
                    FilterProperty.string("name", ENVIRONMENT.NAME),
                    FilterProperty.enumeration("classification", ENVIRONMENT.CLASSIFICATION_CANONICAL,
                            Classification::alias),
                    FilterProperty.date("createdDate", ENVIRONMENT.CREATED_DATE)),
            List.of("name", "createdDate"),
            EnvironmentRepository::toEnvironment);

    private final DSLContext dsl;
    private final KeyLookup<EnvironmentRecord> byId;

    public EnvironmentRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.byId = new KeyLookup<>(dsl, ENVIRONMENT, ENVIRONMENT.ACCOUNT_ID, ENVIRONMENT.ID);
    }

    public Optional<Environment> find(String accountId, String id) {
        return byId.fetchOptional(accountId, id).map(EnvironmentRepository::toEnvironment);
    }

    public boolean exists(String accountId, String id) {
        return dsl.fetchExists(ENVIRONMENT, ENVIRONMENT.ACCOUNT_ID.eq(accountId).and(ENVIRONMENT.ID.eq(id)));
    }

    public void insert(String accountId, Environment environment) {
        insert(dsl, accountId, environment);
    }

    /** Also used by the fixture loader inside its transaction. */
    public static void insert(DSLContext tx, String accountId, Environment environment) {
        tx.insertInto(ENVIRONMENT)
                .set(ENVIRONMENT.ACCOUNT_ID, accountId)
                .set(ENVIRONMENT.ID, environment.id())
                .set(ENVIRONMENT.NAME, environment.name())
                .set(ENVIRONMENT.CLASSIFICATION, environment.classification())
                .set(ENVIRONMENT.CLASSIFICATION_CANONICAL, Classification.canonical(environment.classification()))
                .set(ENVIRONMENT.CREATED_DATE, environment.createdDate().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /** @return whether the environment existed */
    public boolean rename(String accountId, String id, String name) {
        return dsl.update(ENVIRONMENT)
                .set(ENVIRONMENT.NAME, name)
                .where(ENVIRONMENT.ACCOUNT_ID.eq(accountId).and(ENVIRONMENT.ID.eq(id)))
                .execute() == 1;
    }

    /** Deletes the environment; its deployments stay readable, no longer active. @return whether it existed */
    public boolean delete(String accountId, String id) {
        dsl.update(DEPLOYED_PACKAGE)
                .set(DEPLOYED_PACKAGE.ACTIVE, false)
                .where(DEPLOYED_PACKAGE.ACCOUNT_ID.eq(accountId).and(DEPLOYED_PACKAGE.ENVIRONMENT_ID.eq(id)))
                .execute();
        return dsl.deleteFrom(ENVIRONMENT)
                .where(ENVIRONMENT.ACCOUNT_ID.eq(accountId).and(ENVIRONMENT.ID.eq(id)))
                .execute() == 1;
    }

    private static Environment toEnvironment(EnvironmentRecord row) {
        return new Environment(row.getId(), row.getName(), row.getClassification(), row.getCreatedDate().toInstant());
    }
}
