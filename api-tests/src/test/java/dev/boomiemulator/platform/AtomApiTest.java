package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.OFFLINE_ATOM;
import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.OTHER_ACCOUNT;
import static dev.boomiemulator.support.Demo.OTHER_ATOM;
import static dev.boomiemulator.support.Demo.OTHER_PASSWORD;
import static dev.boomiemulator.support.Demo.OTHER_USER;
import static dev.boomiemulator.support.Demo.TEST;
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
class AtomApiTest {
    private static final String PAGING_ACCOUNT = "atom-paging";

    @BeforeAll
    static void load_an_account_with_120_atoms(EmulatorRuntimeInfo emulator) {
        StringBuilder atoms = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            atoms.append(i == 0 ? "" : ",").append("{\"id\":\"atom-").append(i).append("\",\"name\":\"Atom ").append(i)
                    .append("\",\"status\":\"").append(i % 3 == 0 ? "OFFLINE" : "ONLINE").append("\"}");
        }
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"" + PAGING_ACCOUNT
                + "\",\"users\":[{\"username\":\"pager\",\"password\":\"pw\"}],\"platform\":{\"atoms\":[" + atoms + "]}}]}");
    }

    @Test
    void GET_Atom_answers_the_fixture_atom(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/Atom/" + ONLINE_ATOM)
                .then().statusCode(200)
                .body("'@type'", equalTo("Atom"))
                .body("name", equalTo("Demo Atom"))
                .body("status", equalTo("ONLINE"))
                .body("type", equalTo("ATOM"))
                .body("hostName", equalTo("demo-host-01"))
                .body("purgeHistoryDays", equalTo(30));
    }

    @Test
    void GET_unknown_atom_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/Atom/nope").then().statusCode(404).body("'@type'", equalTo("Error"));
    }

    @Test
    void status_filters_match_in_any_case(EmulatorRuntimeInfo emulator) {
        as(emulator).body(filter("status", "EQUALS", "online")).post("/Atom/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(ONLINE_ATOM));
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"@type\":\"AtomSimpleExpression\",\"property\":\"status\","
                        + "\"operator\":\"EQUALS\",\"argument\":[\"Offline\"]},\"@type\":\"AtomQueryConfig\"}}")
                .post("/Atom/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(OFFLINE_ATOM));
        as(emulator).body(filter("hostname", "STARTS_WITH", "demo")).post("/Atom/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1));
    }

    @Test
    void update_accepts_string_scalars_through_both_paths(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"id\":\"" + ONLINE_ATOM + "\",\"purgeHistoryDays\":\"45\"}").post("/Atom/" + ONLINE_ATOM)
                .then().statusCode(200).body("purgeHistoryDays", equalTo(45)).body("name", equalTo("Demo Atom"));
        as(emulator).body("{\"@type\":\"Atom\",\"name\":\"Renamed\",\"purgeImmediate\":\"true\",\"forceRestartTime\":\"60000\","
                        + "\"status\":\"OFFLINE\"}")
                .post("/Atom/" + ONLINE_ATOM + "/update")
                .then().statusCode(200).body("name", equalTo("Renamed")).body("purgeImmediate", equalTo(true))
                .body("forceRestartTime", equalTo(60000)).body("status", equalTo("ONLINE"));
        as(emulator).get("/Atom/" + ONLINE_ATOM).then().body("purgeHistoryDays", equalTo(45)).body("name", equalTo("Renamed"));
    }

    @Test
    void update_with_bad_values_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"purgeHistoryDays\":\"thirty\"}").post("/Atom/" + ONLINE_ATOM)
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("purgeHistoryDays"));
        as(emulator).body("{\"purgeHistoryDays\":10000}").post("/Atom/" + ONLINE_ATOM)
                .then().statusCode(400).body("message", containsString("9999"));
        as(emulator).body("{\"purgeImmediate\":\"maybe\"}").post("/Atom/" + ONLINE_ATOM)
                .then().statusCode(400).body("'@type'", equalTo("Error"));
        as(emulator).body("{\"id\":\"other\"}").post("/Atom/" + ONLINE_ATOM)
                .then().statusCode(400).body("message", containsString("does not match"));
        as(emulator).body("{\"name\":\"x\"}").post("/Atom/nope").then().statusCode(404);
    }

    @Test
    void DELETE_online_atom_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{}").delete("/Atom/" + ONLINE_ATOM)
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("OFFLINE"));
        as(emulator).get("/Atom/" + ONLINE_ATOM).then().statusCode(200);
    }

    @Test
    void DELETE_offline_atom_removes_it_and_its_attachment(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"atomId\":\"" + OFFLINE_ATOM + "\",\"environmentId\":\"" + TEST + "\"}")
                .post("/EnvironmentAtomAttachment").then().statusCode(200);

        as(emulator).body("{}").delete("/Atom/" + OFFLINE_ATOM).then().statusCode(200);

        as(emulator).get("/Atom/" + OFFLINE_ATOM).then().statusCode(404);
        as(emulator).delete("/Atom/" + OFFLINE_ATOM).then().statusCode(404);
        as(emulator).body(filter("atomId", "EQUALS", OFFLINE_ATOM)).post("/EnvironmentAtomAttachment/query")
                .then().body("numberOfResults", equalTo(0));
        as(emulator).delete("/Environment/" + TEST).then().statusCode(200);
    }

    @Test
    void bulk_GET_answers_each_id(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"@type\":\"BulkId\",\"id\":\"" + OFFLINE_ATOM + "\"},{\"id\":\"nope\"}]}")
                .post("/Atom/bulk")
                .then().statusCode(200)
                .body("response[0].Result.status", equalTo("OFFLINE"))
                .body("response[1].statusCode", equalTo(400));
    }

    @Test
    void paging_over_120_atoms_with_a_filter(EmulatorRuntimeInfo emulator) {
        JsonPath page = as(emulator, PAGING_ACCOUNT, "pager", "pw").post("/Atom/query")
                .then().statusCode(200).body("numberOfResults", equalTo(120)).extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.id"));
        page = as(emulator, PAGING_ACCOUNT, "pager", "pw").body(page.getString("queryToken"))
                .post("/Atom/queryMore").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("result.id"));
        assertThat(seen).hasSize(120).doesNotHaveDuplicates();

        as(emulator, PAGING_ACCOUNT, "pager", "pw").body(filter("status", "EQUALS", "offline")).post("/Atom/query")
                .then().statusCode(200).body("numberOfResults", equalTo(40));
    }

    @Test
    void a_foreign_query_token_is_400(EmulatorRuntimeInfo emulator) {
        String token = as(emulator, PAGING_ACCOUNT, "pager", "pw").post("/Atom/query")
                .then().extract().path("queryToken");
        as(emulator).body(token).post("/Atom/queryMore").then().statusCode(400).body("'@type'", equalTo("Error"));
        as(emulator, PAGING_ACCOUNT, "pager", "pw").body(token).post("/Process/queryMore").then().statusCode(400);
    }

    @Test
    void accounts_see_only_their_own_atoms(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).get("/Atom/" + ONLINE_ATOM).then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).post("/Atom/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(OTHER_ATOM));
        as(emulator).body("{}").delete("/Atom/" + OTHER_ATOM).then().statusCode(404);
    }
}
