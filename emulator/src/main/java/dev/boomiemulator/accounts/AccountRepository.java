package dev.boomiemulator.accounts;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.ACCOUNT_USER;

import dev.boomiemulator.db.jooq.tables.records.AccountUserRecord;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Accounts and the users who may act in them. */
public final class AccountRepository {
    private final DSLContext dsl;

    public AccountRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Account> find(String accountId) {
        return dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(accountId)).fetchOptional()
                .map(r -> new Account(r.getId(), r.getName(), r.getStatus(), r.getDateCreated().toInstant(),
                        r.getParentAccountId()));
    }

    /** The account that manages {@code accountId} (its partner), if any. */
    public Optional<String> parentOf(String accountId) {
        return dsl.select(ACCOUNT.PARENT_ACCOUNT_ID).from(ACCOUNT).where(ACCOUNT.ID.eq(accountId))
                .fetchOptional(ACCOUNT.PARENT_ACCOUNT_ID);
    }

    public List<String> accountIds() {
        return dsl.select(ACCOUNT.ID).from(ACCOUNT).orderBy(ACCOUNT.ID).fetch(ACCOUNT.ID);
    }

    /** Every account membership of one username (the same name may be a user of several accounts). */
    public List<AccountUserRecord> usersNamed(String username) {
        return dsl.selectFrom(ACCOUNT_USER).where(ACCOUNT_USER.USERNAME.eq(username)).fetch();
    }

    public static void insertAccount(DSLContext tx, Account account) {
        tx.insertInto(ACCOUNT)
                .set(ACCOUNT.ID, account.id())
                .set(ACCOUNT.NAME, account.name())
                .set(ACCOUNT.STATUS, account.status())
                .set(ACCOUNT.DATE_CREATED, account.dateCreated().atOffset(ZoneOffset.UTC))
                .set(ACCOUNT.PARENT_ACCOUNT_ID, account.parentAccountId())
                .execute();
    }

    public static void insertUser(DSLContext tx, String accountId, String username, String password, String apiToken) {
        tx.insertInto(ACCOUNT_USER)
                .set(ACCOUNT_USER.ACCOUNT_ID, accountId)
                .set(ACCOUNT_USER.USERNAME, username)
                .set(ACCOUNT_USER.PASSWORD, password)
                .set(ACCOUNT_USER.API_TOKEN, apiToken)
                .execute();
    }
}
