package dev.boomiemulator.server;

import io.javalin.http.HttpResponseException;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * How much of a request body the emulator reads: an API family's request at most {@link #API_BYTES}, as ever (Javalin's
 * default), and a state or fixture document sent to the control API at most {@link #DOCUMENT_BYTES}, since a
 * document GET /_emulator/state wrote must load back: an account's export passes a megabyte at a few thousand
 * objects. Past its limit a request is answered 413 in its family's shape (Javalin's own limit is set to the larger
 * one, so that it never refuses a document first).
 */
final class BodySizeLimit extends BodyFilter {
    static final long API_BYTES = 1_000_000;
    static final long DOCUMENT_BYTES = 64L * 1024 * 1024;
    private static final Set<String> DOCUMENT_PATHS = Set.of(ControlApi.PREFIX + "/state", ControlApi.PREFIX + "/fixtures");

    private BodySizeLimit() {
    }

    static void install(ServletContextHandler context) {
        context.addFilter(new BodySizeLimit(), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    ServletInputStream reading(HttpServletRequest request, ServletInputStream body) {
        // routed with or without a trailing slash
        boolean document = DOCUMENT_PATHS.contains(request.getRequestURI().replaceFirst("/+$", ""));
        return new Limited(body, document ? DOCUMENT_BYTES : API_BYTES);
    }

    /** The body, refused with a 413 once more than {@code limit} bytes of it have been read. */
    private static final class Limited extends Over {
        private final long limit;
        private long read;

        Limited(ServletInputStream sent, long limit) {
            super(sent);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int next = sent.read();
            if (next >= 0) {
                count(1);
            }
            return next;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            int count = sent.read(into, offset, length);
            if (count > 0) {
                count(count);
            }
            return count;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                // unchecked, so it reaches the exception mapping through whichever reader was reading (Javalin's)
                throw new HttpResponseException(413, limit == API_BYTES
                        ? "The request body passes the limit of " + API_BYTES + " bytes (a state or fixture document sent"
                        + " to " + ControlApi.PREFIX + "/state or /fixtures may hold " + DOCUMENT_BYTES + ")."
                        : "The document passes the limit of " + DOCUMENT_BYTES + " bytes; load a larger one at start"
                        + " (--state-file, --fixtures).");
            }
        }
    }
}
