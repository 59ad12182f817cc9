package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.ACTIVE_RIVER;
import static dev.boomiemulator.support.DataIntegration.DEVELOPMENT;
import static dev.boomiemulator.support.DataIntegration.DEVELOPMENT_TOKEN;
import static dev.boomiemulator.support.DataIntegration.ORDERS_MYSQL;
import static dev.boomiemulator.support.DataIntegration.OTHER_ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.OTHER_ENVIRONMENT;
import static dev.boomiemulator.support.DataIntegration.OTHER_TOKEN;
import static dev.boomiemulator.support.DataIntegration.PRODUCTION;
import static dev.boomiemulator.support.DataIntegration.READ_ONLY_TOKEN;
import static dev.boomiemulator.support.DataIntegration.anonymous;
import static dev.boomiemulator.support.DataIntegration.as;
import static dev.boomiemulator.support.DataIntegration.in;
import static dev.boomiemulator.support.DataIntegration.prod;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Contracts;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bearer tokens: who may call what, in which account and environment. */
@BoomiEmulatorTest(frozenClock = "2026-03-02T08:00:00Z", fixtures = "dataintegration/scopes.json")
class DataIntegrationAuthApiTest {
    private static final Map<String, String> PATH_IDS = Map.of(
            "{account_id}", ACCOUNT,
            "{environment_id}", PRODUCTION,
            "{river_cross_id}", ACTIVE_RIVER,
            "{run_id}", "6650a1b2c3d4e5f60000000000000d01",
            "{operation_id}", "0123456789abcdef01234567",
            "{connection_cross_id}", ORDERS_MYSQL);

    @Test
    void without_a_token_is_401_with_a_bearer_challenge(EmulatorRuntimeInfo emulator) {
        anonymous(emulator).get(prod("/rivers"))
                .then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("detail", equalTo("Not authenticated"));
    }

    @Test
    void an_unknown_token_or_basic_credentials_are_401(EmulatorRuntimeInfo emulator) {
        as(emulator, "no-such-token").get(prod("/rivers")).then().statusCode(401).body("detail", containsString("token"));
        anonymous(emulator).auth().preemptive().basic("demo@example.com", "demo-password").get(prod("/rivers"))
                .then().statusCode(401);
    }

    @Test
    void a_token_of_another_account_is_403_both_ways(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_TOKEN).get(prod("/rivers"))
                .then().statusCode(403).body("detail", containsString(ACCOUNT));
        as(emulator, OTHER_ACCOUNT, "demo-di-token").get(in(OTHER_ENVIRONMENT, "/rivers")).then().statusCode(403);
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get(in(OTHER_ENVIRONMENT, "/rivers"))
                .then().statusCode(200).body("total_items", equalTo(1));
    }

    @Test
    void the_read_only_token_reads_but_does_not_write(EmulatorRuntimeInfo emulator) {
        as(emulator, READ_ONLY_TOKEN).get(prod("/rivers/" + ACTIVE_RIVER)).then().statusCode(200);
        as(emulator, READ_ONLY_TOKEN).post(prod("/rivers/" + ACTIVE_RIVER + "/run"))
                .then().statusCode(403).body("detail", equalTo("Missing scope: data flow:execute"));
        as(emulator, READ_ONLY_TOKEN).post(prod("/rivers/" + ACTIVE_RIVER + "/disable_river"))
                .then().statusCode(403).body("detail", equalTo("Missing scope: data flow:write"));
        as(emulator, READ_ONLY_TOKEN).body("{\"variables\":{\"a\":\"b\"}}").put(prod("/variables"))
                .then().statusCode(403).body("detail", equalTo("Missing scope: variables:edit"));
    }

    @Test
    void a_token_limited_to_an_environment_sees_only_that_one(EmulatorRuntimeInfo emulator) {
        as(emulator, DEVELOPMENT_TOKEN).get(in(DEVELOPMENT, "/rivers")).then().statusCode(200);
        as(emulator, DEVELOPMENT_TOKEN).get(prod("/rivers"))
                .then().statusCode(403).body("detail", containsString(PRODUCTION));
        as(emulator, DEVELOPMENT_TOKEN).get("/environments")
                .then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].cross_id", equalTo(DEVELOPMENT));
    }

    /** Every operation of the OpenAPI document needs exactly the scope its {@code x-scope} names. */
    @Test
    void every_operation_needs_the_scope_its_x_scope_names(EmulatorRuntimeInfo emulator) throws IOException {
        List<String> checked = new ArrayList<>();
        JsonNode paths = openApi().path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String url = path.getKey();
            for (Map.Entry<String, String> id : PATH_IDS.entrySet()) {
                url = url.replace(id.getKey(), id.getValue());
            }
            for (String method : List.of("get", "put", "post", "delete")) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                String scope = operation.path("x-scope").asText();
                String lacking = "without-" + scope.replace(' ', '-').replace(':', '-');
                call(emulator, lacking, method, url)
                        .then().statusCode(403).body("detail", equalTo("Missing scope: " + scope));
                assertThat(method + " " + url, call(emulator, "demo-di-token", method, url).statusCode(),
                        not(oneOf(401, 403)));
                checked.add(method + " " + path.getKey());
            }
        }
        assertThat(checked, hasSize(23));
    }

    private static Response call(EmulatorRuntimeInfo emulator, String token, String method, String url) {
        return given().baseUri(emulator.baseUrl()).auth().oauth2(token)
                .contentType(ContentType.JSON).body("{}")
                .filter(Contracts.DATA_INTEGRATION)
                .request(method.toUpperCase(), url);
    }

    private static JsonNode openApi() throws IOException {
        try (InputStream in = DataIntegrationAuthApiTest.class.getClassLoader()
                .getResourceAsStream("openapi/data-integration-v1.yaml")) {
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }
}
