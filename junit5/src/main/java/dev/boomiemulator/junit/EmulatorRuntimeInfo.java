package dev.boomiemulator.junit;

import dev.boomiemulator.server.EmulatorServer;

/**
 * Where the embedded emulator listens and who to be: base URLs per API family for the default demo
 * account, its credentials, and a {@link EmulatorControl} to reset, load fixtures and move the clock.
 */
public final class EmulatorRuntimeInfo {
    /** The demo account of the default fixtures (see the README). */
    public static final String DEMO_ACCOUNT = "demo-account";
    public static final String DEMO_USER = "demo@example.com";
    public static final String DEMO_PASSWORD = "demo-password";
    public static final String DEMO_API_TOKEN = "demo-api-token";

    private final EmulatorServer server;
    private final EmulatorControl control;

    EmulatorRuntimeInfo(EmulatorServer server) {
        this.server = server;
        this.control = new EmulatorControl(server);
    }

    public int port() {
        return server.port();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    /** {@code http://localhost:PORT/api/rest/v1/demo-account}. */
    public String platformUrl() {
        return platformUrl(DEMO_ACCOUNT);
    }

    public String platformUrl(String accountId) {
        return baseUrl() + "/api/rest/v1/" + accountId;
    }

    /** {@code http://localhost:PORT/ws/simple}. */
    public String connectNowUrl() {
        return baseUrl() + "/ws/simple";
    }

    /** {@code http://localhost:PORT/v1}: append {@code /accounts/{account_id}/...}. */
    public String dataIntegrationUrl() {
        return baseUrl() + "/v1";
    }

    public String accountId() {
        return DEMO_ACCOUNT;
    }

    public String username() {
        return DEMO_USER;
    }

    public String password() {
        return DEMO_PASSWORD;
    }

    public String apiToken() {
        return DEMO_API_TOKEN;
    }

    public EmulatorControl control() {
        return control;
    }
}
