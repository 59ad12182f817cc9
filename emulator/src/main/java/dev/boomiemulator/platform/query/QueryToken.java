package dev.boomiemulator.platform.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.platform.PlatformException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The state of a paged query, carried by the client instead of held by the server: account, object,
 * the original query, the insertion-order ceiling when it began, the key of the last row sent and the
 * total. Signed with the store's key, so a tampered, foreign or other-store token is refused (and every emulator
 * sharing a database pages the others' tokens), and
 * base64url-encoded, so it never starts with {@code @} (curl would read that as a file name).
 */
public final class QueryToken {
    /** What a token says. {@code lastSortValue} is null for queries in plain insertion order. */
    public record State(String accountId, String objectType, JsonNode query, long ceiling,
                        long lastSeq, String lastSortValue, long total) {
    }

    /** Where the key comes from: the store, so that emulators sharing it page each other's tokens. */
    private final Supplier<byte[]> secret;
    private volatile SecretKeySpec key;

    /** Signed with a key of this server's own (tests of the token alone). */
    public QueryToken() {
        this(randomSecret());
    }

    private QueryToken(byte[] secret) {
        this(() -> secret);
    }

    /** Signed with the key {@code secret} gives when first needed (it is read once). */
    public QueryToken(Supplier<byte[]> secret) {
        this.secret = secret;
    }

    /** A new random signing key. */
    public static byte[] randomSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return secret;
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            known = new SecretKeySpec(secret.get(), "HmacSHA256");
            key = known;
        }
        return known;
    }

    public String encode(State state) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("a", state.accountId());
        node.put("o", state.objectType());
        node.set("q", state.query());
        node.put("c", state.ceiling());
        node.put("s", state.lastSeq());
        if (state.lastSortValue() != null) {
            node.put("v", state.lastSortValue());
        }
        node.put("n", state.total());
        byte[] payload = node.toString().getBytes(StandardCharsets.UTF_8);
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        return base64.encodeToString(payload) + "." + base64.encodeToString(sign(payload));
    }

    /** Reads a token given for {@code accountId} and {@code objectType}; any mismatch is a 400. */
    public State decode(String token, String accountId, String objectType) {
        String trimmed = token == null ? "" : token.strip();
        if (trimmed.length() >= 2 && trimmed.startsWith("\"") && trimmed.endsWith("\"")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1); // sent as a JSON string
        }
        int dot = trimmed.indexOf('.');
        if (trimmed.isEmpty() || dot < 0) {
            throw invalid();
        }
        try {
            Base64.Decoder base64 = Base64.getUrlDecoder();
            byte[] payload = base64.decode(trimmed.substring(0, dot));
            byte[] signature = base64.decode(trimmed.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, sign(payload))) {
                throw invalid();
            }
            JsonNode node = Json.mapper().readTree(payload);
            if (!node.path("a").asText().equals(accountId) || !node.path("o").asText().equals(objectType)) {
                throw invalid();
            }
            return new State(accountId, objectType, node.get("q"), node.path("c").asLong(),
                    node.path("s").asLong(), node.hasNonNull("v") ? node.get("v").asText() : null,
                    node.path("n").asLong());
        } catch (IllegalArgumentException | java.io.IOException malformed) {
            throw invalid();
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JRE", e);
        }
    }

    private static PlatformException invalid() {
        return PlatformException.badRequest("Invalid queryToken: it is unknown, altered, or belongs to another "
                + "account or object. Run the query again.");
    }
}
