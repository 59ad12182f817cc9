package dev.boomiemulator.support;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.boomiemulator.support.ConformanceAllowList.Finding;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks each successful Platform response against Boomi's own document ({@link OfficialPlatformDocument}),
 * on the routes that document describes, so that generated clients (which refuse objects lacking a required
 * field) can read whatever the emulator answers. Findings the allow-list explains are forgiven; any other fails
 * the test that made the call.
 *
 * <p>{@code -Dboomi.conformance=report} only records findings (for counting them across a whole run) and fails
 * nothing. Either way every checked response is logged to {@code target/conformance/responses.log}: one line per
 * response ({@code checked}, {@code undescribed}) and per finding ({@code violation}, {@code allowed}).
 */
final class OfficialPlatformConformance {
    private static final Pattern PLATFORM_PATH = Pattern.compile("^/api/rest/v1/[^/]+(/.*)?$");
    /** The real service's clients also update through {@code POST /{Object}/{id}/update}: the same operation. */
    private static final Pattern UPDATE_SUFFIX = Pattern.compile("^(/[^/]+/[^/]+)/update$");
    /** The route is not in Boomi's document (a legacy or emulator-only call): nothing to compare with. */
    private static final Set<String> UNDESCRIBED = Set.of(
            "validation.request.path.missing", "validation.request.operation.notAllowed");
    private static final Path LOG = Path.of("target", "conformance", "responses.log");
    private static final boolean REPORT_ONLY = "report".equals(System.getProperty("boomi.conformance"));
    private static final ConformanceAllowList ALLOWED = ConformanceAllowList.load();

    static {
        try {
            Files.deleteIfExists(LOG); // one log per test run
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OfficialPlatformConformance() {
    }

    static void check(FilterableRequestSpecification request, Response response) {
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String path = documentPath(URI.create(request.getURI()).getRawPath());
        if (path == null || response.statusCode() / 100 != 2) {
            return;
        }
        if (isXml(response.contentType())) {
            checkXml(method, path, response);
            return;
        }
        if (!isJson(response.contentType())) {
            return;
        }
        ValidationReport report = OfficialPlatformDocument.validateResponse(
                path, Request.Method.valueOf(method), asValidatorResponse(response));
        String operation = method + " " + path;
        if (report.getMessages().stream().anyMatch(m -> UNDESCRIBED.contains(m.getKey()))) {
            log("undescribed " + operation + " " + response.statusCode());
            return;
        }
        String described = report.getMessages().stream()
                .flatMap(m -> m.getContext().stream())
                .flatMap(c -> c.getApiOperation().stream())
                .map(o -> method + " " + o.getApiPath().original())
                .findFirst()
                .orElse(operation);
        log("checked " + described + " " + response.statusCode());
        failOn(unexplained(report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> Finding.of(described, m))
                .toList()), "The response breaks Boomi's Platform document", response);
    }

    /** An XML answer against the document's {@code xml} annotations ({@link OfficialXmlShapes}). */
    private static void checkXml(String method, String path, Response response) {
        String operation = method + " " + path;
        if (!OfficialXmlShapes.describes(method, path)) {
            log("undescribed-xml " + operation + " " + response.statusCode());
            return;
        }
        log("checked-xml " + operation + " " + response.statusCode());
        failOn(unexplained(OfficialXmlShapes.check(method, path, response.asString())),
                "The XML answer breaks the xml annotations of Boomi's Platform document", response);
    }

    /** The findings the allow-list does not explain; every finding is logged as allowed or a violation. */
    private static List<Finding> unexplained(List<Finding> findings) {
        return findings.stream()
                .filter(finding -> {
                    boolean allowed = ALLOWED.allows(finding);
                    log((allowed ? "allowed " : "violation ") + finding);
                    return !allowed;
                })
                .toList();
    }

    private static void failOn(List<Finding> violations, String what, Response response) {
        if (!violations.isEmpty() && !REPORT_ONLY) {
            throw new AssertionError(what + " (src/test/resources/" + OfficialPlatformDocument.RESOURCE + "); fix the"
                    + " shape, or explain the exception in src/test/resources/" + ConformanceAllowList.RESOURCE + ":\n  "
                    + String.join("\n  ", violations.stream().map(Finding::toString).toList())
                    + "\nBody: " + response.asString());
        }
    }

    /** The document's path for an emulator path, or null when it is not a Platform path. */
    static String documentPath(String rawPath) {
        Matcher platform = PLATFORM_PATH.matcher(rawPath);
        if (!platform.matches() || platform.group(1) == null) {
            return null;
        }
        String path = platform.group(1);
        if (path.length() > 1 && path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        Matcher update = UPDATE_SUFFIX.matcher(path);
        return update.matches() ? update.group(1) : path;
    }

    private static boolean isXml(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("xml");
    }

    private static boolean isJson(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).contains("json");
    }

    private static SimpleResponse asValidatorResponse(Response response) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(response.statusCode())
                .withBody(response.asByteArray());
        for (Header header : response.headers()) {
            builder.withHeader(header.getName(), header.getValue());
        }
        return builder.build();
    }

    private static synchronized void log(String line) {
        try {
            Files.createDirectories(LOG.getParent());
            Files.writeString(LOG, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
