package dev.boomiemulator.server.faults;

import dev.boomiemulator.server.journal.JournalFilter;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * One fault rule: which requests it matches, what it does to them, and how often. Matching is on the method, a path
 * glob, the family, the account and a text in the body (each optional). It answers with a status and message in the
 * family's own error shape (plus headers such as {@code Retry-After}), or delays the request before it is served
 * normally, or drops the connection. It fires on every match, or on every {@code everyNth} match, at most
 * {@code times} times, and not after {@code expiresAt} on the emulator clock.
 */
public final class FaultRule {
    /** What a firing rule does. */
    public enum Action { RESPOND, DELAY, DROP }

    private final String id;
    private final Definition definition;
    private final Pattern path;
    private final AtomicLong matched = new AtomicLong();
    private final AtomicLong fired = new AtomicLong();

    /** The rule as given (and as listed back), with the preset's values filled in. */
    public record Definition(String preset, String method, String path, String family, String account,
                             String bodyContains, Action action, Integer status, String message,
                             Map<String, String> headers, Long delayMs, Integer times, Integer everyNth,
                             Instant expiresAt) {
    }

    FaultRule(String id, Definition definition) {
        this(id, definition, 0, 0);
    }

    /** A rule as a shared store holds it, with the counts all emulators made so far. */
    FaultRule(String id, Definition definition, long matched, long fired) {
        this.id = id;
        this.definition = definition;
        this.path = definition.path() == null ? null : JournalFilter.glob(definition.path());
        this.matched.set(matched);
        this.fired.set(fired);
    }

    public String id() {
        return id;
    }

    public Definition definition() {
        return definition;
    }

    public long matched() {
        return matched.get();
    }

    public long fired() {
        return fired.get();
    }

    boolean expired(Instant now) {
        return (definition.expiresAt() != null && now.isAfter(definition.expiresAt()))
                || (definition.times() != null && fired.get() >= definition.times());
    }

    boolean matches(String method, String requestPath, String family, String account, String body) {
        return (definition.method() == null || definition.method().equalsIgnoreCase(method))
                && (path == null || path.matcher(requestPath).matches())
                && (definition.family() == null || definition.family().equals(family))
                && (definition.account() == null || definition.account().equals(account))
                && (definition.bodyContains() == null || (body != null && body.contains(definition.bodyContains())));
    }

    /** Counts a match; true when this one fires (every Nth, while it has firings left). */
    boolean fires() {
        return fires(matched::incrementAndGet, fired::incrementAndGet);
    }

    /**
     * The rule's decision for one more match, with counters kept wherever they are (here, or in a shared store):
     * {@code countMatch} and {@code countFiring} each add one and answer the new count.
     */
    boolean fires(java.util.function.LongSupplier countMatch, java.util.function.LongSupplier countFiring) {
        long match = countMatch.getAsLong();
        if (definition.everyNth() != null && match % definition.everyNth() != 0) {
            return false;
        }
        long firing = countFiring.getAsLong();
        return definition.times() == null || firing <= definition.times();
    }
}
