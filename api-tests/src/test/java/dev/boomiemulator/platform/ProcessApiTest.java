package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.OTHER_ACCOUNT;
import static dev.boomiemulator.support.Demo.OTHER_PASSWORD;
import static dev.boomiemulator.support.Demo.OTHER_PROCESS;
import static dev.boomiemulator.support.Demo.OTHER_USER;
import static dev.boomiemulator.support.Demo.and;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class ProcessApiTest {
    private static final String PAGING_ACCOUNT = "process-paging";

    @BeforeAll
    static void load_an_account_with_130_processes(EmulatorRuntimeInfo emulator) {
        StringBuilder processes = new StringBuilder();
        for (int i = 0; i < 130; i++) {
            processes.append(i == 0 ? "" : ",").append("{\"id\":\"proc-").append(i).append("\",\"name\":\"Process ")
                    .append(i).append("\"}");
        }
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"" + PAGING_ACCOUNT
                + "\",\"users\":[{\"username\":\"pager\",\"password\":\"pw\"}],\"platform\":{\"processes\":[" + processes + "]}}]}");
    }

    @Test
    void POST_Process_creates_version_1_that_GET_query_and_ComponentMetadata_then_see(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body("{\"@type\":\"Process\",\"name\":\"Payroll Feed\",\"folderId\":\"F1\",\"description\":\"pays\"}")
                .post("/Process")
                .then().statusCode(200)
                .body("'@type'", equalTo("Process"))
                .body("type", equalTo("process"))
                .body("name", equalTo("Payroll Feed"))
                .body("currentVersion", equalTo("1"))
                .body("deleted", equalTo(false))
                .body("Description", equalTo("pays"))
                .body("createdBy", equalTo(emulator.username()))
                .body("id", notNullValue())
                .extract().path("id");

        as(emulator).get("/Process/" + id).then().statusCode(200).body("folderId", equalTo("F1"));
        // Description is required by Boomi's document: "" for a process created without one
        String bare = as(emulator).body("{\"name\":\"No Description\"}").post("/Process")
                .then().statusCode(200).body("Description", equalTo("")).extract().path("id");
        as(emulator).get("/Process/" + bare).then().statusCode(200).body("Description", equalTo(""));
        as(emulator).body(filter("name", "EQUALS", "Payroll Feed")).post("/Process/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(id));
        as(emulator).get("/ComponentMetadata/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("currentVersion", equalTo(true))
                .body("type", equalTo("process"));
    }

    @Test
    void POST_Process_without_name_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"folderId\":\"F1\"}").post("/Process")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("name"));
    }

    @Test
    void POST_Process_with_a_non_object_body_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("[1,2]").post("/Process").then().statusCode(400).body("'@type'", equalTo("Error"));
    }

    @Test
    void trailing_slash_is_tolerated(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"Slash\"}").post("/Process/").then().statusCode(200);
    }

    @Test
    void update_through_both_paths_makes_new_versions(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"Order Sync v4\"}").post("/Process/" + ORDER_SYNC)
                .then().statusCode(200).body("name", equalTo("Order Sync v4")).body("currentVersion", equalTo("4"))
                .body("folderName", equalTo("Orders"));
        as(emulator).body("{\"@type\":\"Process\",\"id\":\"" + ORDER_SYNC + "\",\"Description\":\"new\"}")
                .post("/Process/" + ORDER_SYNC + "/update")
                .then().statusCode(200).body("currentVersion", equalTo("5")).body("name", equalTo("Order Sync v4"))
                .body("Description", equalTo("new"));

        as(emulator).get("/Process/" + ORDER_SYNC).then().body("currentVersion", equalTo("5"));
        as(emulator).body(and("componentId", "EQUALS", ORDER_SYNC, "currentVersion", "EQUALS", "true"))
                .post("/ComponentMetadata/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].version", equalTo(5))
                .body("result[0].name", equalTo("Order Sync v4"));
        as(emulator).body(filter("componentId", "EQUALS", ORDER_SYNC)).post("/ComponentMetadata/query")
                .then().body("numberOfResults", equalTo(5));
    }

    @Test
    void update_with_another_id_in_the_body_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"id\":\"someone-else\",\"name\":\"x\"}").post("/Process/" + ORDER_SYNC)
                .then().statusCode(400).body("message", containsString("does not match"));
    }

    @Test
    void update_of_unknown_process_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"x\"}").post("/Process/nope").then().statusCode(404).body("'@type'", equalTo("Error"));
    }

    @Test
    void delete_removes_an_undeployed_process_and_marks_its_versions_deleted(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{}").delete("/Process/" + DRAFT_PROCESS).then().statusCode(200);
        as(emulator).get("/Process/" + DRAFT_PROCESS).then().statusCode(404);
        as(emulator).delete("/Process/" + DRAFT_PROCESS).then().statusCode(404);
        as(emulator).get("/ComponentMetadata/" + DRAFT_PROCESS).then().statusCode(200).body("deleted", equalTo(true));
    }

    @Test
    void DELETE_of_a_deployed_process_is_400_until_it_is_undeployed(EmulatorRuntimeInfo emulator) {
        as(emulator).delete("/Process/" + ORDER_SYNC)
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("undeploy"));
        as(emulator).get("/Process/" + ORDER_SYNC).then().statusCode(200);

        List<String> active = as(emulator).body(and("componentId", "EQUALS", ORDER_SYNC, "active", "EQUALS", "true"))
                .post("/DeployedPackage/query").then().statusCode(200).extract().path("result.deploymentId");
        active.forEach(deployment -> as(emulator).delete("/DeployedPackage/" + deployment).then().statusCode(200));
        as(emulator).delete("/Process/" + ORDER_SYNC).then().statusCode(200);
    }

    @Test
    void GET_unknown_process_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/Process/nope").then().statusCode(404).body("message", containsString("nope"));
    }

    @Test
    void query_filters_on_folder_and_version(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("folderName", "EQUALS", "Orders")).post("/Process/query")
                .then().statusCode(200).body("numberOfResults", equalTo(2));
        as(emulator).body(filter("currentVersion", "GREATER_THAN", "2")).post("/Process/query")
                .then().statusCode(200).body("result.name", hasSize(2));
        // the five processes of 11-platform-runtime.json and the two of the installed integration pack instance
        // (12-integration-packs.json), whose processes are Platform processes too
        as(emulator).post("/Process/query").then().statusCode(200).body("numberOfResults", equalTo(7));
        as(emulator).body(filter("integrationPackInstanceId", "IS_NULL")).post("/Process/query")
                .then().statusCode(200).body("numberOfResults", equalTo(5));
    }

    @Test
    void query_on_an_unknown_property_is_400_naming_it(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("color", "EQUALS", "red")).post("/Process/query")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("color"));
    }

    @Test
    void bulk_GET_answers_each_id(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + ORDER_SYNC + "\"},{\"id\":\"nope\"}]}")
                .post("/Process/bulk")
                .then().statusCode(200)
                .body("response[0].statusCode", equalTo(200))
                .body("response[0].Result.name", equalTo("Order Sync"))
                .body("response[1].statusCode", equalTo(400));
    }

    @Test
    void paging_over_130_processes_shows_each_once(EmulatorRuntimeInfo emulator) {
        JsonPath page = as(emulator, PAGING_ACCOUNT, "pager", "pw").post("/Process/query")
                .then().statusCode(200).body("numberOfResults", equalTo(130)).extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.id"));
        assertThat(seen).hasSize(100);
        page = as(emulator, PAGING_ACCOUNT, "pager", "pw").contentType(ContentType.TEXT).body(page.getString("queryToken"))
                .post("/Process/queryMore").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("result.id"));
        assertThat(page.getMap("$")).doesNotContainKey("queryToken");
        assertThat(seen).hasSize(130).doesNotHaveDuplicates();
    }

    @Test
    void accounts_see_only_their_own_processes(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).get("/Process/" + ORDER_SYNC).then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).post("/Process/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(OTHER_PROCESS));
        as(emulator, emulator.accountId(), OTHER_USER, OTHER_PASSWORD).get("/Process/" + ORDER_SYNC).then().statusCode(403);
        as(emulator).get("/Process/" + OTHER_PROCESS).then().statusCode(404);
    }
}
