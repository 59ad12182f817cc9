package dev.boomiemulator.connectnow;

import dev.boomiemulator.accounts.AccountRepository;

/** getBoomiAccountProfile and getEnvironmentsForAccount. */
final class AccountService {
    private final AccountRepository accounts;
    private final ConnectNowRepository repository;

    AccountService(AccountRepository accounts, ConnectNowRepository repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    Views.Account profile(String accountId) {
        return accounts.find(accountId)
                .map(a -> new Views.Account(a.id(), a.name(), a.status(), a.dateCreated()))
                .orElseThrow(() -> ConnectNowException.notFound("Account " + accountId + " was not found."));
    }

    Views.ListResult<Views.Environment> environments(String accountId) {
        return Views.list(repository.environments(accountId));
    }
}
