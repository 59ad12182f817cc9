package com.example.boomi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The declarative form: the demo fixtures, a free port, everything reset before each test. */
@BoomiEmulatorTest
class DemoAccountTest {

    private static RequestSpecification platform(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.platformUrl())
                .auth().preemptive().basic(emulator.username(), emulator.password()).accept("application/json")
                .contentType("application/json").accept("application/json");
    }

    @Test
    void the_demo_account_has_two_environments(EmulatorRuntimeInfo emulator) {
        platform(emulator).post("/Environment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(2));
    }

    @Test
    void a_created_environment_can_be_read_back(EmulatorRuntimeInfo emulator) {
        String id = platform(emulator).body("{\"name\":\"Staging\",\"classification\":\"TEST\"}").post("/Environment")
                .then().statusCode(200).extract().path("id");
        platform(emulator).get("/Environment/" + id).then().statusCode(200).body("name", equalTo("Staging"));
    }
}
