package dev.boomiemulator.server.faults;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.platform.ratelimit.PlatformRateLimit;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fault rules in force ({@code /_emulator/faults}). A request is checked against them in the order they were
 * added; the first that matches and fires decides its fate. Rules that have fired their {@code times} or passed
 * their expiry are dropped as they are met. Checking costs nothing while there are no rules in memory; emulators
 * sharing a database keep them there ({@link SharedFaults}).
 */
public final class FaultRules {
    /** The real service's answers, ready-made. */
    static final Map<String, String> PRESETS = Map.of(
            "platform-rate-limit", "the Platform's 503 once an account is over its request rate",
            "dataintegration-rate-limit", "Data Integration's 429 with Retry-After",
            "token-expired", "a 401 as when a token or password has expired");

    private final EmulatorClock clock;
    /** This emulator's memory, or the database emulators sharing it keep the rules in. */
    private volatile FaultStore store = new MemoryFaults();

    public FaultRules(EmulatorClock clock) {
        this.clock = clock;
    }

    /** Keeps the rules in the database from now on, with every emulator that shares it. */
    public void share(SharedFaults shared) {
        this.store = shared;
    }

    /** Whether there are rules (perhaps expired ones): when not, a request need not be looked at. */
    public boolean isEmpty() {
        return store.all().isEmpty();
    }

    /** The rules in force, in the order they were added; those expired or used up are dropped on the way. */
    public List<FaultRule> all() {
        FaultStore rules = store;
        Instant now = clock.instant();
        List<FaultRule> inForce = new ArrayList<>();
        for (FaultRule rule : rules.all()) {
            if (rule.expired(now)) {
                rules.remove(rule.id());
            } else {
                inForce.add(rule);
            }
        }
        return inForce;
    }

    /** Adds a rule read from {@code json}; {@link IllegalArgumentException} says what is wrong with it. */
    public FaultRule add(JsonNode json) {
        return store.add(definition(json, clock.instant()));
    }

    public boolean remove(String id) {
        return store.remove(id);
    }

    public int clear() {
        return store.clear();
    }

    /** The rule that fires for this request, if any. */
    public Optional<FaultRule> firing(String method, String path, String family, String account,
                                      java.util.function.Supplier<String> body) {
        FaultStore rules = store;
        String text = null;
        for (FaultRule rule : all()) {
            if (rule.definition().bodyContains() != null && text == null) {
                text = body.get();
            }
            if (rule.matches(method, path, family, account, text) && rules.fires(rule)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    static FaultRule.Definition definition(JsonNode json, Instant now) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("a fault rule is a JSON object");
        }
        String preset = text(json, "preset");
        String family = lower(text(json, "family"));
        Integer status = integer(json, "status", 100, 599);
        String message = text(json, "message");
        Map<String, String> headers = new LinkedHashMap<>();
        json.path("headers").fields().forEachRemaining(header -> headers.put(header.getKey(), header.getValue().asText()));
        if (preset != null) {
            switch (preset) {
                case "platform-rate-limit" -> {
                    family = family == null ? "platform" : family;
                    status = 503;
                    message = message == null ? PlatformRateLimit.MESSAGE : message;
                }
                case "dataintegration-rate-limit" -> {
                    family = family == null ? "dataintegration" : family;
                    status = 429;
                    message = message == null ? "Too many requests: the rate limit was exceeded, retry later." : message;
                    Integer retryAfter = integer(json, "retryAfterSeconds", 0, 86_400);
                    headers.putIfAbsent("Retry-After", String.valueOf(retryAfter == null ? 1 : retryAfter));
                }
                case "token-expired" -> {
                    status = 401;
                    message = message == null ? "The credentials have expired: sign in again." : message;
                }
                default -> throw new IllegalArgumentException("unknown preset '" + preset + "'; the presets are "
                        + String.join(", ", PRESETS.keySet()));
            }
        }
        Long delay = json.has("delayMs") ? (long) integer(json, "delayMs", 1, 300_000) : null;
        boolean drop = json.path("drop").asBoolean(false);
        int actions = (status != null ? 1 : 0) + (delay != null ? 1 : 0) + (drop ? 1 : 0);
        if (actions != 1) {
            throw new IllegalArgumentException("a fault rule does one thing: give a status (or a preset), a delayMs, "
                    + "or \"drop\": true");
        }
        FaultRule.Action action = status != null ? FaultRule.Action.RESPOND
                : delay != null ? FaultRule.Action.DELAY : FaultRule.Action.DROP;
        if (family != null && !List.of("platform", "connectnow", "dataintegration").contains(family)) {
            throw new IllegalArgumentException("family must be platform, connectnow or dataintegration, got '"
                    + family + "'");
        }
        Integer expiresIn = integer(json, "expiresInSeconds", 1, 31_536_000);
        return new FaultRule.Definition(preset, upper(text(json, "method")), text(json, "path"), family,
                text(json, "account"), text(json, "bodyContains"), action, status,
                status == null ? null : (message == null ? "Fault injected by the emulator." : message),
                headers.isEmpty() ? null : headers, delay, integer(json, "times", 1, Integer.MAX_VALUE),
                integer(json, "everyNth", 1, Integer.MAX_VALUE),
                expiresIn == null ? null : now.plus(Duration.ofSeconds(expiresIn)));
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException(field + " must be a non-empty text");
        }
        return value.asText();
    }

    private static Integer integer(JsonNode json, String field, int min, int max) {
        JsonNode value = json.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < min || value.asInt() > max) {
            throw new IllegalArgumentException(field + " must be a whole number from " + min + " to " + max
                    + ", got " + value);
        }
        return value.asInt();
    }

    private static String lower(String text) {
        return text == null ? null : text.toLowerCase(Locale.ROOT);
    }

    private static String upper(String text) {
        return text == null ? null : text.toUpperCase(Locale.ROOT);
    }

    /** The rules as listed by {@code GET /_emulator/faults}. */
    public static List<Map<String, Object>> describe(List<FaultRule> rules) {
        List<Map<String, Object>> described = new ArrayList<>();
        for (FaultRule rule : rules) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", rule.id());
            entry.put("rule", rule.definition());
            entry.put("matched", rule.matched());
            entry.put("fired", rule.fired());
            described.add(entry);
        }
        return described;
    }
}
