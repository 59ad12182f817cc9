package dev.boomiemulator.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An API request's body may hold 1,000,000 bytes, and a state or fixture document sent to the control API 64 MB: a
 * document GET /_emulator/state wrote loads back, however many objects the account has.
 */
@BoomiEmulatorTest
class BodySizeLimitApiTest {
    private static final int ENVIRONMENTS = 4_000;
    private static final String WEIGHT = " weighed down".repeat(15);

    private static RequestSpecification control(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.baseUrl() + "/_emulator").contentType(ContentType.JSON);
    }

    private static RequestSpecification bulky(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.baseUrl() + "/api/rest/v1/bulky-account").auth().preemptive()
                .basic("bulky@example.com", "bulky-password").contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    @Test
    void a_fixture_document_and_an_account_export_over_a_megabyte_load(EmulatorRuntimeInfo emulator) {
        StringBuilder environments = new StringBuilder();
        for (int i = 0; i < ENVIRONMENTS; i++) {
            environments.append(i == 0 ? "" : ",").append("{\"id\":\"bulky-env-").append(i)
                    .append("\",\"name\":\"Bulky environment number ").append(i)
                    .append(WEIGHT).append("\",\"classification\":\"TEST\"}");
        }
        String fixtures = "{\"accounts\":[{\"id\":\"bulky-account\",\"name\":\"Bulky\",\"users\":[{\"username\":"
                + "\"bulky@example.com\",\"password\":\"bulky-password\"}]},{\"id\":\"bulky-account\",\"platform\":"
                + "{\"environments\":[" + environments + "]}}]}";
        assertThat(fixtures.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1_000_000);

        control(emulator).body(fixtures).post("/fixtures").then().statusCode(201);
        bulky(emulator).body("{}").post("/Environment/query").then().statusCode(200)
                .body("numberOfResults", equalTo(ENVIRONMENTS));

        byte[] export = control(emulator).get("/state?accountId=bulky-account").then().statusCode(200).extract().asByteArray();
        assertThat(export.length).isGreaterThan(1_000_000);
        bulky(emulator).delete("/Environment/bulky-env-7").then().statusCode(200);
        bulky(emulator).get("/Environment/bulky-env-7").then().statusCode(404);

        control(emulator).body(export).post("/state?accountId=bulky-account").then().statusCode(200)
                .body("loaded", equalTo("bulky-account"));
        bulky(emulator).get("/Environment/bulky-env-7").then().statusCode(200)
                .body("name", equalTo("Bulky environment number 7" + WEIGHT));
    }

    @Test
    void an_api_request_over_a_million_bytes_is_a_413_in_its_family_shape_and_changes_nothing(EmulatorRuntimeInfo emulator) {
        String name = "n".repeat(1_000_001);
        RequestSpecification platform = given().baseUri(emulator.baseUrl() + "/api/rest/v1/demo-account").auth()
                .preemptive().basic("demo@example.com", "demo-password").contentType(ContentType.JSON);

        platform.body("{\"name\":\"" + name + "\",\"classification\":\"TEST\"}").post("/Environment").then()
                .statusCode(413).contentType(ContentType.XML)
                .body("error.message", containsString("passes the limit of 1000000 bytes"));
        platform.accept(ContentType.JSON).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\",\"property\""
                + ":\"classification\",\"argument\":[\"TEST\"]}}}").post("/Environment/query").then().statusCode(200)
                .body("numberOfResults", equalTo(1));
        control(emulator).body("{\"now\":\"" + name + "\"}").post("/clock").then().statusCode(413)
                .body("message", containsString("may hold 67108864"));
    }
}
