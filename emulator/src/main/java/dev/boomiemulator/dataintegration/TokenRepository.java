package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.db.jooq.Tables.DI_ACCOUNT;
import static dev.boomiemulator.db.jooq.Tables.DI_TOKEN;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Data Integration accounts (24-hex id ↔ shared account) and their bearer tokens. */
public final class TokenRepository {
    private final DSLContext dsl;

    public TokenRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Caller> findByToken(String token) {
        return dsl.select(DI_TOKEN.asterisk(), DI_ACCOUNT.DI_ACCOUNT_ID)
                .from(DI_TOKEN)
                .join(DI_ACCOUNT).on(DI_ACCOUNT.ACCOUNT_ID.eq(DI_TOKEN.ACCOUNT_ID))
                .where(DI_TOKEN.TOKEN.eq(token))
                .fetchOptional()
                .map(row -> new Caller(
                        row.get(DI_TOKEN.ACCOUNT_ID),
                        row.get(DI_ACCOUNT.DI_ACCOUNT_ID),
                        row.get(DI_TOKEN.SEQ),
                        row.get(DI_TOKEN.NAME),
                        row.get(DI_TOKEN.USER_NAME),
                        new LinkedHashSet<>(lines(row.get(DI_TOKEN.SCOPES))),
                        lines(row.get(DI_TOKEN.ENVIRONMENTS))));
    }

    public static Optional<String> diAccountId(DSLContext tx, String accountId) {
        return tx.select(DI_ACCOUNT.DI_ACCOUNT_ID).from(DI_ACCOUNT)
                .where(DI_ACCOUNT.ACCOUNT_ID.eq(accountId)).fetchOptional(DI_ACCOUNT.DI_ACCOUNT_ID);
    }

    /** The shared account that already uses a Data Integration account id, if any. */
    public static Optional<String> accountUsing(DSLContext tx, String diAccountId) {
        return tx.select(DI_ACCOUNT.ACCOUNT_ID).from(DI_ACCOUNT)
                .where(DI_ACCOUNT.DI_ACCOUNT_ID.eq(diAccountId)).fetchOptional(DI_ACCOUNT.ACCOUNT_ID);
    }

    public static void insertAccount(DSLContext tx, String accountId, String diAccountId) {
        tx.insertInto(DI_ACCOUNT)
                .set(DI_ACCOUNT.ACCOUNT_ID, accountId)
                .set(DI_ACCOUNT.DI_ACCOUNT_ID, diAccountId)
                .execute();
    }

    public static boolean tokenExists(DSLContext tx, String token) {
        return tx.fetchExists(DI_TOKEN, DI_TOKEN.TOKEN.eq(token));
    }

    public static void insertToken(DSLContext tx, String accountId, String token, String name, String user,
                                   List<String> scopes, List<String> environments) {
        tx.insertInto(DI_TOKEN)
                .set(DI_TOKEN.ACCOUNT_ID, accountId)
                .set(DI_TOKEN.TOKEN, token)
                .set(DI_TOKEN.NAME, name)
                .set(DI_TOKEN.USER_NAME, user)
                .set(DI_TOKEN.SCOPES, String.join("\n", scopes))
                .set(DI_TOKEN.ENVIRONMENTS, environments.isEmpty() ? null : String.join("\n", environments))
                .execute();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
