package dev.boomiemulator.common;

import io.javalin.http.Context;

/**
 * A request's path as its client sent it. A request under an alias that shares its family's routes (the Partner API)
 * is routed under the family's main prefix, and {@code ctx.path()} then gives that path; what the client is shown
 * (the journal, fault rules, logs, error messages) and what depends on the alias (its query parameters, URLs handed
 * back) read this instead.
 */
public final class SentPath {
    /** The request attribute that holds the path as sent, set only where it differs from {@code ctx.path()}. */
    public static final String ATTRIBUTE = "boomi-emulator.sent-path";

    private SentPath() {
    }

    public static String of(Context ctx) {
        String sent = ctx.attribute(ATTRIBUTE);
        return sent == null ? ctx.path() : sent;
    }
}
