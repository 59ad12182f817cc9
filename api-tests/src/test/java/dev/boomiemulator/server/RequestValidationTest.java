package dev.boomiemulator.server;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import org.junit.jupiter.api.Test;

/** Requests that break openapi/platform-v1.yaml are 400s in the Platform error shape, naming what is wrong. */
@BoomiEmulatorTest
class RequestValidationTest {

    @Test
    void a_body_of_the_wrong_structure_is_400_naming_the_field(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"type\":\"GET\",\"request\":\"not-a-list\"}").post("/Environment/bulk")
                .then().statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("message", containsString("request"));
    }

    @Test
    void a_missing_required_field_is_400_naming_it(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"type\":\"GET\"}").post("/Environment/bulk")
                .then().statusCode(400)
                .body("message", containsString("Invalid request"))
                .body("message", containsString("request"));
    }

    @Test
    void unknown_fields_and_type_markers_are_accepted(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"@type\":\"Environment\",\"name\":\"Typed\",\"somethingNew\":{\"x\":1}}")
                .post("/Environment").then().statusCode(200).body("name", equalTo("Typed"));
    }

    @Test
    void a_query_without_a_body_is_accepted(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).post("/Environment/query").then().statusCode(200);
    }
}
