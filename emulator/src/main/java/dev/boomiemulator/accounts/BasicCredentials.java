package dev.boomiemulator.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/** A username and secret from an HTTP Basic header or a base64 {@code user:password} body field. */
public record BasicCredentials(String username, String secret) {
    /** The prefix of a Platform API token login: {@code BOOMI_TOKEN.user@example.com:token}. */
    public static final String TOKEN_PREFIX = "BOOMI_TOKEN.";

    /** Parses {@code Authorization: Basic ...}; empty when the header is missing or not Basic. */
    public static Optional<BasicCredentials> fromHeader(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        return fromBase64(header.substring(6).trim());
    }

    /** Parses base64 {@code user:password}; empty when it is not that. */
    public static Optional<BasicCredentials> fromBase64(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded.trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            return Optional.of(new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    public boolean isApiToken() {
        return username.startsWith(TOKEN_PREFIX);
    }

    /** The user the credentials name, without the API token prefix. */
    public String user() {
        return isApiToken() ? username.substring(TOKEN_PREFIX.length()) : username;
    }
}
