package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.anonymous;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.boomiemulator.client.EmulatorControlException;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class IntegrationPackInstanceApiTest {
    static final String SINGLE_PACK = "a3c4917d-9622-4c5f-978c-0f02b5f5457a";
    static final String MULTI_PACK = "89abcdef-0123-4567-89ab-cdef01234567";
    static final String INSTANCE = "SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA";

    private static String install(String packId, String name) {
        return "{\"integrationPackId\":\"" + packId + "\"" + (name == null ? "" : ",\"integrationPackOverrideName\":\"" + name + "\"") + "}";
    }

    private static String filter(String property, String operator, String argument) {
        return "{\"QueryFilter\":{\"expression\":{\"property\":\"" + property + "\",\"operator\":\"" + operator
                + "\",\"argument\":[\"" + argument + "\"]}}}";
    }

    @Test
    void GET_the_fixture_instance_shows_its_name_and_wrapper_processes(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/IntegrationPackInstance/" + INSTANCE)
                .then().statusCode(200)
                .body("'@type'", equalTo("IntegrationPackInstance"))
                .body("integrationPackId", equalTo(MULTI_PACK))
                .body("integrationPackOverrideName", equalTo("Domestic Order Intake"))
                .body("ProcessId", hasSize(2))
                .body("ProcessId[0].'@type'", equalTo("ProcessId"))
                .body("ProcessId[0].originalProcessId", equalTo("bc407c7d-cacc-48da-a430-c6a4d2835a83"))
                .body("ProcessId[0].wrapperProcessId", equalTo("0331193a-2675-4f33-97fc-e050a4fd4eec"))
                .body("ProcessId[0].name", equalTo("Domestic Order Intake - INT"));
    }

    @Test
    void installing_a_single_pack_gives_processes_without_wrappers_and_no_name(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(install(SINGLE_PACK, null)).post("/IntegrationPackInstance")
                .then().statusCode(200)
                .body("integrationPackId", equalTo(SINGLE_PACK))
                .body("integrationPackOverrideName", nullValue())
                .body("ProcessId", hasSize(2))
                .body("ProcessId.wrapperProcessId", everyItem(nullValue()))
                .body("ProcessId[0].originalProcessId", equalTo("5c8e0b61-3f0a-4d51-9b7e-0a1b2c3d4e01"))
                .body("ProcessId[0].name", equalTo("Sync Accounts"))
                .extract().path("id");

        as(emulator).get("/IntegrationPackInstance/" + id).then().statusCode(200).body("integrationPackId", equalTo(SINGLE_PACK));
        as(emulator).body(filter("integrationPackId", "EQUALS", SINGLE_PACK)).post("/IntegrationPackInstance/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(id));
    }

    @Test
    void an_instances_processes_are_platform_processes_until_it_is_uninstalled(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(install(MULTI_PACK, "Partner X")).post("/IntegrationPackInstance")
                .then().statusCode(200).extract().path("id");
        String wrapper = as(emulator).get("/IntegrationPackInstance/" + id).then().extract().path("ProcessId[0].wrapperProcessId");
        as(emulator).body(filter("integrationPackInstanceId", "EQUALS", id)).post("/Process/query")
                .then().statusCode(200).body("numberOfResults", equalTo(2));
        as(emulator).get("/Process/" + wrapper).then().statusCode(200).body("name", equalTo("Partner X - INT"));
        as(emulator).delete("/IntegrationPackInstance/" + id).then().statusCode(200);
        as(emulator).get("/Process/" + wrapper).then().statusCode(404);
        as(emulator).body(filter("integrationPackInstanceId", "EQUALS", id)).post("/Process/query")
                .then().statusCode(200).body("numberOfResults", equalTo(0));
    }

    @Test
    void a_fixture_pack_process_with_a_bad_simulation_is_refused(EmulatorRuntimeInfo emulator) {
        EmulatorControlException refused = assertThrows(EmulatorControlException.class, () -> emulator.control().loadFixture("""
                {"accounts":[{"id":"demo-account","platform":{"integrationPacks":[{"id":"p-sim","name":"Sim",
                  "processes":[{"id":"p1","name":"One","simulation":{"outcome":"EXPLODED"}}]}]}}]}
                """));
        assertTrue(refused.getMessage().contains("outcome"), refused.getMessage());
    }

    @Test
    void an_override_name_for_a_single_pack_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body(install(SINGLE_PACK, "Mine")).post("/IntegrationPackInstance")
                .then().statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("message", containsString("multi-install"));
        as(emulator).body(filter("integrationPackId", "EQUALS", SINGLE_PACK)).post("/IntegrationPackInstance/query")
                .then().body("numberOfResults", equalTo(0));
    }

    @Test
    void a_single_pack_installs_only_once(EmulatorRuntimeInfo emulator) {
        as(emulator).body(install(SINGLE_PACK, null)).post("/IntegrationPackInstance").then().statusCode(200);
        as(emulator).body(install(SINGLE_PACK, "")).post("/IntegrationPackInstance")
                .then().statusCode(400).body("message", containsString("already installed"));
    }

    @Test
    void a_multi_pack_installs_per_name_with_new_wrapper_ids(EmulatorRuntimeInfo emulator) {
        as(emulator).body(install(MULTI_PACK, "International Order Intake")).post("/IntegrationPackInstance")
                .then().statusCode(200)
                .body("integrationPackOverrideName", equalTo("International Order Intake"))
                .body("ProcessId[1].originalProcessId", equalTo("f23ce1b1-7440-4535-a534-685a17a41607"))
                .body("ProcessId[1].name", equalTo("International Order Intake - Archive Orders"))
                .body("ProcessId.wrapperProcessId", everyItem(notNullValue()))
                .body("ProcessId.wrapperProcessId", not(hasItem("0331193a-2675-4f33-97fc-e050a4fd4eec")));
        as(emulator).body(filter("integrationPackName", "EQUALS", "Order Intake")).post("/IntegrationPackInstance/query")
                .then().statusCode(200).body("numberOfResults", equalTo(2));
    }

    @Test
    void a_multi_pack_without_a_name_takes_the_packs_name(EmulatorRuntimeInfo emulator) {
        as(emulator).body(install(MULTI_PACK, null)).post("/IntegrationPackInstance")
                .then().statusCode(200).body("integrationPackOverrideName", equalTo("Order Intake"));
    }

    @Test
    void a_duplicate_override_name_is_400_whatever_its_case(EmulatorRuntimeInfo emulator) {
        as(emulator).body(install(MULTI_PACK, "domestic order INTAKE")).post("/IntegrationPackInstance")
                .then().statusCode(400).body("message", containsString("Duplicate"));
    }

    @Test
    void create_without_a_pack_id_or_with_an_unknown_one_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"integrationPackOverrideName\":\"X\"}").post("/IntegrationPackInstance")
                .then().statusCode(400).body("message", containsString("integrationPackId"));
        as(emulator).post("/IntegrationPackInstance").then().statusCode(400);
        as(emulator).body(install("no-such-pack", null)).post("/IntegrationPackInstance")
                .then().statusCode(400).body("message", containsString("no-such-pack"));
    }

    @Test
    void DELETE_uninstalls_and_a_second_DELETE_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{}").delete("/IntegrationPackInstance/" + INSTANCE).then().statusCode(200);
        as(emulator).get("/IntegrationPackInstance/" + INSTANCE).then().statusCode(404).body("'@type'", equalTo("Error"));
        as(emulator).delete("/IntegrationPackInstance/" + INSTANCE).then().statusCode(404);
        as(emulator).post("/IntegrationPackInstance/query").then().body("numberOfResults", equalTo(0));
        // the name is free again
        as(emulator).body(install(MULTI_PACK, "Domestic Order Intake")).post("/IntegrationPackInstance").then().statusCode(200);
    }

    @Test
    void GET_unknown_instance_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/IntegrationPackInstance/nope").then().statusCode(404).body("message", containsString("nope"));
    }

    @Test
    void query_filters_on_the_override_name_with_LIKE(EmulatorRuntimeInfo emulator) {
        as(emulator).body(install(MULTI_PACK, "International Order Intake")).post("/IntegrationPackInstance").then().statusCode(200);
        as(emulator).body(filter("integrationPackOverrideName", "LIKE", "Dom%")).post("/IntegrationPackInstance/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].id", equalTo(INSTANCE))
                .body("result[0].ProcessId", hasSize(2));
    }

    @Test
    void query_on_an_unknown_property_is_400_naming_it(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("environmentId", "EQUALS", "x")).post("/IntegrationPackInstance/query")
                .then().statusCode(400).body("message", containsString("environmentId"));
    }

    @Test
    void queryMore_pages_through_more_than_100_instances(EmulatorRuntimeInfo emulator) {
        for (int i = 0; i < 120; i++) {
            as(emulator).body(install(MULTI_PACK, "Partner " + i)).post("/IntegrationPackInstance").then().statusCode(200);
        }
        String token = as(emulator).body(filter("integrationPackId", "EQUALS", MULTI_PACK)).post("/IntegrationPackInstance/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(121))
                .body("result", hasSize(100))
                .body("queryToken", notNullValue())
                .extract().path("queryToken");
        List<String> last = as(emulator).contentType(ContentType.TEXT).body(token).post("/IntegrationPackInstance/queryMore")
                .then().statusCode(200)
                .body("result", hasSize(21))
                .body("queryToken", nullValue())
                .extract().path("result.integrationPackOverrideName");
        assertTrue(last.contains("Partner 119"));
        as(emulator).contentType(ContentType.TEXT).body("garbage").post("/IntegrationPackInstance/queryMore")
                .then().statusCode(400);
    }

    @Test
    void bulk_GET_answers_each_id_on_its_own(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + INSTANCE + "\"},{\"id\":\"nope\"}]}")
                .post("/IntegrationPackInstance/bulk")
                .then().statusCode(200)
                .body("response", hasSize(2))
                .body("response[0].statusCode", equalTo(200))
                .body("response[0].Result.integrationPackOverrideName", equalTo("Domestic Order Intake"))
                .body("response[1].statusCode", equalTo(400))
                .body("response[1].errorMessage", containsString("nope"));
    }

    @Test
    void bulk_with_more_than_100_ids_is_400(EmulatorRuntimeInfo emulator) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            ids.append(i == 0 ? "" : ",").append("{\"id\":\"i").append(i).append("\"}");
        }
        as(emulator).body("{\"type\":\"GET\",\"request\":[" + ids + "]}").post("/IntegrationPackInstance/bulk")
                .then().statusCode(400).body("'@type'", equalTo("Error"));
    }

    @Test
    void IntegrationPack_get_and_query_show_the_packs_available_to_the_account(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/IntegrationPack/" + MULTI_PACK).then().statusCode(200)
                .body("'@type'", equalTo("IntegrationPack"))
                .body("name", equalTo("Order Intake"))
                .body("installationType", equalTo("MULTI"))
                .body("Description", startsWith("Takes orders"));
        as(emulator).post("/IntegrationPack/query").then().statusCode(200).body("numberOfResults", equalTo(2));
        as(emulator).body(filter("installationType", "EQUALS", "single")).post("/IntegrationPack/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(SINGLE_PACK));
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + SINGLE_PACK + "\"}]}").post("/IntegrationPack/bulk")
                .then().statusCode(200).body("response[0].Result.name", equalTo("Salesforce to NetSuite Sync"));
        as(emulator).get("/IntegrationPack/nope").then().statusCode(404);
    }

    @Test
    void without_credentials_is_401_and_another_account_is_403(EmulatorRuntimeInfo emulator) {
        anonymous(emulator).get("/IntegrationPackInstance/" + INSTANCE).then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"));
        as(emulator, emulator.accountId(), "other@example.com", "other-password")
                .body(install(SINGLE_PACK, null)).post("/IntegrationPackInstance").then().statusCode(403);
        as(emulator, "other-account", "other@example.com", "other-password")
                .get("/IntegrationPackInstance/" + INSTANCE).then().statusCode(404);
        as(emulator, "other-account", "other@example.com", "other-password")
                .body(install(SINGLE_PACK, null)).post("/IntegrationPackInstance").then().statusCode(400);
        as(emulator, "other-account", "other@example.com", "other-password")
                .post("/IntegrationPack/query").then().statusCode(200).body("numberOfResults", equalTo(0));
    }

    @Test
    void a_fixture_that_names_a_single_pack_instance_is_refused_whole(EmulatorRuntimeInfo emulator) {
        EmulatorControlException refused = assertThrows(EmulatorControlException.class, () -> emulator.control().loadFixture("""
                {"accounts":[{"id":"demo-account","platform":{
                  "integrationPacks":[{"id":"p-new","name":"New","installationType":"SINGLE","processes":[{"id":"p1","name":"One"}]}],
                  "integrationPackInstances":[{"integrationPackId":"p-new","integrationPackOverrideName":"Named"}]}}]}
                """));
        assertTrue(refused.getMessage().contains("integrationPackInstances[0]"), refused.getMessage());
        as(emulator).get("/IntegrationPack/p-new").then().statusCode(404);
    }

    @Test
    void a_fixture_with_a_bad_installation_type_or_too_many_columns_fails_the_schema(EmulatorRuntimeInfo emulator) {
        EmulatorControlException type = assertThrows(EmulatorControlException.class, () -> emulator.control().loadFixture("""
                {"accounts":[{"id":"demo-account","platform":{"integrationPacks":[{"name":"X","installationType":"TWICE"}]}}]}
                """));
        assertTrue(type.getMessage().contains("installationType"), type.getMessage());
        String columns = "[" + String.join(",", java.util.Collections.nCopies(21, "\"c\"")) + "]";
        EmulatorControlException wide = assertThrows(EmulatorControlException.class, () -> emulator.control().loadFixture(
                "{\"accounts\":[{\"id\":\"demo-account\",\"platform\":{\"integrationPacks\":[{\"name\":\"X\","
                        + "\"crossReferenceTables\":[{\"id\":\"t\",\"name\":\"T\",\"columns\":" + columns + "}]}]}}]}"));
        assertTrue(wide.getMessage().contains("columns"), wide.getMessage());
    }
}
