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

    @Test
    void a_request_with_a_body_gets_the_same_verdict_every_time_it_is_sent(EmulatorRuntimeInfo emulator) {
        // verdicts on whole requests are remembered (RequestVerdicts): the same body again, the same body under
        // another Content-Type, and the same path with another body must each still be judged as the first time
        String bad = "{\"type\":\"GET\",\"request\":\"not-a-list\"}";
        for (int round = 0; round < 3; round++) {
            Platform.as(emulator).body(bad).post("/Environment/bulk")
                    .then().statusCode(400).body("message", containsString("request"));
            Platform.as(emulator).contentType("text/plain").body(bad).post("/Environment/bulk")
                    .then().statusCode(400).body("message", containsString("request"));
            Platform.as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"3f1c2a9e-0b7d-4c55-9a11-000000000001\"}]}")
                    .post("/Environment/bulk")
                    .then().statusCode(200);
            Platform.as(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"NOPE\","
                    + "\"argument\":[\"x\"]}}}").post("/Environment/query").then().statusCode(400);
            Platform.as(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\","
                    + "\"argument\":[\"x\"]}}}").post("/Environment/query").then().statusCode(200);
        }
    }
}
