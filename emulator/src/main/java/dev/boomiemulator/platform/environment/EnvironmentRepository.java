package dev.boomiemulator.platform.environment;

import static dev.boomiemulator.db.jooq.Tables.DEPLOYED_PACKAGE;
import static dev.boomiemulator.db.jooq.Tables.ENVIRONMENT;

import dev.boomiemulator.db.KeyLookup;
import dev.boomiemulator.db.LookupValues;
import dev.boomiemulator.db.PreparedInsert;
import dev.boomiemulator.db.jooq.tables.records.EnvironmentRecord;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Field;

/** Environments in the store, always within one account. */
public final class EnvironmentRepository {
    /** Environments (or ids) to one statement: a few thousand bind values. */
    private static final int BATCH = 500;
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

    /** The columns an environment is written to, in the order of {@link #row}. */
    private static final Field<?>[] COLUMNS = {ENVIRONMENT.ACCOUNT_ID, ENVIRONMENT.ID, ENVIRONMENT.NAME,
            ENVIRONMENT.CLASSIFICATION, ENVIRONMENT.CLASSIFICATION_CANONICAL, ENVIRONMENT.CREATED_DATE};

    private final DSLContext dsl;
    private final KeyLookup<EnvironmentRecord> byId;
    private final PreparedInsert insert;

    public EnvironmentRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.byId = new KeyLookup<>(dsl, ENVIRONMENT, ENVIRONMENT.ACCOUNT_ID, ENVIRONMENT.ID);
        this.insert = PreparedInsert.into(dsl, ENVIRONMENT, COLUMNS);
    }

    public Optional<Environment> find(String accountId, String id) {
        return byId.fetchOptional(accountId, id).map(EnvironmentRepository::toEnvironment);
    }

    public boolean exists(String accountId, String id) {
        return dsl.fetchExists(ENVIRONMENT, ENVIRONMENT.ACCOUNT_ID.eq(accountId).and(ENVIRONMENT.ID.eq(id)));
    }

    public void insert(String accountId, Environment environment) {
        insert.insert(row(accountId, environment));
    }

    /** Also used by the fixture loader inside its transaction. */
    public static void insert(DSLContext tx, String accountId, Environment environment) {
        insertAll(tx, accountId, List.of(environment));
    }

    /** Inserts many environments, {@link #BATCH} to a statement: a fixture's, inside its transaction. */
    public static void insertAll(DSLContext tx, String accountId, Collection<Environment> environments) {
        List<Environment> all = new ArrayList<>(environments);
        for (int from = 0; from < all.size(); from += BATCH) {
            var insert = tx.insertInto(ENVIRONMENT).columns(COLUMNS);
            for (Environment environment : all.subList(from, Math.min(all.size(), from + BATCH))) {
                insert = insert.values(row(accountId, environment));
            }
            insert.execute();
        }
    }

    /** An environment's row: {@link #COLUMNS}. */
    private static Object[] row(String accountId, Environment environment) {
        return new Object[] {accountId, environment.id(), environment.name(), environment.classification(),
                Classification.canonical(environment.classification()), environment.createdDate().atOffset(ZoneOffset.UTC)};
    }

    /** Which of {@code ids} the account already has an environment under, each looked up by key ({@link LookupValues}). */
    public static Set<String> storedIds(DSLContext tx, String accountId, Collection<String> ids) {
        return new HashSet<>(LookupValues.readAll(ids, wanted -> tx.select(ENVIRONMENT.ID).from(wanted.table())
                .join(ENVIRONMENT).on(ENVIRONMENT.ACCOUNT_ID.eq(accountId).and(ENVIRONMENT.ID.eq(wanted.value())))
                .fetch(ENVIRONMENT.ID)));
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
