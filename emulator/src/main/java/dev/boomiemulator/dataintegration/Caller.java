package dev.boomiemulator.dataintegration;

import java.util.List;
import java.util.Set;

/**
 * Who a request comes from, as its bearer token says: the shared account the token belongs to (the
 * store's ACCOUNT_ID), that account's 24-hex Data Integration id, the token itself (throttling counts
 * per token) and what it may do.
 *
 * @param environments the environment ids the token is limited to; empty for all of the account's
 */
public record Caller(String accountId, String diAccountId, long tokenSeq, String tokenName, String user,
                     Set<String> scopes, List<String> environments) {
    public boolean has(Scope scope) {
        return scopes.contains(Scope.ALL) || scopes.contains(scope.wireName());
    }

    public boolean mayUse(String environmentId) {
        return environments.isEmpty() || environments.stream().anyMatch(id -> id.equalsIgnoreCase(environmentId));
    }
}
