package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.support.DataIntegration.ACTIVE_RIVER;
import static dev.boomiemulator.support.DataIntegration.ORDERS_MYSQL;
import static dev.boomiemulator.support.DataIntegration.OTHER_ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.OTHER_ENVIRONMENT;
import static dev.boomiemulator.support.DataIntegration.OTHER_TOKEN;
import static dev.boomiemulator.support.DataIntegration.PRODUCTION;
import static dev.boomiemulator.support.DataIntegration.as;
import static dev.boomiemulator.support.DataIntegration.in;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** One account never sees another's data, even through ids it knows; a per-account reset touches one account. */
@BoomiEmulatorTest(frozenClock = "2026-03-02T08:00:00Z")
class DataIntegrationIsolationApiTest {
    private static final String OTHER = "/environments/" + OTHER_ENVIRONMENT;

    @Test
    void the_other_account_sees_only_its_own_world(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get("/environments")
                .then().statusCode(200).body("items.cross_id", contains(OTHER_ENVIRONMENT));
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get(OTHER + "/rivers")
                .then().body("items.name", contains("Other orders"));
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get(OTHER + "/connections")
                .then().body("items.connection_name", contains("Other MySQL"));
    }

    @Test
    void ids_of_another_account_are_not_found(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get(in(PRODUCTION, "/rivers")).then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get(in(PRODUCTION, "/rivers/" + ACTIVE_RIVER)).then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get(in(PRODUCTION, "/connections/" + ORDERS_MYSQL)).then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get(OTHER + "/rivers/" + ACTIVE_RIVER).then().statusCode(404);
    }

    @Test
    void an_operation_of_one_account_is_invisible_to_the_other(EmulatorRuntimeInfo emulator) {
        String operation = as(emulator).post(prod("/rivers/" + ACTIVE_RIVER + "/disable_river"))
                .then().statusCode(202).extract().path("operation_id");
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get(OTHER + "/operations/" + operation).then().statusCode(404);
    }

    @Test
    void resetting_one_account_leaves_the_other_as_it_is(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"variables\":{\"x\":\"demo\"}}").put(prod("/variables")).then().statusCode(200);
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).body("{\"variables\":{\"x\":\"other\"}}").put(OTHER + "/variables")
                .then().statusCode(200);
        as(emulator).post(prod("/rivers/" + ACTIVE_RIVER + "/disable_river")).then().statusCode(202);
        emulator.control().advanceClock(Duration.ofSeconds(3));

        emulator.control().resetAccount("demo-account");

        as(emulator).get(prod("/variables")).then().body("variables.x", equalTo(null));
        as(emulator).get(prod("/rivers/" + ACTIVE_RIVER)).then().body("metadata.river_status", equalTo("active"));
        as(emulator, OTHER_ACCOUNT, OTHER_TOKEN).get(OTHER + "/variables").then().body("variables.x", equalTo("other"));
    }
}
