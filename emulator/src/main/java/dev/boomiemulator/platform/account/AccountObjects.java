package dev.boomiemulator.platform.account;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT;
import static dev.boomiemulator.platform.PlatformAnswers.answer;
import static dev.boomiemulator.platform.PlatformRequests.accountId;
import static dev.boomiemulator.platform.PlatformRequests.id;

import dev.boomiemulator.accounts.AccountAccess;
import dev.boomiemulator.db.jooq.tables.records.AccountRecord;
import dev.boomiemulator.platform.BulkGet;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.QueryEndpoints;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import dev.boomiemulator.platform.query.QueryEngine;
import io.javalin.http.Context;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The Account object: an account's own record, from the fixture that made it (id, name, status, creation date), and
 * the records of the accounts it manages (a partner's sub-accounts). The emulator has no licensing, so an account is
 * never over-deployed and has no expiration date.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/Account">Boomi: Account object</a>
 */
public final class AccountObjects {
    /** The document's filter names (upper case), bound to the account table. */
    private static final QueryDefinition<AccountRecord> QUERY = QueryDefinition.visible("Account", ACCOUNT,
            account -> ACCOUNT.ID.eq(account).or(ACCOUNT.PARENT_ACCOUNT_ID.eq(account)), ACCOUNT.SEQ,
            List.of(
                    FilterProperty.string("ACCOUNTID", ACCOUNT.ID),
                    FilterProperty.string("NAME", ACCOUNT.NAME),
                    FilterProperty.enumeration("STATUS", ACCOUNT.STATUS),
                    FilterProperty.date("DATECREATED", ACCOUNT.DATE_CREATED),
                    FilterProperty.date("EXPIRATIONDATE", DSL.castNull(ACCOUNT.DATE_CREATED)),
                    FilterProperty.bool("WIDGETACCOUNT", DSL.inline(false)),
                    FilterProperty.bool("OVERDEPLOYED", DSL.inline(false))),
            AccountObjects::render);

    private final DSLContext dsl;
    private final AccountAccess access;
    private final QueryEngine queries;
    /** query, queryMore and bulk. */
    public final QueryEndpoints endpoints;

    public AccountObjects(DSLContext dsl, AccountAccess access, QueryEngine queries) {
        this.dsl = dsl;
        this.access = access;
        this.queries = queries;
        this.endpoints = QueryEndpoints.of((account, body) -> queries.query(QUERY, account, body),
                (account, token) -> queries.queryMore(QUERY, account, token),
                (account, body) -> BulkGet.run(body, id -> find(account, id)));
    }

    public void get(Context ctx) {
        answer(ctx, find(accountId(ctx), id(ctx)));
    }

    /** The account itself, or one it manages; another account's record is not the caller's to read (403). */
    private Map<String, Object> find(String accountId, String id) {
        AccountRecord account = dsl.selectFrom(ACCOUNT).where(ACCOUNT.ID.eq(id)).fetchOptional()
                .orElseThrow(() -> PlatformException.notFound("Account", id));
        if (!id.equals(accountId) && !access.manages(accountId, id)) {
            throw PlatformException.of(403, "Account " + accountId + " cannot read account " + id
                    + ": it is neither that account nor one it manages.");
        }
        return render(account);
    }

    private static Map<String, Object> render(AccountRecord row) {
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("@type", "Account");
        account.put("accountId", row.getId());
        account.put("name", row.getName());
        account.put("status", row.getStatus());
        account.put("dateCreated", row.getDateCreated().toInstant().truncatedTo(ChronoUnit.SECONDS).toString());
        account.put("widgetAccount", false);
        account.put("overDeployed", false);
        return account;
    }
}
