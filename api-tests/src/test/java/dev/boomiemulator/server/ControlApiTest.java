package dev.boomiemulator.server;

import static dev.boomiemulator.support.Platform.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Contracts;
import dev.boomiemulator.support.Platform;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class ControlApiTest {
    /** The default Test environment: no Atom is attached, so it can be deleted. */
    private static final String TEST_ENVIRONMENT_ID = "3f1c2a9e-0b7d-4c55-9a11-000000000002";

    private static RequestSpecification control(EmulatorRuntimeInfo emulator) {
        return given().baseUri(emulator.baseUrl() + "/_emulator").contentType(ContentType.JSON).filter(Contracts.CONTROL);
    }

    @Test
    void health_is_up(EmulatorRuntimeInfo emulator) {
        control(emulator).get("/health").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void reset_undoes_changes_of_every_account(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).delete("/Environment/" + TEST_ENVIRONMENT_ID).then().statusCode(200);
        Platform.as(emulator).body("{\"name\":\"Temporary\"}").post("/Environment").then().statusCode(200);

        control(emulator).post("/reset").then().statusCode(200).body("reset", equalTo("all"));

        Platform.as(emulator).get("/Environment/" + TEST_ENVIRONMENT_ID).then().statusCode(200);
        Platform.as(emulator).post("/Environment/query").then().body("result.name", not(hasItem("Temporary")));
    }

    @Test
    void reset_of_one_account_leaves_the_others_alone(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":\"Demo change\"}").post("/Environment").then().statusCode(200);
        Platform.as(emulator, "other-account", "other@example.com", "other-password")
                .body("{\"name\":\"Other change\"}").post("/Environment").then().statusCode(200);

        control(emulator).post("/reset/other-account").then().statusCode(200).body("reset", equalTo("other-account"));

        Platform.as(emulator).post("/Environment/query").then().body("result.name", hasItem("Demo change"));
        Platform.as(emulator, "other-account", "other@example.com", "other-password")
                .post("/Environment/query").then().body("numberOfResults", equalTo(1))
                .body("result.name", not(hasItem("Other change")));
        control(emulator).queryParam("accountId", "demo-account").post("/reset").then().statusCode(200);
        Platform.as(emulator).post("/Environment/query").then().body("result.name", not(hasItem("Demo change")));
    }

    @Test
    void reset_of_one_account_restores_what_its_generic_objects_are_found_by(EmulatorRuntimeInfo emulator) {
        // a Folder (an object of the generic engine) whose name a QueryFilter finds through its stored values
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"demo-account\",\"platform\":{\"objects\":"
                + "{\"Folder\":[{\"id\":\"Rjo5OQ\",\"name\":\"Before\"}]}}}]}");
        Platform.as(emulator).body("{\"id\":\"Rjo5OQ\",\"name\":\"After\"}").post("/Folder/Rjo5OQ")
                .then().statusCode(200).body("name", equalTo("After"));
        Platform.as(emulator).body("{\"name\":\"Created\"}").post("/Folder").then().statusCode(200);

        control(emulator).post("/reset/demo-account").then().statusCode(200);

        Platform.as(emulator).body(nameIs("Before")).post("/Folder/query").then().statusCode(200)
                .body("numberOfResults", equalTo(1)).body("result[0].name", equalTo("Before"));
        Platform.as(emulator).body(nameIs("After")).post("/Folder/query").then().body("numberOfResults", equalTo(0));
        Platform.as(emulator).body(nameIs("Created")).post("/Folder/query").then().body("numberOfResults", equalTo(0));
    }

    private static String nameIs(String name) {
        return "{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\",\"argument\":[\""
                + name + "\"]}}}";
    }

    @Test
    void reset_of_an_unknown_account_is_404(EmulatorRuntimeInfo emulator) {
        control(emulator).post("/reset/nobody").then().statusCode(404).body("message", containsString("nobody"));
    }

    @Test
    void a_fixture_loaded_at_run_time_is_usable_at_once_and_survives_reset(EmulatorRuntimeInfo emulator) {
        String fixture = "{\"accounts\":[{\"id\":\"runtime-account\",\"users\":[{\"username\":\"rt\",\"password\":\"pw\"}],"
                + "\"platform\":{\"environments\":[{\"id\":\"rt-env\",\"name\":\"Runtime\"}]}}]}";
        control(emulator).queryParam("name", "runtime.json").body(fixture).post("/fixtures")
                .then().statusCode(201).body("accounts", hasItem("runtime-account"));
        Platform.as(emulator, "runtime-account", "rt", "pw").get("/Environment/rt-env").then().statusCode(200);

        control(emulator).post("/reset").then().statusCode(200);
        Platform.as(emulator, "runtime-account", "rt", "pw").get("/Environment/rt-env").then().statusCode(200);
        control(emulator).get("/fixtures").then().body("loaded", hasItem("runtime.json"));
    }

    @Test
    void GET_accounts_lists_the_loaded_accounts_with_their_credentials_in_load_order(EmulatorRuntimeInfo emulator) {
        control(emulator).get("/accounts").then().statusCode(200)
                // the default set first, in its order; fixtures other tests of this class load at run time follow
                .body("accounts.id[0..1]", equalTo(java.util.List.of("demo-account", "other-account")))
                .body("accounts[0].name", equalTo("Demo Account"))
                .body("accounts[0].users[0].username", equalTo("demo@example.com"))
                .body("accounts[0].users[0].password", equalTo("demo-password"))
                .body("accounts[0].users[0].apiToken", equalTo("demo-api-token"))
                .body("accounts[0].dataIntegration.accountId", equalTo("6650a1b2c3d4e5f600000001"))
                .body("accounts[0].dataIntegration.tokens.token", hasItem("demo-di-token"))
                .body("accounts[0].dataIntegration.tokens[0].scopes", equalTo(java.util.List.of("all")))
                .body("accounts[1].dataIntegration.tokens[0].token", equalTo("other-di-token"));
    }

    @Test
    void GET_accounts_follows_a_fixture_loaded_at_run_time_and_its_credentials_work(EmulatorRuntimeInfo emulator) {
        String fixture = "{\"accounts\":[{\"id\":\"listed-account\",\"name\":\"Listed\","
                + "\"users\":[{\"username\":\"l@example.com\",\"password\":\"l-pw\"}]}]}";
        control(emulator).body(fixture).post("/fixtures").then().statusCode(201);

        control(emulator).get("/accounts").then().statusCode(200)
                .body("accounts.id", hasItem("listed-account"))
                .body("accounts.find { it.id == 'listed-account' }.users[0].password", equalTo("l-pw"))
                .body("accounts.find { it.id == 'listed-account' }", not(org.hamcrest.Matchers.hasKey("dataIntegration")))
                .body("accounts.find { it.id == 'listed-account' }.users[0]", not(org.hamcrest.Matchers.hasKey("apiToken")));
        Platform.as(emulator, "listed-account", "l@example.com", "l-pw").post("/Environment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(0));
    }

    @Test
    void a_bad_fixture_is_refused_whole_with_path_and_reason(EmulatorRuntimeInfo emulator) {
        String fixture = "{\"accounts\":[{\"id\":\"half-account\",\"users\":[{\"username\":\"h\",\"password\":\"pw\"}],"
                + "\"platform\":{\"environments\":[{\"id\":\"ok-env\",\"name\":\"Fine\"},{\"id\":\"bad-env\",\"classification\":\"PROD\"}]}}]}";
        control(emulator).queryParam("name", "broken.json").body(fixture).post("/fixtures")
                .then().statusCode(400)
                .body("problems[0].file", equalTo("broken.json"))
                .body("problems[0].path", equalTo("$.accounts[0].platform.environments[1]"))
                .body("problems[0].reason", containsString("name"));
        control(emulator).get("/fixtures").then().body("accounts", not(hasItem("half-account")));
        control(emulator).get("/accounts").then().body("accounts.id", not(hasItem("half-account")));
    }

    @Test
    void a_fixture_breaking_a_rule_is_refused_and_nothing_of_it_stays(EmulatorRuntimeInfo emulator) {
        String fixture = "{\"accounts\":[{\"id\":\"dup-account\",\"users\":[{\"username\":\"d\",\"password\":\"pw\"}],"
                + "\"platform\":{\"environments\":[{\"id\":\"same\",\"name\":\"One\"},{\"id\":\"same\",\"name\":\"Two\"}]}}]}";
        control(emulator).body(fixture).post("/fixtures")
                .then().statusCode(400)
                .body("problems[0].path", equalTo("$.accounts[0].platform.environments[1].id"))
                .body("problems[0].reason", containsString("duplicate"));
        control(emulator).get("/fixtures").then().body("accounts", not(hasItem("dup-account")));
    }

    @Test
    void a_fixture_naming_an_environment_or_object_the_account_already_has_is_refused(EmulatorRuntimeInfo emulator) {
        control(emulator).body("{\"accounts\":[{\"id\":\"kept-account\",\"users\":[{\"username\":\"k\",\"password\":\"pw\"}],"
                + "\"platform\":{\"environments\":[{\"id\":\"kept\",\"name\":\"Kept\"}],"
                + "\"objects\":{\"Folder\":[{\"id\":\"kept-folder\",\"name\":\"Kept\"}]}}}]}").post("/fixtures")
                .then().statusCode(201);

        control(emulator).body(accountWith("{\"environments\":[{\"id\":\"new\",\"name\":\"New\"},"
                        + "{\"id\":\"kept\",\"name\":\"Again\"}]}")).post("/fixtures")
                .then().statusCode(400)
                .body("problems[0].path", equalTo("$.accounts[0].platform.environments[1].id"))
                .body("problems[0].reason", containsString("duplicate environment id 'kept'"));
        control(emulator).body(accountWith("{\"objects\":{\"Folder\":[{\"id\":\"new-folder\",\"name\":\"New\"},"
                        + "{\"id\":\"kept-folder\",\"name\":\"Again\"}]}}")).post("/fixtures")
                .then().statusCode(400)
                .body("problems[0].reason", containsString("duplicate Folder id 'kept-folder'"));
        as(emulator, "kept-account", "k", "pw").get("/Environment/new").then().statusCode(404);
        as(emulator, "kept-account", "k", "pw").get("/Folder/new-folder").then().statusCode(404);
        as(emulator, "kept-account", "k", "pw").get("/Environment/kept").then().statusCode(200).body("name", equalTo("Kept"));
    }

    /** A fixture adding {@code platform} to the account the test's first fixture made. */
    private static String accountWith(String platform) {
        return "{\"accounts\":[{\"id\":\"kept-account\",\"platform\":" + platform + "}]}";
    }

    @Test
    void a_fixture_naming_one_generic_object_twice_is_refused_at_the_second(EmulatorRuntimeInfo emulator) {
        String fixture = "{\"accounts\":[{\"id\":\"dup-folders\",\"users\":[{\"username\":\"f\",\"password\":\"pw\"}],"
                + "\"platform\":{\"objects\":{\"Folder\":[{\"id\":\"f1\",\"name\":\"One\"},{\"id\":\"f2\",\"name\":\"Two\"},"
                + "{\"id\":\"f1\",\"name\":\"Again\"}]}}}]}";
        control(emulator).body(fixture).post("/fixtures")
                .then().statusCode(400)
                .body("problems[0].path", equalTo("$.accounts[0].platform.objects.Folder[2]"))
                .body("problems[0].reason", containsString("duplicate Folder id 'f1'"));
        control(emulator).get("/accounts").then().body("accounts.id", not(hasItem("dup-folders")));
    }

    @Test
    void a_fixture_that_is_not_json_is_refused(EmulatorRuntimeInfo emulator) {
        control(emulator).body("{\"accounts\": [").post("/fixtures")
                .then().statusCode(400).body("problems[0].reason", containsString("not valid JSON"));
    }

    @Test
    void the_clock_freezes_advances_and_runs_again(EmulatorRuntimeInfo emulator) {
        control(emulator).body("{\"at\":\"2026-05-01T10:00:00Z\"}").post("/clock/freeze")
                .then().statusCode(200).body("now", equalTo("2026-05-01T10:00:00Z")).body("frozen", equalTo(true));
        control(emulator).body("{\"seconds\":90}").post("/clock/advance")
                .then().body("now", equalTo("2026-05-01T10:01:30Z"));
        control(emulator).body("{\"duration\":\"PT1H\"}").post("/clock/advance")
                .then().body("now", equalTo("2026-05-01T11:01:30Z"));
        control(emulator).get("/clock").then().body("now", equalTo("2026-05-01T11:01:30Z"));

        Platform.as(emulator).body("{\"name\":\"Stamped\"}").post("/Environment")
                .then().body("createdDate", equalTo("2026-05-01T11:01:30Z"));

        control(emulator).post("/clock/unfreeze").then().body("frozen", equalTo(false));
        Instant running = Instant.parse(control(emulator).get("/clock").then().extract().path("now"));
        org.assertj.core.api.Assertions.assertThat(running).isAfterOrEqualTo(Instant.parse("2026-05-01T11:01:30Z"))
                .isBefore(Instant.parse("2026-05-01T11:02:30Z"));
    }

    @Test
    void the_clock_refuses_to_go_back_or_bad_input(EmulatorRuntimeInfo emulator) {
        control(emulator).body("{\"seconds\":-5}").post("/clock/advance").then().statusCode(400);
        control(emulator).body("{}").post("/clock/advance").then().statusCode(400).body("message", containsString("seconds"));
        control(emulator).body("{\"at\":\"tomorrow\"}").post("/clock/freeze").then().statusCode(400);
    }

    @Test
    void an_unknown_control_route_is_404(EmulatorRuntimeInfo emulator) {
        control(emulator).get("/nothing-here").then().statusCode(404).body("message", containsString("nothing-here"));
    }
}
