package dev.boomiemulator.dataintegration;

import static dev.boomiemulator.support.DataIntegration.ACCOUNT;
import static dev.boomiemulator.support.DataIntegration.DEVELOPMENT;
import static dev.boomiemulator.support.DataIntegration.PRODUCTION;
import static dev.boomiemulator.support.DataIntegration.as;
import static dev.boomiemulator.support.DataIntegration.in;
import static dev.boomiemulator.support.DataIntegration.prod;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The account's environments and each environment's variables (merged by name). */
@BoomiEmulatorTest(frozenClock = "2026-03-02T08:00:00Z")
class EnvironmentAndVariablesApiTest {
    @Test
    void environments_are_listed_oldest_first_with_their_variables(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/environments")
                .then().statusCode(200)
                .body("account_id", equalTo(ACCOUNT))
                .body("total_items", equalTo(2))
                .body("items.cross_id", contains(PRODUCTION, DEVELOPMENT))
                .body("items[0]._id", equalTo(PRODUCTION))
                .body("items[0].account", equalTo(ACCOUNT))
                .body("items[0].environment_name", equalTo("Production"))
                .body("items[0].is_default", equalTo(true))
                .body("items[0].variables.days_ago", equalTo("0"))
                .body("$", not(hasKey("environment_id")));
    }

    @Test
    void deleted_environments_only_with_include_deleted(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture("""
                {"accounts": [{"id": "demo-account", "dataIntegration": {"environments": [
                  {"id": "6650a1b2c3d4e5f6000000ed", "name": "Old", "deleted": true, "createdAt": "2026-01-01T00:00:00Z"}]}}]}
                """);
        as(emulator).get("/environments").then().body("total_items", equalTo(2));
        as(emulator).queryParam("include_deleted", "true").get("/environments")
                .then().body("total_items", equalTo(3)).body("items[0].is_deleted", equalTo(true));
        as(emulator).get(in("6650a1b2c3d4e5f6000000ed", "/rivers")).then().statusCode(404);
    }

    @Test
    void put_merges_keys_and_answers_all_variables(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"variables\":{\"days_ago\":\"3\",\"region\":\"eu\"}}").put(prod("/variables"))
                .then().statusCode(200)
                .body("variables", equalTo(Map.of("days_ago", "3", "hours_offset", "0",
                        "aws_file_zone", "demo-file-zone", "region", "eu")));
        as(emulator).get(prod("/variables"))
                .then().statusCode(200).body("variables.region", equalTo("eu")).body("variables.hours_offset", equalTo("0"));
        as(emulator).get("/environments").then().body("items[0].variables.region", equalTo("eu"));
        as(emulator).get(in(DEVELOPMENT, "/variables")).then().body("variables", not(hasKey("region")));
    }

    @Test
    void post_does_the_same_and_answers_201(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"variables\":{\"region\":\"us\"}}").post(prod("/variables"))
                .then().statusCode(201).body("variables.region", equalTo("us")).body("variables.days_ago", equalTo("0"));
    }

    @Test
    void the_list_form_and_null_values_work(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"variables\":[{\"name\":\"region\",\"value\":\"apac\"},{\"name\":\"days_ago\",\"value\":null}]}")
                .put(prod("/variables"))
                .then().statusCode(200)
                .body("variables.region", equalTo("apac"))
                .body("variables", not(hasKey("days_ago")));
    }

    @Test
    void unknown_environment_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).get(in("0123456789abcdef01234567", "/variables")).then().statusCode(404);
    }
}
