package dev.boomiemulator.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An account of the running emulator as its fixtures define it ({@code GET /_emulator/accounts}).
 *
 * @param id              the account id of {@code /api/rest/v1/{accountId}} (Platform) and Connect Now
 * @param users           Basic credentials (and API tokens) of its users, in fixture order
 * @param dataIntegration its Data Integration side, or null when its fixtures have none
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record EmulatorAccount(String id, String name, List<User> users, DataIntegration dataIntegration) {
    public EmulatorAccount {
        users = users == null ? List.of() : List.copyOf(users);
    }

    /** The first user of the account: the one the runtime info's defaults act as. */
    public User firstUser() {
        if (users.isEmpty()) {
            throw new IllegalStateException("account '" + id + "' has no users in its fixtures");
        }
        return users.get(0);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record User(String username, String password, String apiToken) {
    }

    /** @param accountId the 24-hex id of {@code /v1/accounts/{account_id}} */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DataIntegration(String accountId, List<Token> tokens) {
        public DataIntegration {
            tokens = tokens == null ? List.of() : List.copyOf(tokens);
        }
    }

    /** A Data Integration bearer token and what it may do ({@code "all"} grants every scope). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Token(String token, String name, String user, List<String> scopes) {
        public Token {
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }
}
