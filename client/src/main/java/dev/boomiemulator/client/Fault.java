package dev.boomiemulator.client;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * A fault rule to add with {@link Faults#add}: which requests (a {@link RequestPattern}; its status is not used),
 * what to do to them, and how often.
 *
 * <pre>{@code
 * Fault.on(RequestPattern.post("/api/rest/v1/*}{@code /DeployedPackage")).respond(503, "Busy").times(2)
 * Fault.platformRateLimit().everyNth(3)
 * Fault.on(RequestPattern.get("/v1/accounts/**")).delay(Duration.ofSeconds(2))
 * }</pre>
 */
public final class Fault {
    private final ObjectNode rule;

    private Fault(ObjectNode rule) {
        this.rule = rule;
    }

    /** A rule for the requests {@code pattern} matches; say what it does with {@link #respond}, {@link #delay} or {@link #drop}. */
    public static Fault on(RequestPattern pattern) {
        return new Fault(ControlHttp.JSON.createObjectNode()).matching(pattern);
    }

    /** The Platform's 503 for an account over its request rate, with the real message. */
    public static Fault platformRateLimit() {
        return preset("platform-rate-limit");
    }

    /** Data Integration's 429 with {@code Retry-After: seconds}. */
    public static Fault dataIntegrationRateLimit(int retryAfterSeconds) {
        Fault fault = preset("dataintegration-rate-limit");
        fault.rule.put("retryAfterSeconds", retryAfterSeconds);
        return fault;
    }

    /** A 401 in the family's shape, as when a token or password has expired. */
    public static Fault tokenExpired() {
        return preset("token-expired");
    }

    private static Fault preset(String name) {
        Fault fault = new Fault(ControlHttp.JSON.createObjectNode());
        fault.rule.put("preset", name);
        return fault;
    }

    /** Narrows a ready-made rule (or any rule) to the requests {@code pattern} matches. */
    public Fault matching(RequestPattern pattern) {
        pattern.criteria().forEach((name, value) -> {
            if (!name.equals("status")) {
                rule.put(name, value);
            }
        });
        return this;
    }

    public Fault respond(int status, String message) {
        rule.put("status", status).put("message", message);
        return this;
    }

    public Fault header(String name, String value) {
        rule.with("headers").put(name, value);
        return this;
    }

    /** Holds each matching request this long, then serves it as usual. */
    public Fault delay(Duration delay) {
        rule.put("delayMs", delay.toMillis());
        return this;
    }

    /** Closes the connection without an answer. */
    public Fault drop() {
        rule.put("drop", true);
        return this;
    }

    /** Only when the body contains {@code text}. */
    public Fault bodyContains(String text) {
        rule.put("bodyContains", text);
        return this;
    }

    /** Fires for the next {@code count} matching requests, then is gone. */
    public Fault times(int count) {
        rule.put("times", count);
        return this;
    }

    /** Fires on every {@code n}th matching request only. */
    public Fault everyNth(int n) {
        rule.put("everyNth", n);
        return this;
    }

    /** Gone after this long on the emulator clock. */
    public Fault expiresIn(Duration lifetime) {
        rule.put("expiresInSeconds", lifetime.toSeconds());
        return this;
    }

    String json() {
        return rule.toString();
    }
}
