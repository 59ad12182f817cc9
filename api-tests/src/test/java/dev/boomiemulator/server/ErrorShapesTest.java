package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.server.RawHttp.Response;
import dev.boomiemulator.support.RequestLineTest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What a fuzzer sends, answered by every family (and the control API) in its own error shape with a JSON
 * Content-Type, never a 500 or Jetty's HTML, and without storing anything.
 */
@BoomiEmulatorTest
class ErrorShapesTest {
    private static final String DEMO_BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (EmulatorRuntimeInfo.DEMO_USER + ":" + EmulatorRuntimeInfo.DEMO_PASSWORD).getBytes());
    /** How much of an echoed value an error message keeps (docs/ARCHITECTURE.md). */
    private static final int ECHO_LIMIT = 200;
    private static final String DI_ENVIRONMENT = "/v1/accounts/6650a1b2c3d4e5f600000001/environments/6650a1b2c3d4e5f6000000e1";

    /** One API family as these tests poke it. */
    enum Family {
        PLATFORM("/api/rest/v1/demo-account", DEMO_BASIC,
                "POST", "/api/rest/v1/demo-account/Environment", "{\"name\":\"ShapeProbe\",\"classification\":\"TEST\"}",
                "POST", "/api/rest/v1/demo-account/Environment/query", null,
                "/api/rest/v1/demo-account/Environment/no-such-id", "PUT"),
        CONNECT_NOW("/ws/simple", DEMO_BASIC,
                "POST", "/ws/simple/createIntegrationPackDeployment", "{\"accountId\":\"demo-account\","
                + "\"environmentId\":\"3f1c2a9e-0b7d-4c55-9a11-000000000002\","
                + "\"integrationPackId\":\"a3c4917d-9622-4c5f-978c-0f02b5f5457a\"}",
                "POST", "/ws/simple/getInstalledIPacks", "{\"accountId\":\"demo-account\"}",
                "/ws/simple/getInstalledIPacks", "GET"),
        DATA_INTEGRATION(DI_ENVIRONMENT, "Bearer demo-di-token",
                "PUT", DI_ENVIRONMENT + "/variables", "{\"variables\":{\"shape_probe\":\"1\"}}",
                "GET", DI_ENVIRONMENT + "/variables", null,
                DI_ENVIRONMENT + "/rivers/6650a1b2c3d4e5f6000000ff", "PATCH"),
        CONTROL("/_emulator", null,
                "POST", "/_emulator/clock", "{\"frozen\":true}",
                "GET", "/_emulator/clock", null,
                "/_emulator/no-such-thing", "PUT");

        final String prefix;
        final String authorization;
        final String writeMethod;
        final String writePath;
        final String writeBody;
        final String stateMethod;
        final String statePath;
        final String stateBody;
        final String unknownPath;
        final String wrongMethod;

        Family(String prefix, String authorization, String writeMethod, String writePath, String writeBody,
               String stateMethod, String statePath, String stateBody, String unknownPath, String wrongMethod) {
            this.prefix = prefix;
            this.authorization = authorization;
            this.writeMethod = writeMethod;
            this.writePath = writePath;
            this.writeBody = writeBody;
            this.stateMethod = stateMethod;
            this.statePath = statePath;
            this.stateBody = stateBody;
            this.unknownPath = unknownPath;
            this.wrongMethod = wrongMethod;
        }

        /** Asserts the family's error shape: JSON, and the fields its clients read. */
        void assertShape(Response response) {
            assertThat(response.header("Content-Type")).as(response.body()).startsWith("application/json");
            assertThat(response.header("X-Request-Id")).isNotBlank();
            JsonNode body = response.json();
            switch (this) {
                case PLATFORM -> {
                    assertThat(body.path("@type").asText()).isEqualTo("Error");
                    assertThat(body.path("message").isTextual()).as(response.body()).isTrue();
                }
                case CONNECT_NOW -> {
                    assertThat(body.path("@type").asText()).isEqualTo("Error");
                    assertThat(body.path("message").isTextual()).as(response.body()).isTrue();
                    assertThat(body.path("statusCode").asInt()).isEqualTo(response.status());
                }
                case DATA_INTEGRATION -> assertThat(body.path("detail").isTextual() || body.path("detail").isArray())
                        .as(response.body()).isTrue();
                case CONTROL -> assertThat(body.path("message").isTextual()).as(response.body()).isTrue();
            }
        }

        Map<String, String> headers(String... more) {
            Map<String, String> headers = new LinkedHashMap<>();
            // the shapes checked here are the JSON ones (the Platform answers XML unless asked for JSON)
            headers.put("Accept", "application/json");
            if (authorization != null) {
                headers.put("Authorization", authorization);
            }
            for (int i = 0; i < more.length; i += 2) {
                headers.put(more[i], more[i + 1]);
            }
            return headers;
        }
    }

    private static String state(RawHttp http, Family family) {
        Response state = http.send(family.stateMethod, family.statePath,
                family.headers("Content-Type", "application/json"), family.stateBody);
        assertThat(state.status()).as(state.body()).isEqualTo(200);
        // the control API's clock runs on: only whether it is frozen is state a request could change
        return family == Family.CONTROL ? state.json().path("frozen").asText() : state.body();
    }

    private static Response sendingAWrite(RawHttp http, Family family, String contentType, String body) {
        String before = state(http, family);
        Response response = http.send(family.writeMethod, family.writePath, family.headers("Content-Type", contentType), body);
        assertThat(state(http, family)).as("nothing stored").isEqualTo(before);
        return response;
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void an_unknown_charset_is_400_naming_it(Family family, EmulatorRuntimeInfo emulator) {
        Response response = sendingAWrite(new RawHttp(emulator.port()), family,
                "application/json; charset=nope", family.writeBody);

        assertThat(response.status()).isEqualTo(400);
        family.assertShape(response);
        assertThat(response.body()).contains("nope");
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void a_malformed_multipart_body_is_a_client_error(Family family, EmulatorRuntimeInfo emulator) {
        Response response = sendingAWrite(new RawHttp(emulator.port()), family,
                "multipart/form-data; boundary=xyz", "garbage without parts--xyz");

        assertThat(response.status()).isIn(400, 422);
        family.assertShape(response);
    }

    @RequestLineTest
    @ParameterizedTest
    @EnumSource(Family.class)
    void a_bad_percent_escape_in_the_path_is_400(Family family, EmulatorRuntimeInfo emulator) {
        Response response = new RawHttp(emulator.port()).send("GET", family.prefix + "/x%zz", family.headers(), null);

        // Jetty refuses it before the path is known: the answer carries every family's fields
        assertThat(response.status()).isEqualTo(400);
        family.assertShape(response);
    }

    @RequestLineTest
    @ParameterizedTest
    @EnumSource(Family.class)
    void an_encoded_nul_in_the_path_is_400(Family family, EmulatorRuntimeInfo emulator) {
        Response response = new RawHttp(emulator.port()).send("GET", family.prefix + "/a%00b", family.headers(), null);

        assertThat(response.status()).isEqualTo(400);
        family.assertShape(response);
    }

    @RequestLineTest
    @ParameterizedTest
    @EnumSource(Family.class)
    void bad_escapes_in_the_query_are_400_in_the_family_shape(Family family, EmulatorRuntimeInfo emulator) {
        RawHttp http = new RawHttp(emulator.port());
        for (String query : new String[] {"?x=%zz", "?x=%00", "?x=%"}) {
            Response response = http.send(family.stateMethod, family.statePath + query,
                    family.headers("Content-Type", "application/json"), family.stateBody);

            assertThat(response.status()).as(query).isEqualTo(400);
            family.assertShape(response);
            assertThat(response.json().has("@type") && response.json().has("detail"))
                    .as("the family's own shape, not the one for unknown families").isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void a_9_KB_url_is_414(Family family, EmulatorRuntimeInfo emulator) {
        Response response = new RawHttp(emulator.port()).send("GET", family.prefix + "/" + "a".repeat(9 * 1024),
                family.headers(), null);

        assertThat(response.status()).isEqualTo(414);
        family.assertShape(response);
        assertThat(response.body()).contains("8192").hasSizeLessThan(3000);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void a_9_KB_header_is_431(Family family, EmulatorRuntimeInfo emulator) {
        RawHttp http = new RawHttp(emulator.port());
        String before = state(http, family);
        Response refused = http.send(family.writeMethod, family.writePath,
                family.headers("Content-Type", "application/json", "X-Padding", "p".repeat(9 * 1024)), family.writeBody);

        assertThat(refused.status()).isEqualTo(431);
        family.assertShape(refused);
        assertThat(state(http, family)).as("nothing stored").isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void a_wrong_method_is_405_with_allow(Family family, EmulatorRuntimeInfo emulator) {
        String path = family == Family.CONTROL ? "/_emulator/health" : family.unknownPath;
        Response response = new RawHttp(emulator.port()).send(family.wrongMethod, path,
                family.headers("Content-Type", "application/json"), family == Family.PLATFORM ? "{}" : null);

        assertThat(response.status()).isEqualTo(405);
        family.assertShape(response);
        assertThat(response.header("Allow")).isNotBlank().doesNotContain(family.wrongMethod);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void HEAD_answers_what_GET_answers_without_a_body(Family family, EmulatorRuntimeInfo emulator) {
        RawHttp http = new RawHttp(emulator.port());
        Response get = http.send("GET", family.unknownPath, family.headers(), null);
        Response head = http.send("HEAD", family.unknownPath, family.headers(), null);

        assertThat(get.status()).isIn(404, 405);
        family.assertShape(get);
        assertThat(head.status()).isEqualTo(get.status());
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Type")).startsWith("application/json");
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void a_body_nested_thousands_deep_is_a_client_error(Family family, EmulatorRuntimeInfo emulator) {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        Response response = sendingAWrite(new RawHttp(emulator.port()), family, "application/json",
                "{\"x\":" + deep + "}");

        assertThat(response.status()).isIn(400, 422);
        family.assertShape(response);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void a_100_KB_account_id_is_refused_without_echoing_it_whole(Family family, EmulatorRuntimeInfo emulator) {
        String accountId = "x".repeat(100 * 1024);
        RawHttp http = new RawHttp(emulator.port());
        Response response = switch (family) {
            case CONNECT_NOW -> http.send("POST", "/ws/simple/getInstalledIPacks",
                    family.headers("Content-Type", "application/json"), "{\"accountId\":\"" + accountId + "\"}");
            case PLATFORM -> http.send("GET", "/api/rest/v1/" + accountId + "/Environment", family.headers(), null);
            case DATA_INTEGRATION -> http.send("GET", "/v1/accounts/" + accountId + "/environments", family.headers(), null);
            case CONTROL -> http.send("POST", "/_emulator/reset?accountId=" + accountId, family.headers(), null);
        };

        assertThat(response.status()).isBetween(400, 499);
        family.assertShape(response);
        assertThat(response.body()).hasSizeLessThan(3000);
    }

    @ParameterizedTest
    @EnumSource(Family.class)
    void a_7_KB_account_id_that_fits_the_url_comes_back_shortened(Family family, EmulatorRuntimeInfo emulator) {
        String accountId = "y".repeat(7 * 1024);
        RawHttp http = new RawHttp(emulator.port());
        Response response = switch (family) {
            case CONNECT_NOW -> http.send("POST", "/ws/simple/getInstalledIPacks",
                    family.headers("Content-Type", "application/json"), "{\"accountId\":\"" + accountId + "\"}");
            case PLATFORM -> http.send("GET", "/api/rest/v1/" + accountId + "/Environment/x", family.headers(), null);
            case DATA_INTEGRATION -> http.send("GET", "/v1/accounts/" + accountId + "/environments", family.headers(), null);
            case CONTROL -> http.send("POST", "/_emulator/reset/" + accountId, family.headers(), null);
        };

        assertThat(response.status()).isIn(403, 404);
        family.assertShape(response);
        // the echoed id (with the quote or period around it) is cut to MAX_ECHO characters
        assertThat(response.body()).contains("y".repeat(ECHO_LIMIT - 2)).contains("…")
                .doesNotContain("y".repeat(ECHO_LIMIT + 1));
    }

    private static String filterNested(int levels) {
        String expression = "{\"property\":\"name\",\"operator\":\"EQUALS\",\"argument\":[\"Production\"]}";
        return "{\"QueryFilter\":{\"expression\":" + "{\"operator\":\"and\",\"nestedExpression\":[".repeat(levels - 1)
                + expression + "]}".repeat(levels - 1) + "}}";
    }

    @Test
    void a_QueryFilter_32_levels_deep_is_answered_and_33_is_400_naming_the_limit(EmulatorRuntimeInfo emulator) {
        RawHttp http = new RawHttp(emulator.port());
        Map<String, String> headers = Family.PLATFORM.headers("Content-Type", "application/json");

        Response fits = http.send("POST", "/api/rest/v1/demo-account/Environment/query", headers, filterNested(32));
        Response tooDeep = http.send("POST", "/api/rest/v1/demo-account/Environment/query", headers, filterNested(33));
        Response farTooDeep = http.send("POST", "/api/rest/v1/demo-account/Environment/query", headers, filterNested(600));

        assertThat(fits.status()).as(fits.body()).isEqualTo(200);
        assertThat(fits.json().path("numberOfResults").asInt()).isEqualTo(1);
        assertThat(tooDeep.status()).isEqualTo(400);
        Family.PLATFORM.assertShape(tooDeep);
        assertThat(tooDeep.json().path("message").asText()).contains("deeper than 32 levels");
        assertThat(farTooDeep.status()).isEqualTo(400);
        Family.PLATFORM.assertShape(farTooDeep);
    }
}
