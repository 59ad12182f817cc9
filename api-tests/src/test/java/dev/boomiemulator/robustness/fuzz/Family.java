package dev.boomiemulator.robustness.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The four API families as the fuzzer sees them: which OpenAPI document describes them, how the demo
 * caller proves who it is, and what an error answer must look like.
 */
public enum Family {
    PLATFORM("openapi/platform-v1.yaml", "/api/rest/v1/") {
        @Override
        Optional<String> errorShapeProblem(JsonNode body) {
            return platformLike(body);
        }
    },
    CONNECT_NOW("openapi/ws-simple.yaml", "/ws/simple/") {
        @Override
        Optional<String> errorShapeProblem(JsonNode body) {
            return platformLike(body);
        }
    },
    DATA_INTEGRATION("openapi/data-integration-v1.yaml", "/v1/") {
        @Override
        String authorization() {
            return "Bearer " + DEMO_DI_TOKEN;
        }

        /** FastAPI: {@code {"detail":"..."}} or, for 422, {@code {"detail":[{"type","loc","msg"}...]}}. */
        @Override
        Optional<String> errorShapeProblem(JsonNode body) {
            JsonNode detail = body.get("detail");
            if (detail == null) {
                return Optional.of("no detail");
            }
            if (detail.isTextual()) {
                return detail.asText().isBlank() ? Optional.of("blank detail") : Optional.empty();
            }
            if (detail.isArray() && !detail.isEmpty()) {
                for (JsonNode item : detail) {
                    if (!item.path("msg").isTextual() || !item.path("loc").isArray()) {
                        return Optional.of("detail item without msg/loc");
                    }
                }
                return Optional.empty();
            }
            return Optional.of("detail neither text nor a list of items");
        }
    },
    CONTROL("openapi/emulator-control.yaml", "/_emulator/") {
        @Override
        String authorization() {
            return null;
        }

        /** ControlException: {@code {"message":"...","problems":[...]}}. */
        @Override
        Optional<String> errorShapeProblem(JsonNode body) {
            JsonNode message = body.get("message");
            if (message == null || !message.isTextual() || message.asText().isBlank()) {
                return Optional.of("no message");
            }
            return Optional.empty();
        }
    };

    public static final String DEMO_ACCOUNT = "demo-account";
    public static final String DEMO_USER = "demo@example.com";
    public static final String DEMO_PASSWORD = "demo-password";
    public static final String DEMO_DI_TOKEN = "demo-di-token";

    private final String document;
    private final String prefix;

    Family(String document, String prefix) {
        this.document = document;
        this.prefix = prefix;
    }

    /** The path every request of the family starts with. */
    String prefix() {
        return prefix;
    }

    /** Classpath location of the family's OpenAPI document. */
    String document() {
        return document;
    }

    /** The demo caller's Authorization header value, or null where none is needed. */
    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString(
                (DEMO_USER + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /** Why an error body is not in the family's shape, or empty when it is. */
    abstract Optional<String> errorShapeProblem(JsonNode body);

    private static Optional<String> platformLike(JsonNode body) {
        if (!"Error".equals(body.path("@type").asText(null))) {
            return Optional.of("@type is not Error");
        }
        JsonNode message = body.get("message");
        if (message == null || !message.isTextual() || message.asText().isBlank()) {
            return Optional.of("no message");
        }
        return Optional.empty();
    }
}
