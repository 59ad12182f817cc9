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

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class ComponentMetadataApiTest {
    private static final String PAGING_ACCOUNT = "metadata-paging";

    @BeforeAll
    static void load_a_process_with_150_versions(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"" + PAGING_ACCOUNT
                + "\",\"users\":[{\"username\":\"pager\",\"password\":\"pw\"}],\"platform\":{"
                + "\"processes\":[{\"id\":\"p1\",\"name\":\"Busy\",\"currentVersion\":150}]}}]}");
    }

    @Test
    void query_lists_every_version_and_marks_the_current_one(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("componentId", "EQUALS", ORDER_SYNC)).post("/ComponentMetadata/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(3))
                .body("result.version", equalTo(List.of(1, 2, 3)))
                .body("result.currentVersion", equalTo(List.of(false, false, true)))
                .body("result[2].'@type'", equalTo("ComponentMetadata"))
                .body("result[2].name", equalTo("Order Sync"))
                .body("result[2].type", equalTo("process"))
                .body("result[2].folderName", equalTo("Orders"));
    }

    @Test
    void the_cli_query_by_component_deleted_and_version_finds_one(EmulatorRuntimeInfo emulator) {
        as(emulator).body(and("componentId", "EQUALS", ORDER_SYNC, "deleted", "EQUALS", "false", "version", "EQUALS", "2"))
                .post("/ComponentMetadata/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].version", equalTo(2))
                .body("result[0].currentVersion", equalTo(false));
        as(emulator).body(and("type", "EQUALS", "PROCESS", "currentVersion", "EQUALS", "true")).post("/ComponentMetadata/query")
                .then().body("numberOfResults", equalTo(5));
    }

    @Test
    void GET_answers_the_current_version(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/ComponentMetadata/" + ORDER_SYNC)
                .then().statusCode(200).body("version", equalTo(3)).body("currentVersion", equalTo(true))
                .body("deleted", equalTo(false)).body("componentId", equalTo(ORDER_SYNC));
        as(emulator).get("/ComponentMetadata/" + ORDER_SYNC + "~main-branch").then().statusCode(200).body("version", equalTo(3));
        as(emulator).get("/ComponentMetadata/nope").then().statusCode(404).body("'@type'", equalTo("Error"));
    }

    @Test
    void metadata_follows_process_updates_and_packaging_uses_it(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"Draft v2\"}").post("/Process/" + DRAFT_PROCESS + "/update").then().statusCode(200);

        as(emulator).get("/ComponentMetadata/" + DRAFT_PROCESS).then().body("version", equalTo(2)).body("name", equalTo("Draft v2"));
        as(emulator).body("{\"componentId\":\"" + DRAFT_PROCESS + "\",\"componentVersion\":\"\"}").post("/PackagedComponent")
                .then().statusCode(200).body("componentVersion", equalTo("2"));
    }

    @Test
    void query_on_an_unknown_property_or_bad_argument_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("colour", "EQUALS", "x")).post("/ComponentMetadata/query")
                .then().statusCode(400).body("message", containsString("colour"));
        as(emulator).body(filter("version", "EQUALS", "three")).post("/ComponentMetadata/query")
                .then().statusCode(400).body("'@type'", equalTo("Error"));
    }

    @Test
    void bulk_GET_answers_each_id(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + ORDER_SYNC + "\"},{\"id\":\"nope\"}]}")
                .post("/ComponentMetadata/bulk")
                .then().statusCode(200)
                .body("response[0].Result.version", equalTo(3))
                .body("response[1].statusCode", equalTo(400));
    }

    @Test
    void paging_over_150_versions(EmulatorRuntimeInfo emulator) {
        JsonPath page = as(emulator, PAGING_ACCOUNT, "pager", "pw").post("/ComponentMetadata/query")
                .then().statusCode(200).body("numberOfResults", equalTo(150)).extract().jsonPath();
        List<Integer> seen = new ArrayList<>(page.getList("result.version", Integer.class));
        page = as(emulator, PAGING_ACCOUNT, "pager", "pw").body(page.getString("queryToken"))
                .post("/ComponentMetadata/queryMore").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("result.version", Integer.class));
        assertThat(seen).hasSize(150).doesNotHaveDuplicates();
        assertThat(page.getBoolean("result[49].currentVersion")).isTrue();
    }

    @Test
    void accounts_see_only_their_own_components(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).get("/ComponentMetadata/" + ORDER_SYNC).then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).post("/ComponentMetadata/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].componentId", equalTo(OTHER_PROCESS));
    }
}
