package dev.boomiemulator.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * A servlet filter that hands the rest of the chain (validation, handlers, the journal) a request's body through a
 * stream of its own making. Requests without a body pass through untouched.
 */
abstract class BodyFilter implements Filter {

    /** The stream the chain reads {@code request}'s body from, made on its first read. */
    abstract ServletInputStream reading(HttpServletRequest request, ServletInputStream body);

    @Override
    public final void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest sent = (HttpServletRequest) request;
        if (sent.getContentLengthLong() <= 0 && sent.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(new HttpServletRequestWrapper(sent) {
            private ServletInputStream body;

            @Override
            public ServletInputStream getInputStream() throws IOException {
                if (body == null) {
                    body = reading(sent, super.getInputStream());
                }
                return body;
            }
        }, response);
    }

    /** A body stream over the one sent; the calls of non-blocking reading go to that one. */
    abstract static class Over extends ServletInputStream {
        final ServletInputStream sent;

        Over(ServletInputStream sent) {
            this.sent = sent;
        }

        @Override
        public boolean isFinished() {
            return sent.isFinished();
        }

        @Override
        public boolean isReady() {
            return sent.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            sent.setReadListener(listener);
        }
    }
}
