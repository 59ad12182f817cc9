package dev.boomiemulator.junit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Two test classes running at the same time, each writing to its own emulator: neither ever sees the
 * other's rows (each class has its own server, port and database). Methods within one class share
 * their class's emulator and run one after another, each from freshly reset state.
 */
@Execution(ExecutionMode.CONCURRENT)
class ParallelClassesTest {

    static void createAndCount(EmulatorRuntimeInfo emulator, String name) {
        given().baseUri(emulator.platformUrl()).auth().preemptive().basic(emulator.username(), emulator.password()).accept("application/json")
                .contentType("application/json").body("{\"name\":\"" + name + "\"}")
                .post("/Environment").then().statusCode(200);
        given().baseUri(emulator.platformUrl()).auth().preemptive().basic(emulator.username(), emulator.password()).accept("application/json")
                .post("/Environment/query").then().body("numberOfResults", equalTo(3));
    }

    @Nested
    @BoomiEmulatorTest
    @Execution(ExecutionMode.CONCURRENT)
    class First {
        @RepeatedTest(5)
        @Execution(ExecutionMode.SAME_THREAD) // methods of one class share its emulator
        void writes_only_to_its_own_emulator(EmulatorRuntimeInfo emulator) {
            createAndCount(emulator, "first");
        }
    }

    @Nested
    @BoomiEmulatorTest
    @Execution(ExecutionMode.CONCURRENT)
    class Second {
        @RepeatedTest(5)
        @Execution(ExecutionMode.SAME_THREAD) // methods of one class share its emulator
        void writes_only_to_its_own_emulator(EmulatorRuntimeInfo emulator) {
            createAndCount(emulator, "second");
        }
    }
}
