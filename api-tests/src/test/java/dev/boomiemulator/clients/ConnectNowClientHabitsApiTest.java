package dev.boomiemulator.clients;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** ws/simple called with plain curl: {@code curl -u user:password -d '{...}'}, so under curl's form content type. */
@BoomiEmulatorTest
class ConnectNowClientHabitsApiTest {
    private static RequestSpecification curl(EmulatorRuntimeInfo emulator) {
        return given()
                .config(RestAssured.config().encoderConfig(
                        encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .baseUri(emulator.connectNowUrl())
                .auth().preemptive().basic(emulator.username(), emulator.password())
                .header("Content-Type", "application/x-www-form-urlencoded");
    }

    @Test
    void a_json_body_under_curls_form_default_is_read_as_json(EmulatorRuntimeInfo emulator) {
        curl(emulator).body("{\"accountId\":\"demo-account\"}").post("/getEnvironmentsForAccount")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'@type'", equalTo("QueryResult"))
                .body("numberOfResults", equalTo(2));
    }

    @Test
    void and_is_still_checked_as_json(EmulatorRuntimeInfo emulator) {
        curl(emulator).body("{\"auth\":\"\"}").post("/getEnvironmentsForAccount")
                .then().statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("message", containsString("accountId"));
    }
}
