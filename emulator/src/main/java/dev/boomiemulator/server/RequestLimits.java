package dev.boomiemulator.server;

import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.AsSent;
import io.javalin.http.Context;
import java.util.Enumeration;
import java.util.regex.Pattern;

/**
 * The limits a request must keep before any family looks at it, checked by the server so the answer is
 * in the family's shape: URL and header sizes (Jetty reads up to {@link #JETTY_HEADER_BUFFER} so that a
 * request somewhat over the limit reaches us with its path; beyond that Jetty answers for us, see
 * {@link JettyErrorHandler}), and %-escapes that are malformed or encode a NUL.
 */
final class RequestLimits {
    static final int MAX_URL_LENGTH = 8192;
    static final int MAX_HEADER_BYTES = 8192;
    /** What Jetty reads of a request line plus headers before refusing by itself. */
    static final int JETTY_HEADER_BUFFER = 64 * 1024;

    private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");
    private static final Pattern ENCODED_NUL = Pattern.compile("%00");

    private final Families families;

    RequestLimits(Families families) {
        this.families = families;
    }

    void check(Context ctx) {
        String uri = AsSent.path(ctx);
        String query = ctx.req().getQueryString();
        int urlLength = uri.length() + (query == null ? 0 : query.length() + 1);
        if (urlLength > MAX_URL_LENGTH) {
            throw error(ctx, 414, "The URL is " + urlLength + " characters long; the limit is " + MAX_URL_LENGTH + ".");
        }
        int headerBytes = headerBytes(ctx);
        if (headerBytes > MAX_HEADER_BYTES) {
            throw error(ctx, 431, "The request headers take " + headerBytes + " bytes; the limit is "
                    + MAX_HEADER_BYTES + ".");
        }
        String raw = query == null ? uri : uri + "?" + query;
        if (raw.indexOf('%') < 0) {
            return; // most URLs have no escape at all: the two scans below were 1.2% of a GET's CPU
        }
        if (BAD_ESCAPE.matcher(raw).find()) {
            throw error(ctx, 400, "The URL has a malformed %-escape: '%' must be followed by two hex digits.");
        }
        if (ENCODED_NUL.matcher(raw).find()) {
            throw error(ctx, 400, "The URL contains an encoded NUL character (%00).");
        }
    }

    private static int headerBytes(Context ctx) {
        int total = 0;
        for (Enumeration<String> names = ctx.req().getHeaderNames(); names.hasMoreElements(); ) {
            String name = names.nextElement();
            for (Enumeration<String> values = ctx.req().getHeaders(name); values.hasMoreElements(); ) {
                total += name.length() + values.nextElement().length() + 4; // ": " and CRLF
            }
        }
        return total;
    }

    private ApiException error(Context ctx, int status, String message) {
        return families.error(ctx.path(), status, message);
    }
}
