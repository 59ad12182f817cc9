package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.anonymous;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class EnvironmentApiTest {
    private static final String PRODUCTION_ID = "3f1c2a9e-0b7d-4c55-9a11-000000000001";
    /** The Test environment: no Atoms attached, one deployment. */
    private static final String TEST_ID = "3f1c2a9e-0b7d-4c55-9a11-000000000002";

    @Test
    void POST_Environment_creates_one_that_GET_and_query_then_see(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body("{\"name\":\"QA\",\"classification\":\"TEST\"}")
                .post("/Environment")
                .then().statusCode(200)
                .body("'@type'", equalTo("Environment"))
                .body("name", equalTo("QA"))
                .body("classification", equalTo("TEST"))
                .body("id", notNullValue())
                .extract().path("id");

        as(emulator).get("/Environment/" + id).then().statusCode(200).body("name", equalTo("QA"));
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\",\"argument\":[\"QA\"]}}}")
                .post("/Environment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(id));
    }

    @Test
    void dates_are_written_as_Boomi_writes_them_to_the_second(EmulatorRuntimeInfo emulator) {
        String wholeSeconds = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z";
        String created = as(emulator).body("{\"name\":\"Dated\"}").post("/Environment")
                .then().statusCode(200).body("createdDate", matchesPattern(wholeSeconds))
                .extract().path("createdDate");
        String id = as(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\","
                        + "\"argument\":[\"Dated\"]}}}")
                .post("/Environment/query")
                .then().statusCode(200).body("result[0].createdDate", equalTo(created))
                .extract().path("result[0].id");
        as(emulator).get("/Environment/" + id).then().statusCode(200).body("createdDate", equalTo(created));
    }

    @Test
    void classification_is_echoed_in_the_form_the_caller_used(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"Seed form\",\"classification\":\"PRODUCTION\"}").post("/Environment")
                .then().statusCode(200).body("classification", equalTo("PRODUCTION"));
        as(emulator).body("{\"name\":\"Default\"}").post("/Environment")
                .then().statusCode(200).body("classification", equalTo("PROD"));
    }

    @Test
    void POST_Environment_without_name_is_400_in_the_platform_error_shape(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"classification\":\"PROD\"}").post("/Environment")
                .then().statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("message", containsString("name"));
    }

    @Test
    void unknown_classification_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"X\",\"classification\":\"STAGING\"}").post("/Environment")
                .then().statusCode(400).body("message", containsString("STAGING"));
    }

    @Test
    void malformed_json_is_400_not_500(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":").post("/Environment")
                .then().statusCode(400).body("'@type'", equalTo("Error"));
    }

    @Test
    void update_renames_through_both_paths(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"Prod renamed\"}").post("/Environment/" + PRODUCTION_ID)
                .then().statusCode(200).body("name", equalTo("Prod renamed"));
        as(emulator).body("{\"@type\":\"Environment\",\"id\":\"" + PRODUCTION_ID + "\",\"name\":\"Prod again\",\"classification\":\"PROD\"}")
                .post("/Environment/" + PRODUCTION_ID + "/update")
                .then().statusCode(200).body("name", equalTo("Prod again"));
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().body("name", equalTo("Prod again"));
    }

    @Test
    void update_cannot_change_the_classification(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"classification\":\"TEST\"}").post("/Environment/" + PRODUCTION_ID)
                .then().statusCode(400).body("message", containsString("classification"));
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().body("classification", equalTo("PROD"));
    }

    @Test
    void delete_removes_it_and_a_second_delete_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{}").delete("/Environment/" + TEST_ID).then().statusCode(200);
        as(emulator).get("/Environment/" + TEST_ID).then().statusCode(404).body("'@type'", equalTo("Error"));
        as(emulator).delete("/Environment/" + TEST_ID).then().statusCode(404);
    }

    @Test
    void DELETE_environment_with_attached_atoms_is_400_until_they_are_detached(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{}").delete("/Environment/" + PRODUCTION_ID)
                .then().statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("message", containsString("attached Atoms"))
                .body("message", containsString("Demo Atom"));
        as(emulator).get("/Environment/" + PRODUCTION_ID).then().statusCode(200);

        String attachment = as(emulator)
                .body("{\"QueryFilter\":{\"expression\":{\"property\":\"environmentId\",\"operator\":\"EQUALS\",\"argument\":[\"" + PRODUCTION_ID + "\"]}}}")
                .post("/EnvironmentAtomAttachment/query").then().statusCode(200).extract().path("result[0].id");
        as(emulator).delete("/EnvironmentAtomAttachment/" + attachment).then().statusCode(200);
        as(emulator).delete("/Environment/" + PRODUCTION_ID).then().statusCode(200);
    }

    @Test
    void deleting_an_environment_deactivates_its_deployments(EmulatorRuntimeInfo emulator) {
        as(emulator).delete("/Environment/" + TEST_ID).then().statusCode(200);
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"and\",\"nestedExpression\":["
                        + "{\"property\":\"environmentId\",\"operator\":\"EQUALS\",\"argument\":[\"" + TEST_ID + "\"]},"
                        + "{\"property\":\"active\",\"operator\":\"EQUALS\",\"argument\":[\"true\"]}]}}}")
                .post("/DeployedPackage/query").then().statusCode(200).body("numberOfResults", equalTo(0));
    }

    @Test
    void GET_unknown_environment_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/Environment/nope").then().statusCode(404).body("message", containsString("nope"));
    }

    @Test
    void trailing_slash_is_tolerated(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"Slash\"}").post("/Environment/").then().statusCode(200);
    }

    @Test
    void bulk_GET_answers_each_id_on_its_own(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + PRODUCTION_ID + "\"},{\"id\":\"nope\"}]}")
                .post("/Environment/bulk")
                .then().statusCode(200)
                .body("'@type'", equalTo("BulkResult"))
                .body("response", hasSize(2))
                .body("response[0].statusCode", equalTo(200))
                .body("response[0].Result.name", equalTo("Production"))
                .body("response[1].index", equalTo(1))
                .body("response[1].statusCode", equalTo(400))
                .body("response[1].errorMessage", containsString("nope"));
    }

    @Test
    void bulk_with_more_than_100_ids_is_400(EmulatorRuntimeInfo emulator) {
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i < 101; i++) {
            ids.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\"}");
        }
        as(emulator).body("{\"type\":\"GET\",\"request\":[" + ids + "]}").post("/Environment/bulk")
                .then().statusCode(400).body("'@type'", equalTo("Error"));
    }

    @Test
    void unknown_platform_route_is_404_in_the_platform_error_shape(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/NoSuchObject/1").then().statusCode(404).body("'@type'", equalTo("Error"));
    }

    @Test
    void without_credentials_is_401_with_a_basic_challenge(EmulatorRuntimeInfo emulator) {
        anonymous(emulator).get("/Environment/" + PRODUCTION_ID)
                .then().statusCode(401)
                .header("WWW-Authenticate", containsString("Basic"))
                .body("'@type'", equalTo("Error"));
    }

    @Test
    void wrong_password_is_401(EmulatorRuntimeInfo emulator) {
        as(emulator, emulator.accountId(), emulator.username(), "wrong").get("/Environment/" + PRODUCTION_ID)
                .then().statusCode(401);
    }

    @Test
    void api_token_login_works(EmulatorRuntimeInfo emulator) {
        as(emulator, emulator.accountId(), "BOOMI_TOKEN." + emulator.username(), emulator.apiToken())
                .get("/Environment/" + PRODUCTION_ID).then().statusCode(200);
    }

    @Test
    void api_token_is_not_a_password(EmulatorRuntimeInfo emulator) {
        as(emulator, emulator.accountId(), emulator.username(), emulator.apiToken())
                .get("/Environment/" + PRODUCTION_ID).then().statusCode(401);
    }

    @Test
    void another_accounts_user_is_403_and_sees_nothing(EmulatorRuntimeInfo emulator) {
        as(emulator, emulator.accountId(), "other@example.com", "other-password")
                .get("/Environment/" + PRODUCTION_ID).then().statusCode(403).body("'@type'", equalTo("Error"));
        as(emulator, "other-account", "other@example.com", "other-password")
                .get("/Environment/" + PRODUCTION_ID).then().statusCode(404);
        as(emulator, "other-account", "other@example.com", "other-password")
                .post("/Environment/query").then().statusCode(200).body("numberOfResults", equalTo(1));
    }
}
