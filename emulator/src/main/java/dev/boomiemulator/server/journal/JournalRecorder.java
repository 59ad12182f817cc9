package dev.boomiemulator.server.journal;

import dev.boomiemulator.common.AsSent;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns an answered request into a {@link JournalEntry}: credentials redacted, bodies cut to the journal's limit,
 * the account read where the family puts it (the path for the Platform and Data Integration, the body's
 * {@code accountId} for Connect Now).
 */
public final class JournalRecorder {
    /** Headers that carry secrets: kept as {@code "***"} so that a journal can be shown or exported safely. */
    private static final Set<String> SECRET_HEADERS = Set.of("authorization", "proxy-authorization", "cookie",
            "set-cookie", "x-api-key", "x-auth-token");
    static final String REDACTED = "***";

    private final RequestJournal journal;

    public JournalRecorder(RequestJournal journal) {
        this.journal = journal;
    }

    /** Records {@code ctx} as answered by {@code family} after {@code millis}. */
    public void record(Context ctx, String family, Instant at, double millis) {
        if (!journal.enabled()) {
            return;
        }
        String body = bodyOf(ctx);
        int limit = journal.bodyLimit();
        Answer response = answerOf(ctx, limit);
        // the journal gives the id
        journal.record(new JournalEntry(0, at, AsSent.method(ctx), AsSent.path(ctx), ctx.queryString(),
                family, RequestAccount.of(ctx, body), headers(ctx), cut(body, limit), body.length() > limit,
                ctx.statusCode(), response.text(), response.truncated(), millis));
    }

    /**
     * The start of the answer, read before it is sent: up to {@code limit} bytes of a body held in memory. A
     * streamed body (a download) cannot be read twice and is left out.
     */
    private static Answer answerOf(Context ctx, int limit) {
        InputStream result = ctx.resultInputStream();
        if (result == null || !result.markSupported()) {
            return new Answer(null, false);
        }
        try {
            result.reset();
            int size = result.available();
            byte[] start = result.readNBytes(Math.min(size, limit));
            result.reset();
            return new Answer(new String(start, ctx.responseCharset()), size > limit);
        } catch (IOException e) {
            return new Answer(null, false);
        }
    }

    private record Answer(String text, boolean truncated) {
    }

    private static Map<String, String> headers(Context ctx) {
        Map<String, String> headers = new LinkedHashMap<>();
        ctx.headerMap().forEach((name, value) ->
                headers.put(name, SECRET_HEADERS.contains(name.toLowerCase(Locale.ROOT)) ? REDACTED : value));
        return headers;
    }

    /** The body as read (a multipart body stays unread: reading it here would cost the upload twice). */
    private static String bodyOf(Context ctx) {
        if (ctx.isMultipartFormData() || (ctx.contentLength() <= 0 && ctx.header("Transfer-Encoding") == null)) {
            return "";
        }
        return new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
    }

    private static String cut(String text, int limit) {
        if (text == null) {
            return null;
        }
        return text.length() <= limit ? text : text.substring(0, limit);
    }
}
