package dev.boomiemulator.server;

import dev.boomiemulator.accounts.Account;
import dev.boomiemulator.accounts.AccountRepository;
import dev.boomiemulator.dataintegration.TokenRepository;
import dev.boomiemulator.fixtures.FixtureLoader;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * What a server has loaded: the fixture documents, and the accounts with the ids each API family knows
 * them by (the same id for Platform and Connect Now; a 24-hex id for Data Integration, when the account
 * has a Data Integration part). The start-up banner shows it.
 */
public record StartupSummary(List<String> fixtureSources, List<LoadedAccount> accounts) {
    public StartupSummary {
        fixtureSources = List.copyOf(fixtureSources);
        accounts = List.copyOf(accounts);
    }

    /** @param dataIntegrationId the account's id under {@code /v1/accounts/}, when it has one */
    public record LoadedAccount(String id, String name, Optional<String> dataIntegrationId) {
    }

    static StartupSummary read(FixtureLoader fixtures, DSLContext dsl) {
        AccountRepository accounts = new AccountRepository(dsl);
        List<LoadedAccount> loaded = accounts.accountIds().stream()
                .map(id -> new LoadedAccount(id, accounts.find(id).map(Account::name).orElse(id),
                        TokenRepository.diAccountId(dsl, id)))
                .toList();
        return new StartupSummary(fixtures.loadedSources(), loaded);
    }
}
