package dev.boomiemulator.dataintegration;

import dev.boomiemulator.common.ApiException;
import dev.boomiemulator.common.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Data Integration API's wire errors, shaped as FastAPI answers them: {@code {"detail":"..."}} for
 * 400, 401, 403, 404 and 429 (with {@code Retry-After}), and {@code {"detail":[{"type","loc","msg"}]}} for
 * request-validation failures (422).
 */
public final class DataIntegrationException extends ApiException {
    private final Object detail;
    private final Map<String, String> headers;

    private DataIntegrationException(int status, String message, Object detail, Map<String, String> headers) {
        super(status, message);
        this.detail = detail;
        this.headers = headers;
    }

    public static DataIntegrationException of(int status, String detail) {
        return new DataIntegrationException(status, detail, detail, Map.of());
    }

    public static DataIntegrationException badRequest(String detail) {
        return of(400, detail);
    }

    public static DataIntegrationException notFound(String detail) {
        return of(404, detail);
    }

    public static DataIntegrationException unauthorized(String detail) {
        return new DataIntegrationException(401, detail, detail, Map.of("WWW-Authenticate", "Bearer"));
    }

    public static DataIntegrationException forbidden(String detail) {
        return of(403, detail);
    }

    public static DataIntegrationException tooManyRequests(String detail, long retryAfterSeconds) {
        return new DataIntegrationException(429, detail, detail,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    /** A 422 with the given problems, each a FastAPI error item. */
    public static DataIntegrationException validation(List<ValidationItem> items) {
        List<Map<String, Object>> detail = new ArrayList<>();
        for (ValidationItem item : items) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", item.type());
            entry.put("loc", item.loc());
            entry.put("msg", item.msg());
            detail.add(entry);
        }
        String message = items.isEmpty() ? "Invalid request" : items.get(0).msg();
        return new DataIntegrationException(422, message, detail, Map.of());
    }

    /** A 422 from what the OpenAPI validation of the request found. */
    public static DataIntegrationException invalidRequest(List<Violation> violations) {
        return validation(violations.stream().map(ValidationItem::of).toList());
    }

    @Override
    public Object body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("detail", detail);
        return body;
    }

    @Override
    public Map<String, String> headers() {
        return headers;
    }

    /** One Pydantic-style problem: {@code type}, {@code loc} (strings and list indexes), {@code msg}. */
    public record ValidationItem(String type, List<Object> loc, String msg) {
        public static ValidationItem missing(String in, String... path) {
            List<Object> loc = new ArrayList<>();
            loc.add(in);
            loc.addAll(List.of(path));
            return new ValidationItem("missing", loc, "Field required");
        }

        private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");
        private static final Pattern REGEX = Pattern.compile("regex \"(.*)\" does not match");
        private static final Pattern ENUM = Pattern.compile("possible values: \\[(.*)]\\)");
        private static final Pattern AT_MOST = Pattern.compile("at most (\\d+) elements? but instance has (\\d+)");
        private static final Pattern MAX_LENGTH = Pattern.compile("maximum allowed: (\\d+)");
        private static final Pattern BOUND = Pattern.compile("(?:minimum|maximum)[^\\d-]*(-?\\d+(?:\\.\\d+)?)");

        /** Translates a validator finding into the nearest Pydantic error type and message. */
        static ValidationItem of(Violation violation) {
            List<Object> loc = new ArrayList<>();
            loc.add(violation.in());
            for (String part : violation.loc()) {
                loc.add(part.matches("\\d{1,9}") ? (Object) Integer.valueOf(part) : part);
            }
            String message = PATH_PREFIX.matcher(violation.message()).replaceFirst("");
            return switch (violation.type()) {
                case "missing" -> new ValidationItem("missing", loc, "Field required");
                case "pattern" -> new ValidationItem("string_pattern_mismatch", loc,
                        find(REGEX, message).map(regex -> "String should match pattern '" + regex + "'").orElse(message));
                case "minimum" -> new ValidationItem("greater_than_equal", loc,
                        find(BOUND, message).map(bound -> "Input should be greater than or equal to " + bound).orElse(message));
                case "maximum" -> new ValidationItem("less_than_equal", loc,
                        find(BOUND, message).map(bound -> "Input should be less than or equal to " + bound).orElse(message));
                case "maxLength" -> new ValidationItem("string_too_long", loc, find(MAX_LENGTH, message)
                        .map(max -> "String should have at most " + max + " characters").orElse(message));
                case "maxItems" -> {
                    Matcher m = AT_MOST.matcher(message);
                    yield new ValidationItem("too_long", loc, m.find() ? "List should have at most " + m.group(1)
                            + " item" + (m.group(1).equals("1") ? "" : "s") + " after validation, not " + m.group(2) : message);
                }
                case "enum" -> new ValidationItem("enum", loc, find(ENUM, message)
                        .map(values -> "Input should be " + values.replace('"', '\'').replace(",", ", "))
                        .orElse(message));
                case "type" -> new ValidationItem(typeError(message), loc, message);
                case "invalidJson" -> new ValidationItem("json_invalid", loc, "JSON decode error: " + message);
                default -> new ValidationItem(violation.type(), loc, message);
            };
        }

        private static Optional<String> find(Pattern pattern, String message) {
            Matcher m = pattern.matcher(message);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        }

        private static String typeError(String message) {
            String lower = message.toLowerCase(Locale.ROOT);
            if (lower.contains("integer")) {
                return "int_parsing";
            }
            if (lower.contains("number")) {
                return "float_parsing";
            }
            if (lower.contains("boolean")) {
                return "bool_parsing";
            }
            if (lower.contains("object")) {
                return "model_attributes_type";
            }
            if (lower.contains("array")) {
                return "list_type";
            }
            return "string_type";
        }
    }
}
