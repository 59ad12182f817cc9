package dev.boomiemulator.connectnow;

import static dev.boomiemulator.support.ConnectNow.as;
import static dev.boomiemulator.support.ConnectNow.body;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class IntegrationPackOperationsApiTest {
    static final String ACCOUNT = "demo-account";
    static final String SINGLE_PACK = "a3c4917d-9622-4c5f-978c-0f02b5f5457a";
    static final String MULTI_PACK = "89abcdef-0123-4567-89ab-cdef01234567";
    static final String INSTANCE = "SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA";
    static final String PRODUCTION = "3f1c2a9e-0b7d-4c55-9a11-000000000001";
    static final String TEST_ENV = "3f1c2a9e-0b7d-4c55-9a11-000000000002";

    @Test
    void getAllIPacksAvailableToAccount_lists_every_pack(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT)).post("/getAllIPacksAvailableToAccount")
                .then().statusCode(200)
                .body("'@type'", equalTo("QueryResult"))
                .body("numberOfResults", equalTo(2))
                .body("result.id", contains(SINGLE_PACK, MULTI_PACK))
                .body("result.installationType", contains("SINGLE", "MULTI"));
    }

    @Test
    void getInstalledIPacks_lists_the_same_instances_as_the_platform(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"integrationPackId\":\"" + SINGLE_PACK + "\"}").post("/IntegrationPackInstance")
                .then().statusCode(200);
        as(emulator).body(body("accountId", ACCOUNT)).post("/getInstalledIPacks")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(2))
                .body("result[0].id", equalTo(INSTANCE))
                .body("result[0].integrationPackName", equalTo("Order Intake"))
                .body("result[0].installationType", equalTo("MULTI"))
                .body("result[0].environmentIds", contains(PRODUCTION))
                .body("result[1].integrationPackId", equalTo(SINGLE_PACK))
                .body("result[1].environmentIds", hasSize(0));
    }

    @Test
    void createIntegrationPackDeployment_installs_a_single_pack_and_attaches_it(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(body("accountId", ACCOUNT, "environmentId", TEST_ENV, "integrationPackId", SINGLE_PACK,
                        "integrationPackOverrideName", ""))
                .post("/createIntegrationPackDeployment")
                .then().statusCode(200)
                .body("'@type'", equalTo("IntegrationPackInstance"))
                .body("integrationPackId", equalTo(SINGLE_PACK))
                .body("integrationPackOverrideName", nullValue())
                .body("environmentIds", contains(TEST_ENV))
                .body("ProcessId", hasSize(2))
                .extract().path("id");
        Platform.as(emulator).get("/IntegrationPackInstance/" + id).then().statusCode(200).body("integrationPackId", equalTo(SINGLE_PACK));

        // again, to another environment: the same instance, now attached to both
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", PRODUCTION, "integrationPackId", SINGLE_PACK))
                .post("/createIntegrationPackDeployment")
                .then().statusCode(200)
                .body("id", equalTo(id))
                .body("environmentIds", hasSize(2));
        // and once more to the same environment: nothing changes
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", PRODUCTION, "integrationPackId", SINGLE_PACK))
                .post("/createIntegrationPackDeployment").then().statusCode(200).body("environmentIds", hasSize(2));
        Platform.as(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"integrationPackId\",\"operator\":\"EQUALS\",\"argument\":[\""
                + SINGLE_PACK + "\"]}}}").post("/IntegrationPackInstance/query").then().body("numberOfResults", equalTo(1));
    }

    @Test
    void createIntegrationPackDeployment_reuses_a_multi_instance_by_name_or_installs_a_new_one(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", TEST_ENV, "integrationPackId", MULTI_PACK,
                        "integrationPackOverrideName", "domestic order intake"))
                .post("/createIntegrationPackDeployment")
                .then().statusCode(200)
                .body("id", equalTo(INSTANCE))
                .body("environmentIds", contains(PRODUCTION, TEST_ENV));
        String id = as(emulator).body(body("accountId", ACCOUNT, "environmentId", TEST_ENV, "integrationPackId", MULTI_PACK,
                        "integrationPackOverrideName", "Export Order Intake"))
                .post("/createIntegrationPackDeployment")
                .then().statusCode(200)
                .body("integrationPackOverrideName", equalTo("Export Order Intake"))
                .body("ProcessId.wrapperProcessId", everyItem(notNullValue()))
                .body("ProcessId[0].name", equalTo("Export Order Intake - INT"))
                .extract().path("id");
        Platform.as(emulator).get("/IntegrationPackInstance/" + id).then().statusCode(200)
                .body("integrationPackOverrideName", equalTo("Export Order Intake"));
    }

    @Test
    void an_override_name_for_a_single_pack_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", TEST_ENV, "integrationPackId", SINGLE_PACK,
                        "integrationPackOverrideName", "Mine"))
                .post("/createIntegrationPackDeployment")
                .then().statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("statusCode", equalTo(400))
                .body("message", containsString("multi-install"));
    }

    @Test
    void unknown_pack_or_environment_is_404_and_missing_fields_are_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", TEST_ENV, "integrationPackId", "nope"))
                .post("/createIntegrationPackDeployment").then().statusCode(404).body("message", containsString("nope"));
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", "no-env", "integrationPackId", SINGLE_PACK))
                .post("/createIntegrationPackDeployment").then().statusCode(404).body("message", containsString("no-env"));
        as(emulator).body(body("accountId", ACCOUNT, "integrationPackId", SINGLE_PACK))
                .post("/createIntegrationPackDeployment").then().statusCode(400).body("message", containsString("environmentId"));
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", "", "integrationPackId", SINGLE_PACK))
                .post("/createIntegrationPackDeployment").then().statusCode(400);
        as(emulator).body("{\"accountId\":").post("/createIntegrationPackDeployment").then().statusCode(400)
                .body("statusCode", equalTo(400));
    }

    @Test
    void getInstalledIPackInstanceProcesses_lists_wrapper_ids_for_a_multi_instance(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "id", INSTANCE)).post("/getInstalledIPackInstanceProcesses")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(2))
                .body("result[0].'@type'", equalTo("Process"))
                .body("result.id", contains("0331193a-2675-4f33-97fc-e050a4fd4eec", "ea975f03-592f-49e5-84cb-49f69f75adb4"))
                .body("result[0].name", equalTo("Domestic Order Intake - INT"))
                .body("result[0].IntegrationPack[0].integrationPackInstanceId", equalTo(INSTANCE))
                .body("result[0].IntegrationPack[0].integrationPackId", equalTo(MULTI_PACK));
        as(emulator).body(body("accountId", ACCOUNT, "id", "nope")).post("/getInstalledIPackInstanceProcesses")
                .then().statusCode(404);
    }

    @Test
    void deleteInstalledIPackInstance_uninstalls_through_DELETE_and_POST(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "id", INSTANCE)).delete("/deleteInstalledIPackInstance")
                .then().statusCode(200)
                .body("'@type'", equalTo("DeleteResult"))
                .body("id", equalTo(INSTANCE))
                .body("deleted", equalTo(true));
        Platform.as(emulator).get("/IntegrationPackInstance/" + INSTANCE).then().statusCode(404);
        as(emulator).body(body("accountId", ACCOUNT, "id", INSTANCE)).post("/deleteInstalledIPackInstance")
                .then().statusCode(404).body("statusCode", equalTo(404));
        as(emulator).body(body("accountId", ACCOUNT, "id", INSTANCE)).post("/getInstalledIPackInstanceProcesses")
                .then().statusCode(404);

        String id = Platform.as(emulator).body("{\"integrationPackId\":\"" + SINGLE_PACK + "\"}").post("/IntegrationPackInstance")
                .then().extract().path("id");
        as(emulator).body(body("accountId", ACCOUNT, "id", id)).post("/deleteInstalledIPackInstance").then().statusCode(200);
        as(emulator).body(body("accountId", ACCOUNT)).post("/getInstalledIPacks").then().body("numberOfResults", equalTo(0));
    }

    @Test
    void an_instance_of_another_account_is_not_found(EmulatorRuntimeInfo emulator) {
        dev.boomiemulator.support.ConnectNow.anonymous(emulator)
                .body(body("accountId", "other-account", "auth", dev.boomiemulator.support.ConnectNow.auth("other@example.com", "other-password"),
                        "id", INSTANCE))
                .post("/getInstalledIPackInstanceProcesses").then().statusCode(404);
        as(emulator).body(body("accountId", ACCOUNT)).post("/getInstalledIPacks").then().body("result.id", hasItem(INSTANCE));
    }
}
