package dev.boomiemulator.server;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

/**
 * Reads a request body without the UTF-8 byte order mark it may start with, as the real services do: Boomi's Java
 * ones parse the bytes, and a parser reading bytes takes a leading BOM as the encoding's mark; FastAPI's
 * {@code json.loads} of the bytes decodes them as {@code utf-8-sig}. .NET's XML writers put one before every document
 * they write as UTF-8; read as text, the emulator took such a body for neither XML nor JSON. Every reader of the body
 * (validation, handlers, the journal) sees it without the mark.
 */
final class ByteOrderMarkSkipping extends BodyFilter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private ByteOrderMarkSkipping() {
    }

    static void install(ServletContextHandler context) {
        context.addFilter(new ByteOrderMarkSkipping(), "/*", EnumSet.of(DispatcherType.REQUEST));
    }

    @Override
    ServletInputStream reading(HttpServletRequest request, ServletInputStream body) {
        return new Skipping(body);
    }

    /** The body as sent, less a BOM in its first three bytes: those are read first, and given back unless a BOM. */
    private static final class Skipping extends Over {
        private byte[] start;
        private int next;

        Skipping(ServletInputStream sent) {
            super(sent);
        }

        @Override
        public int read() throws IOException {
            byte[] start = start();
            return next < start.length ? start[next++] & 0xFF : sent.read();
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            byte[] start = start();
            if (next < start.length) {
                int copied = Math.min(length, start.length - next);
                System.arraycopy(start, next, into, offset, copied);
                next += copied;
                return copied;
            }
            return sent.read(into, offset, length);
        }

        /**
         * The body's first bytes, read on the first read (blocking: Javalin reads a body whole, never through a
         * {@link ReadListener}), or none when they were the BOM.
         */
        private byte[] start() throws IOException {
            if (start == null) {
                byte[] first = sent.readNBytes(BOM.length);
                start = Arrays.equals(first, BOM) ? new byte[0] : first;
            }
            return start;
        }

        @Override
        public boolean isFinished() {
            return start != null && next >= start.length && sent.isFinished();
        }
    }
}
