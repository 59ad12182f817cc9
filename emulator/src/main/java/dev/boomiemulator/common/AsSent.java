package dev.boomiemulator.common;

import io.javalin.http.Context;

/**
 * A request's path and method as its client sent them, where routing saw others. A request under an alias that
 * shares its family's routes (the Partner API) is routed under the family's main prefix, and a HEAD is routed as the
 * GET it mirrors; {@code ctx.path()} and {@code ctx.method()} then give what the router saw. What the client is shown
 * (the journal, fault rules, logs, error messages) and what depends on the alias (its query parameters, URLs handed
 * back) read these instead.
 */
public final class AsSent {
    /** The request attribute that holds the path as sent, set only where it differs from {@code ctx.path()}. */
    public static final String PATH = "boomi-emulator.sent-path";
    /** The request attribute that holds the method as sent, set only where it differs from {@code ctx.method()}. */
    public static final String METHOD = "boomi-emulator.sent-method";

    private AsSent() {
    }

    public static String path(Context ctx) {
        String sent = ctx.attribute(PATH);
        return sent == null ? ctx.path() : sent;
    }

    /** {@code HEAD}, {@code GET}, ...: the method's name as sent. */
    public static String method(Context ctx) {
        String sent = ctx.attribute(METHOD);
        return sent == null ? ctx.method().name() : sent;
    }
}
