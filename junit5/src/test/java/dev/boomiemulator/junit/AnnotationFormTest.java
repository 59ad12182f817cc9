package dev.boomiemulator.junit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorControl;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The declarative form: default fixtures, a free port, state reset before every method. */
@BoomiEmulatorTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnnotationFormTest {

    @Test
    @Order(1)
    void a_change_made_in_one_test(EmulatorRuntimeInfo emulator) {
        assertThat(emulator.port()).isPositive().isNotEqualTo(8080);
        given().baseUri(emulator.platformUrl()).auth().preemptive().basic(emulator.username(), emulator.password()).accept("application/json")
                .contentType("application/json").body("{\"name\":\"Leaked?\"}")
                .post("/Environment").then().statusCode(200);
    }

    @Test
    @Order(2)
    void is_gone_in_the_next(EmulatorRuntimeInfo emulator, EmulatorControl control) {
        given().baseUri(emulator.platformUrl()).auth().preemptive().basic(emulator.username(), emulator.password()).accept("application/json")
                .post("/Environment/query").then().body("numberOfResults", equalTo(2));
        assertThat(control).isSameAs(emulator.control());
    }
}
