package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.OFFLINE_ATOM;
import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.OTHER_ACCOUNT;
import static dev.boomiemulator.support.Demo.OTHER_ATOM;
import static dev.boomiemulator.support.Demo.OTHER_PASSWORD;
import static dev.boomiemulator.support.Demo.OTHER_USER;
import static dev.boomiemulator.support.Demo.PRODUCTION;
import static dev.boomiemulator.support.Demo.TEST;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class EnvironmentAtomAttachmentApiTest {
    private static final String PAGING_ACCOUNT = "attachment-paging";

    @BeforeAll
    static void load_an_account_with_110_attached_atoms(EmulatorRuntimeInfo emulator) {
        StringBuilder atoms = new StringBuilder();
        for (int i = 0; i < 110; i++) {
            atoms.append(i == 0 ? "" : ",").append("{\"id\":\"atom-").append(i).append("\",\"name\":\"Atom ").append(i)
                    .append("\",\"environmentId\":\"env-").append(i % 2).append("\"}");
        }
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"" + PAGING_ACCOUNT
                + "\",\"users\":[{\"username\":\"pager\",\"password\":\"pw\"}],\"platform\":{"
                + "\"environments\":[{\"id\":\"env-0\",\"name\":\"Zero\"},{\"id\":\"env-1\",\"name\":\"One\"}],"
                + "\"atoms\":[" + atoms + "]}}]}");
    }

    private static String attach(String atomId, String environmentId) {
        return "{\"@type\":\"EnvironmentAtomAttachment\",\"atomId\":\"" + atomId + "\",\"environmentId\":\"" + environmentId + "\"}";
    }

    @Test
    void POST_attaches_an_atom_that_query_then_sees(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(attach(OFFLINE_ATOM, TEST)).post("/EnvironmentAtomAttachment")
                .then().statusCode(200)
                .body("'@type'", equalTo("EnvironmentAtomAttachment"))
                .body("atomId", equalTo(OFFLINE_ATOM))
                .body("environmentId", equalTo(TEST))
                .extract().path("id");
        assertThat(new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8))
                .isEqualTo("EAA" + OFFLINE_ATOM + ":" + TEST);

        as(emulator).body(filter("environmentId", "EQUALS", TEST)).post("/EnvironmentAtomAttachment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(id));
        as(emulator).post("/EnvironmentAtomAttachment/query").then().body("numberOfResults", equalTo(2));
    }

    @Test
    void attaching_again_where_it_is_changes_nothing(EmulatorRuntimeInfo emulator) {
        String first = as(emulator).body(attach(ONLINE_ATOM, PRODUCTION)).post("/EnvironmentAtomAttachment")
                .then().statusCode(200).extract().path("id");
        as(emulator).body(filter("atomId", "EQUALS", ONLINE_ATOM)).post("/EnvironmentAtomAttachment/query")
                .then().body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(first));
    }

    @Test
    void attaching_elsewhere_moves_the_atom_and_its_schedules_follow_the_deployments(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("atomId", "EQUALS", ONLINE_ATOM)).post("/ProcessSchedules/query")
                .then().body("numberOfResults", equalTo(3));

        as(emulator).body(attach(ONLINE_ATOM, TEST)).post("/EnvironmentAtomAttachment")
                .then().statusCode(200).body("environmentId", equalTo(TEST));

        as(emulator).body(filter("atomId", "EQUALS", ONLINE_ATOM)).post("/EnvironmentAtomAttachment/query")
                .then().body("numberOfResults", equalTo(1)).body("result[0].environmentId", equalTo(TEST));
        // only Order Sync is deployed to Test too: its schedules on the Atom stay, the others go
        as(emulator).body(filter("atomId", "EQUALS", ONLINE_ATOM)).post("/ProcessSchedules/query")
                .then().body("numberOfResults", equalTo(1)).body("result[0].processId", equalTo(ORDER_SYNC))
                .body("result[0].Schedule[0].minutes", equalTo("0-59/15"));
        // Production has no Atom now, so it can be deleted
        as(emulator).delete("/Environment/" + PRODUCTION).then().statusCode(200);
    }

    @Test
    void references_must_exist_in_the_account(EmulatorRuntimeInfo emulator) {
        as(emulator).body(attach("nope", TEST)).post("/EnvironmentAtomAttachment")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("nope"));
        as(emulator).body(attach(OFFLINE_ATOM, "nope")).post("/EnvironmentAtomAttachment")
                .then().statusCode(400).body("message", containsString("Environment nope"));
        as(emulator).body(attach(OTHER_ATOM, TEST)).post("/EnvironmentAtomAttachment")
                .then().statusCode(400).body("message", containsString(OTHER_ATOM));
        as(emulator).body("{\"environmentId\":\"" + TEST + "\"}").post("/EnvironmentAtomAttachment")
                .then().statusCode(400).body("message", containsString("atomId"));
        as(emulator).body("{\"atomId\":\"" + OFFLINE_ATOM + "\",\"environmentId\":\"\"}").post("/EnvironmentAtomAttachment")
                .then().statusCode(400).body("message", containsString("environmentId"));
    }

    @Test
    void DELETE_detaches_and_a_second_delete_is_404(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(filter("atomId", "EQUALS", ONLINE_ATOM)).post("/EnvironmentAtomAttachment/query")
                .then().extract().path("result[0].id");
        as(emulator).body("{}").delete("/EnvironmentAtomAttachment/" + id).then().statusCode(200);
        as(emulator).delete("/EnvironmentAtomAttachment/" + id).then().statusCode(404).body("'@type'", equalTo("Error"));
        as(emulator).post("/EnvironmentAtomAttachment/query").then().body("numberOfResults", equalTo(0));
        // no schedules without an attachment
        as(emulator).post("/ProcessSchedules/query").then().body("numberOfResults", equalTo(0));
    }

    @Test
    void query_on_an_unknown_property_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("name", "EQUALS", "x")).post("/EnvironmentAtomAttachment/query")
                .then().statusCode(400).body("message", containsString("name"));
    }

    @Test
    void paging_over_110_attachments(EmulatorRuntimeInfo emulator) {
        JsonPath page = as(emulator, PAGING_ACCOUNT, "pager", "pw").post("/EnvironmentAtomAttachment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(110)).extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.id"));
        page = as(emulator, PAGING_ACCOUNT, "pager", "pw").body(page.getString("queryToken"))
                .post("/EnvironmentAtomAttachment/queryMore").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("result.id"));
        assertThat(seen).hasSize(110).doesNotHaveDuplicates();
        as(emulator, PAGING_ACCOUNT, "pager", "pw").body(filter("environmentId", "EQUALS", "env-1"))
                .post("/EnvironmentAtomAttachment/query").then().body("numberOfResults", equalTo(55));
    }

    @Test
    void accounts_see_only_their_own_attachments(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).post("/EnvironmentAtomAttachment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].atomId", equalTo(OTHER_ATOM));
        String demoAttachment = as(emulator).post("/EnvironmentAtomAttachment/query").then().extract().path("result[0].id");
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).delete("/EnvironmentAtomAttachment/" + demoAttachment)
                .then().statusCode(404);
    }
}
