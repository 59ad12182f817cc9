package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.CUSTOMER_IMPORT;
import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.ORDER_SYNC_PACKAGE_3;
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
import static org.hamcrest.Matchers.notNullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class PackagedComponentApiTest {
    private static final String PAGING_ACCOUNT = "package-paging";

    @BeforeAll
    static void load_an_account_with_105_packages(EmulatorRuntimeInfo emulator) {
        StringBuilder packages = new StringBuilder();
        for (int i = 0; i < 105; i++) {
            packages.append(i == 0 ? "" : ",").append("{\"componentId\":\"p1\",\"packageVersion\":\"1.").append(i).append("\"}");
        }
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"" + PAGING_ACCOUNT
                + "\",\"users\":[{\"username\":\"pager\",\"password\":\"pw\"}],\"platform\":{"
                + "\"processes\":[{\"id\":\"p1\",\"name\":\"P1\"}],\"packagedComponents\":[" + packages + "]}}]}");
    }

    @Test
    void POST_with_the_cli_shape_packages_the_current_version(EmulatorRuntimeInfo emulator) {
        String id = as(emulator)
                .body("""
                        {"componentId":"%s","componentVersion":"","packageVersion":"","componentType":"process",
                         "notes":"","createdDate":""}""".formatted(DRAFT_PROCESS))
                .post("/PackagedComponent/")
                .then().statusCode(200)
                .body("'@type'", equalTo("PackagedComponent"))
                .body("componentId", equalTo(DRAFT_PROCESS))
                .body("componentVersion", equalTo("1"))
                .body("packageVersion", equalTo("1.0"))
                .body("componentType", equalTo("process"))
                .body("createdBy", equalTo(emulator.username()))
                .body("packageId", notNullValue())
                .extract().path("packageId");

        as(emulator).get("/PackagedComponent/" + id).then().statusCode(200).body("componentVersion", equalTo("1"));
        as(emulator).body(filter("componentId", "EQUALS", DRAFT_PROCESS)).post("/PackagedComponent/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].packageId", equalTo(id));
    }

    @Test
    void componentVersion_is_answered_in_the_form_it_was_sent(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"componentId\":\"" + ORDER_SYNC + "\",\"componentVersion\":1,\"packageVersion\":\"1.0\"}")
                .post("/PackagedComponent").then().statusCode(200).body("componentVersion", equalTo(1));
        as(emulator).body("{\"componentId\":\"" + ORDER_SYNC + "\",\"componentVersion\":\"3\",\"packageVersion\":\"3.1\",\"shareable\":\"true\"}")
                .post("/PackagedComponent").then().statusCode(200).body("componentVersion", equalTo("3"))
                .body("shareable", equalTo(true));
        as(emulator).get("/PackagedComponent/" + ORDER_SYNC_PACKAGE_3).then().body("componentVersion", equalTo(3));
    }

    @Test
    void without_packageVersion_the_next_free_one_is_made(EmulatorRuntimeInfo emulator) {
        // Customer Import v5 already has package 5.0
        as(emulator).body("{\"componentId\":\"" + CUSTOMER_IMPORT + "\"}").post("/PackagedComponent")
                .then().statusCode(200).body("packageVersion", equalTo("5.1")).body("componentVersion", equalTo(5))
                // required by Boomi's document: empty when the caller gave none (no branches are emulated)
                .body("notes", equalTo("")).body("branchName", equalTo(""));
        // the first free one: a gap the caller left is filled, versions of another form do not count
        for (String taken : new String[] {"5.3", "5.10", "5.2.1", "5.x", "50.2"}) {
            as(emulator).body("{\"componentId\":\"" + CUSTOMER_IMPORT + "\",\"packageVersion\":\"" + taken + "\"}")
                    .post("/PackagedComponent").then().statusCode(200);
        }
        for (String expected : new String[] {"5.2", "5.4", "5.5"}) {
            as(emulator).body("{\"componentId\":\"" + CUSTOMER_IMPORT + "\"}").post("/PackagedComponent")
                    .then().statusCode(200).body("packageVersion", equalTo(expected));
        }
    }

    @Test
    void a_duplicate_packageVersion_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"componentId\":\"" + ORDER_SYNC + "\",\"packageVersion\":\"3.0\"}").post("/PackagedComponent")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("duplicate"));
    }

    @Test
    void a_version_the_component_never_had_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"componentId\":\"" + ORDER_SYNC + "\",\"componentVersion\":\"9\"}").post("/PackagedComponent")
                .then().statusCode(400).body("message", containsString("no version 9"));
        as(emulator).body("{\"componentId\":\"" + ORDER_SYNC + "\",\"componentVersion\":0}").post("/PackagedComponent")
                .then().statusCode(400).body("'@type'", equalTo("Error"));
    }

    @Test
    void the_component_must_exist_in_the_account(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"componentId\":\"nope\"}").post("/PackagedComponent")
                .then().statusCode(400).body("message", containsString("nope"));
        as(emulator).body("{\"componentId\":\"" + OTHER_PROCESS + "\"}").post("/PackagedComponent")
                .then().statusCode(400).body("message", containsString("does not exist"));
        as(emulator).body("{\"componentId\":\"\",\"packageVersion\":\"1\"}").post("/PackagedComponent")
                .then().statusCode(400).body("message", containsString("componentId"));
    }

    @Test
    void bad_input_is_400_not_500(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"componentId\":\"" + ORDER_SYNC + "\",\"componentVersion\":\"three\"}").post("/PackagedComponent")
                .then().statusCode(400).body("'@type'", equalTo("Error"));
        as(emulator).body("{\"componentId\":\"" + ORDER_SYNC + "\",\"componentType\":\"connector-settings\"}")
                .post("/PackagedComponent")
                .then().statusCode(400).body("message", containsString("is a process"));
        as(emulator).body("{\"componentId\":").post("/PackagedComponent").then().statusCode(400);
    }

    @Test
    void GET_unknown_package_is_404_and_bulk_answers_each(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/PackagedComponent/nope").then().statusCode(404).body("'@type'", equalTo("Error"));
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + ORDER_SYNC_PACKAGE_3 + "\"},{\"id\":\"nope\"}]}")
                .post("/PackagedComponent/bulk")
                .then().statusCode(200)
                .body("response[0].Result.packageVersion", equalTo("3.0"))
                .body("response[1].statusCode", equalTo(400));
    }

    @Test
    void query_filters_on_version_and_type(EmulatorRuntimeInfo emulator) {
        as(emulator).body(and("componentId", "EQUALS", ORDER_SYNC, "componentVersion", "EQUALS", "3"))
                .post("/PackagedComponent/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].packageId", equalTo(ORDER_SYNC_PACKAGE_3));
        as(emulator).body(filter("componentType", "EQUALS", "PROCESS")).post("/PackagedComponent/query")
                .then().statusCode(200).body("numberOfResults", equalTo(5));
    }

    @Test
    void paging_over_105_packages(EmulatorRuntimeInfo emulator) {
        JsonPath page = as(emulator, PAGING_ACCOUNT, "pager", "pw").post("/PackagedComponent/query")
                .then().statusCode(200).body("numberOfResults", equalTo(105)).extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.packageId"));
        page = as(emulator, PAGING_ACCOUNT, "pager", "pw").body(page.getString("queryToken"))
                .post("/PackagedComponent/queryMore").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("result.packageId"));
        assertThat(seen).hasSize(105).doesNotHaveDuplicates();
    }

    @Test
    void accounts_see_only_their_own_packages(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).get("/PackagedComponent/" + ORDER_SYNC_PACKAGE_3)
                .then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).post("/PackagedComponent/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1));
    }
}
