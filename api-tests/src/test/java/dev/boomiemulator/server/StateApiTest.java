package dev.boomiemulator.server;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.ConnectNow;
import dev.boomiemulator.support.DataIntegration;
import dev.boomiemulator.support.Demo;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state as a document: exported, loaded into a fresh emulator, it gives the same answers in every family. */
@BoomiEmulatorTest
class StateApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The demo account's multi-install integration pack (default fixtures). */
    private static final String MULTI_PACK = "89abcdef-0123-4567-89ab-cdef01234567";
    /** One of Boomi's default roles, which every account has. */
    private static final String ADMINISTRATOR_ROLE = "fcb6dd44-0ca8-11e2-a477-1231381987a5";

    private static RequestSpecification control(String baseUrl) {
        return given().baseUri(baseUrl + "/_emulator").contentType(ContentType.JSON);
    }

    private static RequestSpecification platform(String baseUrl) {
        return given().baseUri(baseUrl + "/api/rest/v1/demo-account").auth().preemptive()
                .basic("demo@example.com", "demo-password").contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification dataIntegration(String baseUrl) {
        return given().baseUri(baseUrl + "/v1/accounts/" + DataIntegration.ACCOUNT).auth().oauth2(DataIntegration.TOKEN)
                .contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification connectNow(String baseUrl) {
        return given().baseUri(baseUrl + "/ws/simple").auth().preemptive()
                .basic("demo@example.com", "demo-password").contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The answers a round trip must keep, one per family and then some. */
    private static final List<Function<String, String>> ANSWERS = List.of(
            url -> platform(url).post("/Environment/query").asString(),
            url -> platform(url).get("/Process/" + Demo.ORDER_SYNC).asString(),
            url -> platform(url).body("{\"QueryFilter\":{\"expression\":{\"property\":\"status\",\"operator\":\"EQUALS\","
                    + "\"argument\":[\"COMPLETE\"]}}}").post("/ExecutionRecord/query").asString(),
            url -> platform(url).post("/DeployedPackage/query").asString(),
            url -> connectNow(url).body(ConnectNow.body("accountId", "demo-account")).post("/getEnvironmentsForAccount").asString(),
            url -> dataIntegration(url).get("/environments/" + DataIntegration.PRODUCTION + "/variables").asString(),
            url -> dataIntegration(url).get("/environments/" + DataIntegration.PRODUCTION + "/rivers").asString(),
            url -> control(url).get("/clock").asString());

    @Test
    void a_fresh_emulator_loading_the_state_answers_as_the_first_did(EmulatorRuntimeInfo emulator) throws Exception {
        String first = emulator.baseUrl();
        emulator.control().freezeClock(Instant.parse("2026-06-01T12:00:00Z"));
        platform(first).body("{\"name\":\"Saved\",\"classification\":\"TEST\"}").post("/Environment").then().statusCode(200);
        platform(first).body("{\"name\":\"Order Sync Renamed\"}").post("/Process/" + Demo.ORDER_SYNC).then().statusCode(200);
        dataIntegration(first).body("{\"variables\":{\"saved\":\"yes\"}}")
                .put("/environments/" + DataIntegration.PRODUCTION + "/variables").then().statusCode(200);

        String state = control(first).get("/state").then().statusCode(200)
                .body("emulatorState", equalTo(1)).body("clock.frozen", equalTo(true)).extract().asString();

        EmulatorConfig bare = EmulatorConfig.builder().host("127.0.0.1").port(0).defaultFixtures(false).build();
        try (EmulatorServer fresh = EmulatorServer.start(bare)) {
            String second = fresh.baseUrl();
            control(second).body(state).post("/state").then().statusCode(200).body("loaded", equalTo("all"));
            for (Function<String, String> answer : ANSWERS) {
                assertThat(comparable(answer.apply(second))).isEqualTo(comparable(answer.apply(first)));
            }
            // what it loaded is what a reset returns to, and new rows get fresh ids
            platform(second).body("{\"name\":\"After\"}").post("/Environment").then().statusCode(200);
            control(second).post("/reset").then().statusCode(200);
            assertThat(JSON.readTree(ANSWERS.get(0).apply(second))).isEqualTo(JSON.readTree(ANSWERS.get(0).apply(first)));
        }
    }

    /** An answer as JSON, less its queryToken: each server signs its tokens with its own key. */
    private static JsonNode comparable(String answer) throws Exception {
        JsonNode json = JSON.readTree(answer);
        if (json instanceof ObjectNode object) {
            object.remove("queryToken");
        }
        return json;
    }

    @Test
    void one_accounts_state_goes_back_without_touching_the_others(EmulatorRuntimeInfo emulator) {
        String url = emulator.baseUrl();
        String saved = control(url).queryParam("accountId", "demo-account").get("/state").then().statusCode(200)
                .body("accountId", equalTo("demo-account")).extract().asString();
        platform(url).body("{\"name\":\"Later\"}").post("/Environment").then().statusCode(200);
        given().baseUri(url + "/api/rest/v1/other-account").auth().preemptive().basic("other@example.com", "other-password")
                .contentType(ContentType.JSON).accept(ContentType.JSON)
                .body("{\"name\":\"Kept\"}").post("/Environment").then().statusCode(200);

        control(url).queryParam("accountId", "demo-account").body(saved).post("/state").then().statusCode(200);

        platform(url).post("/Environment/query").then().body("numberOfResults", equalTo(2));
        given().baseUri(url + "/api/rest/v1/other-account").auth().preemptive().basic("other@example.com", "other-password")
                .accept(ContentType.JSON).post("/Environment/query").then().body("result.name", org.hamcrest.Matchers.hasItem("Kept"));
    }

    @Test
    void one_accounts_state_carries_what_its_generic_objects_are_found_by(EmulatorRuntimeInfo emulator) {
        String url = emulator.baseUrl();
        String query = "{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\","
                + "\"argument\":[\"Saved folder\"]}}}";
        platform(url).body("{\"name\":\"Saved folder\"}").post("/Folder").then().statusCode(200);
        String saved = control(url).queryParam("accountId", "demo-account").get("/state").then().statusCode(200)
                .body("tables.PLATFORM_OBJECT_TEXT_VALUE.records.size()", greaterThan(0))
                .extract().asString();
        control(url).post("/reset").then().statusCode(200);
        platform(url).body(query).post("/Folder/query").then().body("numberOfResults", equalTo(0));

        control(url).queryParam("accountId", "demo-account").body(saved).post("/state").then().statusCode(200);
        // loaded twice: the account's values are replaced, not added to (their key would collide)
        control(url).queryParam("accountId", "demo-account").body(saved).post("/state").then().statusCode(200);

        platform(url).body(query).post("/Folder/query").then().statusCode(200)
                .body("numberOfResults", equalTo(1)).body("result[0].name", equalTo("Saved folder"));
        String other = control(url).queryParam("accountId", "other-account").get("/state").asString();
        assertThat(other).doesNotContain("Saved folder");
    }

    @Test
    void a_state_from_before_caseless_keys_still_finds_role_names_and_users_ignoring_case(EmulatorRuntimeInfo emulator)
            throws Exception {
        String url = emulator.baseUrl();
        String role = platform(url).body("{\"name\":\"Ops Team\"}").post("/Role").then().statusCode(200)
                .extract().path("id");
        platform(url).body("{\"userId\":\"sam.lee@example.com\",\"roleId\":\"" + role
                + "\",\"firstName\":\"Samuel\"}").post("/AccountUserRole").then().statusCode(200);
        ObjectNode saved = accountState(url);
        // as an older build exported it: no caseless keys among the values
        JsonNode values = saved.path("tables").path("PLATFORM_OBJECT_TEXT_VALUE");
        int property = column(values, "property");
        ArrayNode records = (ArrayNode) values.path("records");
        int before = records.size();
        for (int i = records.size() - 1; i >= 0; i--) {
            if (records.get(i).get(property).asText().startsWith("~")) {
                records.remove(i);
            }
        }
        assertThat(records.size()).isLessThan(before);
        control(url).post("/reset").then().statusCode(200);

        control(url).queryParam("accountId", "demo-account").body(saved.toString()).post("/state").then().statusCode(200);

        platform(url).body("{\"name\":\" ops TEAM\"}").post("/Role").then().statusCode(400)
                .body("message", containsString("already exists"));
        platform(url).body("{\"userId\":\"Sam.Lee@example.com\",\"roleId\":\"" + ADMINISTRATOR_ROLE
                + "\"}").post("/AccountUserRole").then().statusCode(200).body("firstName", equalTo("Samuel"));
    }

    @Test
    void a_state_from_before_name_keys_still_finds_a_pack_instance_by_its_name_in_any_case(EmulatorRuntimeInfo emulator)
            throws Exception {
        String url = emulator.baseUrl();
        String deploy = "{\"accountId\":\"demo-account\",\"environmentId\":\"" + Demo.TEST
                + "\",\"integrationPackId\":\"" + MULTI_PACK + "\",\"integrationPackOverrideName\":\"%s\"}";
        String id = connectNow(url).body(deploy.formatted("Export Order Intake")).post("/createIntegrationPackDeployment")
                .then().statusCode(200).extract().path("id");
        ObjectNode saved = accountState(url);
        // as an older build exported it: no name keys
        JsonNode instances = saved.path("tables").path("INTEGRATION_PACK_INSTANCE");
        int key = column(instances, "override_name_key");
        for (JsonNode record : instances.path("records")) {
            ((ArrayNode) record).set(key, NullNode.getInstance());
        }
        control(url).post("/reset").then().statusCode(200);

        control(url).queryParam("accountId", "demo-account").body(saved.toString()).post("/state").then().statusCode(200);

        connectNow(url).body(deploy.formatted("export ORDER intake")).post("/createIntegrationPackDeployment")
                .then().statusCode(200).body("id", equalTo(id));
    }

    private static ObjectNode accountState(String url) throws Exception {
        return (ObjectNode) JSON.readTree(control(url).queryParam("accountId", "demo-account").get("/state").then()
                .statusCode(200).extract().asString());
    }

    /** Where a table's column is in each of its records, in a state document (its name in any case). */
    private static int column(JsonNode table, String name) {
        JsonNode fields = table.path("fields");
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).path("name").asText().equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new AssertionError("the state's table has no column " + name);
    }

    @Test
    void a_document_that_is_not_a_state_changes_nothing(EmulatorRuntimeInfo emulator) throws Exception {
        String url = emulator.baseUrl();
        control(url).body("{\"tables\":{}}").post("/state").then().statusCode(400).body("message", containsString("emulatorState"));
        ObjectNode wrong = (ObjectNode) JSON.readTree(control(url).get("/state").asString());
        ((ObjectNode) wrong.path("tables")).putObject("NO_SUCH_TABLE");
        control(url).body(wrong.toString()).post("/state").then().statusCode(400).body("message", containsString("NO_SUCH_TABLE"));
        String other = control(url).queryParam("accountId", "other-account").get("/state").asString();
        control(url).queryParam("accountId", "demo-account").body(other).post("/state").then().statusCode(400)
                .body("message", containsString("another account"));
        platform(url).post("/Environment/query").then().body("numberOfResults", equalTo(2));
    }

    @Test
    void a_state_document_loads_through_the_fixtures_endpoint_and_the_junit_view_too(EmulatorRuntimeInfo emulator) {
        String url = emulator.baseUrl();
        String saved = emulator.control().exportState();
        platform(url).body("{\"name\":\"Gone again\"}").post("/Environment").then().statusCode(200);
        control(url).body(saved).post("/fixtures?name=saved-state").then().statusCode(201);
        platform(url).post("/Environment/query").then().body("numberOfResults", equalTo(2));
        platform(url).body("{\"name\":\"Gone once more\"}").post("/Environment").then().statusCode(200);
        emulator.control().loadState(saved);
        platform(url).post("/Environment/query").then().body("numberOfResults", equalTo(2));
    }

    @Test
    void the_state_file_carries_a_session_across_a_restart(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("session.json");
        EmulatorConfig config = EmulatorConfig.builder().host("127.0.0.1").port(0).stateFile(file.toString()).build();
        try (EmulatorServer server = EmulatorServer.start(config)) {
            platform(server.baseUrl()).body("{\"name\":\"Survives\"}").post("/Environment").then().statusCode(200);
        }
        assertThat(file).exists();
        assertThat(Files.list(folder).map(Path::getFileName).map(Path::toString)).containsExactly("session.json");
        try (EmulatorServer restarted = EmulatorServer.start(config)) {
            JsonNode environments = JSON.readTree(platform(restarted.baseUrl()).post("/Environment/query").asString());
            assertThat(environments.path("result").findValuesAsText("name")).contains("Survives");
        }
    }
}
