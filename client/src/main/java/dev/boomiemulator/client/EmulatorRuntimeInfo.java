package dev.boomiemulator.client;

import com.fasterxml.jackson.core.type.TypeReference;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where a running emulator listens and whom to be. The defaults ({@link #accountId()}, {@link #username()},
 * {@link #password()}, {@link #apiToken()}, {@link #platformUrl()}) follow the loaded fixtures: the demo account
 * when it is loaded, else the first loaded account and its first user. {@link #account(String)} gives any
 * account with its users, Data Integration id and tokens; {@link #control()} resets, loads fixtures and moves the
 * clock. The same for an embedded server (JUnit extension) and a container (Testcontainers module).
 */
public final class EmulatorRuntimeInfo {
    /** The demo account of the default fixtures (see the README). */
    public static final String DEMO_ACCOUNT = "demo-account";
    public static final String DEMO_USER = "demo@example.com";
    public static final String DEMO_PASSWORD = "demo-password";
    public static final String DEMO_API_TOKEN = "demo-api-token";

    private static final TypeReference<List<EmulatorAccount>> ACCOUNTS = new TypeReference<>() {
    };

    private final String baseUrl;
    private final ControlHttp http;
    private final EmulatorControl control;
    /** Read once and kept: only a fixture load changes it, and this runtime's control forgets it then. */
    private volatile List<EmulatorAccount> accounts;

    private EmulatorRuntimeInfo(String baseUrl, String adminToken) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = new ControlHttp(this.baseUrl, adminToken);
        this.control = new EmulatorControl(http, () -> accounts = null);
    }

    /** An emulator at {@code baseUrl} (e.g. {@code http://localhost:8080}) with an open control API. */
    public static EmulatorRuntimeInfo of(String baseUrl) {
        return new EmulatorRuntimeInfo(baseUrl, null);
    }

    /** An emulator whose control API needs {@code Authorization: Bearer <adminToken>}. */
    public static EmulatorRuntimeInfo of(String baseUrl, String adminToken) {
        return new EmulatorRuntimeInfo(baseUrl, adminToken);
    }

    public int port() {
        return URI.create(baseUrl).getPort();
    }

    /** {@code http://localhost:PORT}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@code http://localhost:PORT/api/rest/v1/ACCOUNT} for the default account. */
    public String platformUrl() {
        return platformUrl(accountId());
    }

    public String platformUrl(String accountId) {
        return baseUrl + "/api/rest/v1/" + accountId;
    }

    /** {@code http://localhost:PORT/ws/simple}. */
    public String connectNowUrl() {
        return baseUrl + "/ws/simple";
    }

    /** {@code http://localhost:PORT/v1}: append {@code /accounts/{account_id}/...} (see {@link EmulatorAccount#dataIntegration()}). */
    public String dataIntegrationUrl() {
        return baseUrl + "/v1";
    }

    /** The default account's id. */
    public String accountId() {
        return defaultAccount().id();
    }

    /** The default account's first user. */
    public String username() {
        return defaultAccount().firstUser().username();
    }

    public String password() {
        return defaultAccount().firstUser().password();
    }

    public String apiToken() {
        return defaultAccount().firstUser().apiToken();
    }

    /** The demo account when loaded, else the first loaded account. */
    public EmulatorAccount defaultAccount() {
        List<EmulatorAccount> loaded = accounts();
        if (loaded.isEmpty()) {
            throw new IllegalStateException("no account is loaded: give the emulator a fixture with one "
                    + "(or keep the default fixtures)");
        }
        return loaded.stream().filter(account -> account.id().equals(DEMO_ACCOUNT)).findFirst().orElse(loaded.get(0));
    }

    /** Every loaded account, in load order. */
    public List<EmulatorAccount> accounts() {
        List<EmulatorAccount> known = accounts;
        if (known == null) {
            known = List.copyOf(http.convert(http.get("/accounts").path("accounts"), ACCOUNTS));
            accounts = known;
        }
        return known;
    }

    /** A loaded account by id; fails with the ids that are loaded. */
    public EmulatorAccount account(String id) {
        return find(id, accounts()).orElseGet(() -> {
            // loaded behind our back (curl, another client): read again once
            accounts = null;
            List<EmulatorAccount> fresh = accounts();
            return find(id, fresh).orElseThrow(() -> new IllegalArgumentException("no account '" + id
                    + "' is loaded; loaded: " + fresh.stream().map(EmulatorAccount::id).collect(Collectors.joining(", "))));
        });
    }

    public EmulatorControl control() {
        return control;
    }

    private static java.util.Optional<EmulatorAccount> find(String id, List<EmulatorAccount> accounts) {
        return accounts.stream().filter(account -> account.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return "Boomi emulator at " + baseUrl;
    }
}
