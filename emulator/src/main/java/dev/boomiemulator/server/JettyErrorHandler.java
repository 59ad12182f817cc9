package dev.boomiemulator.server;

import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.Json;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the errors Jetty finds before Javalin routes a request (a request line or headers too long, a
 * URI it cannot parse, ...) in the family's JSON instead of Jetty's HTML page. The family comes from the
 * path; when Jetty could not read one it uses a placeholder, and the answer is an {@link UnknownFamilyError}.
 */
final class JettyErrorHandler extends ErrorHandler {
    /** The paths Jetty gives a request it could not parse far enough to know the real one. */
    private static final Set<String> PLACEHOLDER_PATHS = Set.of("/badMessage", "/badURI");

    private final Families families;

    JettyErrorHandler(Families families) {
        this.families = families;
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true; // a PUT or DELETE deserves the same JSON as a GET
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        String path = request.getHttpURI() == null ? null : request.getHttpURI().getPath();
        if (path == null || PLACEHOLDER_PATHS.contains(path)) {
            path = null;
        }
        ApiException error = families.error(path, code, describe(code, message));
        byte[] body = Json.mapper().writeValueAsBytes(ErrorBodies.shortened(error.body()));
        error.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.getHeaders().put(RequestIds.HEADER, RequestIds.choose(request.getHeaders().get(RequestIds.HEADER)));
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    private static String describe(int code, String message) {
        String reason = message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        return switch (code) {
            case 400 -> "Malformed request: " + reason + " (a bad %-escape, an encoded NUL or a broken request line?)";
            case 414 -> "The URL is too long (" + reason + "); keep it under " + RequestLimits.MAX_URL_LENGTH + " characters.";
            case 431 -> "The request headers are too large (" + reason + "); keep them under "
                    + RequestLimits.MAX_HEADER_BYTES + " bytes.";
            default -> reason;
        };
    }
}
