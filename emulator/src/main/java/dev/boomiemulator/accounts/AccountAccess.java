package dev.boomiemulator.accounts;

import static dev.boomiemulator.db.jooq.Tables.ACCOUNT_USER;

import dev.boomiemulator.db.TableVersions;
import dev.boomiemulator.db.VersionedCache;
import dev.boomiemulator.db.jooq.tables.records.AccountUserRecord;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether Basic credentials admit a caller to an account, the rule the Platform and Connect Now
 * families share: unknown user or wrong secret is unauthenticated (401); a real user of some other
 * account is forbidden here (403).
 */
public final class AccountAccess {
    public enum Verdict { ADMITTED, UNAUTHENTICATED, FORBIDDEN }

    private static final int MAX_HIERARCHY_DEPTH = 32;

    private final AccountRepository accounts;
    /** Every request checks its caller: the users by name are read once per change of the users table. */
    private final VersionedCache<String, List<AccountUserRecord>> usersByName;

    public AccountAccess(AccountRepository accounts, TableVersions versions) {
        this.accounts = accounts;
        this.usersByName = new VersionedCache<>(versions, ACCOUNT_USER);
    }

    public Verdict check(Optional<BasicCredentials> credentials, String accountId) {
        if (credentials.isEmpty()) {
            return Verdict.UNAUTHENTICATED;
        }
        BasicCredentials given = credentials.get();
        // a loop, not streams: this runs on every request, and under the launcher's C1 the streams were 3% of a GET
        boolean authenticated = false;
        for (AccountUserRecord user : usersByName.get(given.user(), accounts::usersNamed)) {
            if (secretMatches(user, given)) {
                if (user.getAccountId().equals(accountId)) {
                    return Verdict.ADMITTED;
                }
                authenticated = true;
            }
        }
        return authenticated ? Verdict.FORBIDDEN : Verdict.UNAUTHENTICATED;
    }

    /**
     * Whether {@code partnerAccountId} may act on {@code subAccountId} through the Partner API's
     * {@code overrideAccount}: the partner must be above it in the account hierarchy (its parent, or
     * the parent's parent, ...), as the real service requires. An account never manages itself.
     */
    public boolean manages(String partnerAccountId, String subAccountId) {
        String current = subAccountId;
        // fixtures cannot make a cycle (a parent must exist before its child); the bound is a safety net
        for (int depth = 0; depth < MAX_HIERARCHY_DEPTH; depth++) {
            String parent = accounts.parentOf(current).orElse(null);
            if (parent == null) {
                return false;
            }
            if (parent.equals(partnerAccountId)) {
                return true;
            }
            current = parent;
        }
        return false;
    }

    private static boolean secretMatches(AccountUserRecord user, BasicCredentials given) {
        String expected = given.isApiToken() ? user.getApiToken() : user.getPassword();
        return expected != null && expected.equals(given.secret());
    }
}
