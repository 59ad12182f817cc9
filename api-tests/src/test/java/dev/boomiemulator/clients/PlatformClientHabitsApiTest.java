package dev.boomiemulator.clients;

import static dev.boomiemulator.clients.Clients.cli;
import static dev.boomiemulator.clients.Clients.curl;
import static dev.boomiemulator.clients.Clients.sdk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the Platform clients send, sent exactly so, and what they read back. The CLI's JSON templates
 * ({@code cli/scripts/json/*.json}) go out through {@code curl -d @tmp.json}, which drops their line
 * breaks; the bodies below are those templates with the placeholders filled in, on one line.
 */
@BoomiEmulatorTest
class PlatformClientHabitsApiTest {
    private static final String PRODUCTION = "3f1c2a9e-0b7d-4c55-9a11-000000000001";
    private static final String TEST = "3f1c2a9e-0b7d-4c55-9a11-000000000002";
    /** The demo environments plus the ones loaded below: more than one page. */
    private static final int ENVIRONMENTS = 152;

    @BeforeAll
    static void enough_environments_for_two_pages(EmulatorRuntimeInfo emulator) {
        StringBuilder environments = new StringBuilder();
        for (int i = 0; i < ENVIRONMENTS - 2; i++) {
            environments.append(i == 0 ? "" : ",").append("{\"name\":\"Paged ").append(i).append("\"}");
        }
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"demo-account\",\"platform\":{\"environments\":["
                + environments + "]}}]}");
    }

    // ---- authentication -------------------------------------------------------------------------------

    @Test
    void the_cli_logs_in_with_BOOMI_TOKEN_user_and_api_token(EmulatorRuntimeInfo emulator) {
        // getAPI: curl -X GET -u $authToken -H "Content-Type: application/json" -H "Accept: application/json"
        cli(emulator).get("/Environment/" + PRODUCTION)
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'@type'", equalTo("Environment"))
                .body("name", equalTo("Production"));
    }

    @Test
    void the_sdk_logs_in_with_user_and_password(EmulatorRuntimeInfo emulator) {
        sdk(emulator).get("/Environment/" + PRODUCTION).then().statusCode(200).body("id", equalTo(PRODUCTION));
    }

    // ---- paths and methods ------------------------------------------------------------------------------

    @Test
    void create_with_a_trailing_slash_answers_the_object(EmulatorRuntimeInfo emulator) {
        // createEnvironment.sh posts json/createEnvironment.json; the create scripts all end the URL with '/'
        cli(emulator).body("{\t  \"name\" : \"QA\",\t  \"classification\" : \"TEST\"    }")
                .post("/Environment/")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'@type'", equalTo("Environment"))
                .body("id", notNullValue());
    }

    @Test
    void update_through_the_update_suffix_with_the_object_as_read(EmulatorRuntimeInfo emulator) {
        // the CLI updates with POST {Object}/{id}/update; the SDK with POST {Object}/{id}; both send what they read
        Response read = cli(emulator).get("/Environment/" + TEST);
        String document = read.asString().replace("\"Test\"", "\"Testing\"");
        cli(emulator).body(document).post("/Environment/" + TEST + "/update")
                .then().statusCode(200).body("name", equalTo("Testing"));
        sdk(emulator).header("Content-Type", "application/json").body(document.replace("Testing", "Test again"))
                .post("/Environment/" + TEST)
                .then().statusCode(200).body("name", equalTo("Test again"));
    }

    @Test
    void DELETE_with_the_empty_json_body_the_sdk_sends(EmulatorRuntimeInfo emulator) {
        // requests.request("DELETE", url, json={}): a body of {} with Content-Type: application/json
        sdk(emulator).header("Content-Type", "application/json").body("{}").delete("/Environment/" + TEST)
                .then().statusCode(200).contentType(startsWith("application/json"));
        cli(emulator).get("/Environment/" + TEST).then().statusCode(404);
    }

    @Test
    void the_sdk_installs_an_integration_pack_with_type_names_and_removes_it_with_an_empty_body(EmulatorRuntimeInfo emulator) {
        // IntegrationPackInstanceService.create_integration_pack_instance / delete_integration_pack_instance
        String id = sdk(emulator).header("Content-Type", "application/json")
                .body("{\"@type\":\"IntegrationPackInstance\",\"integrationPackId\":\"89abcdef-0123-4567-89ab-cdef01234567\","
                        + "\"integrationPackOverrideName\":\"Export Order Intake\",\"ProcessId\":[]}")
                .post("/IntegrationPackInstance")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'@type'", equalTo("IntegrationPackInstance"))
                .body("integrationPackOverrideName", equalTo("Export Order Intake"))
                .extract().path("id");
        sdk(emulator).get("/IntegrationPackInstance/" + id).then().statusCode(200).body("id", equalTo(id));
        sdk(emulator).header("Content-Type", "application/json").body("{}").delete("/IntegrationPackInstance/" + id)
                .then().statusCode(200).contentType(startsWith("application/json"));
        sdk(emulator).get("/IntegrationPackInstance/" + id)
                .then().statusCode(404).body("'@type'", equalTo("Error")).body("message", notNullValue());
    }

    // ---- what a query body may look like ----------------------------------------------------------------

    @Test
    void query_without_a_body_under_a_json_content_type_matches_everything(EmulatorRuntimeInfo emulator) {
        // publishAtom.sh names a template that does not exist: curl -d @tmp.json posts an empty body
        cli(emulator).post("/Environment/query")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'@type'", equalTo("QueryResult"))
                .body("numberOfResults", equalTo(ENVIRONMENTS));
    }

    @Test
    void the_sdk_query_without_a_filter_sends_an_empty_object(EmulatorRuntimeInfo emulator) {
        sdk(emulator).header("Content-Type", "application/json").body("{}").post("/Environment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(ENVIRONMENTS));
    }

    @Test
    void an_empty_QueryFilter_matches_everything(EmulatorRuntimeInfo emulator) {
        // json/queryEnvironmentAny.json
        cli(emulator).body("{  \"QueryFilter\" :    {    }}").post("/Environment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(ENVIRONMENTS));
    }

    @Test
    void an_and_group_with_a_single_nested_expression(EmulatorRuntimeInfo emulator) {
        // json/queryEnvironmentAnyClassification.json, read by queryEnvironment.sh as result[0].id
        cli(emulator).body("""
                {  "QueryFilter" :    {      "expression" :         {           "operator" : "and",\
                           "nestedExpression" : [             {               "argument" : ["Production"],\
                               "operator" : "EQUALS",               "property" : "name"             }\
                           ]         }    }}""")
                .post("/Environment/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].id", equalTo(PRODUCTION))
                .body("$", not(hasKey("queryToken")));
    }

    @Test
    void enumeration_arguments_in_another_case(EmulatorRuntimeInfo emulator) {
        // json/queryEnvironment.json with classification as the user typed it
        cli(emulator).body("""
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["Production"],"operator":"EQUALS","property":"name"},\
                {"argument":["prod"],"operator":"EQUALS","property":"classification"}]}}}""")
                .post("/Environment/query")
                .then().statusCode(200).body("result.id", contains(PRODUCTION));
    }

    @Test
    void LIKE_without_a_wildcard_is_an_exact_match(EmulatorRuntimeInfo emulator) {
        // json/queryAtomAttachment.json: {"argument":["${atomId}"],"operator":"LIKE","property":"atomId"}
        cli(emulator).body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"" + PRODUCTION
                        + "\"],\"operator\":\"LIKE\",\"property\":\"id\"}}}")
                .post("/Environment/query")
                .then().statusCode(200).body("result.id", contains(PRODUCTION));
    }

    @Test
    void LIKE_double_percent_matches_everything(EmulatorRuntimeInfo emulator) {
        // queryExecutionRecord.sh defaults processName and componentId to "%%"
        cli(emulator).body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"%%\"],\"operator\":\"LIKE\",\"property\":\"name\"}}}")
                .post("/Environment/query")
                .then().statusCode(200).body("numberOfResults", equalTo(ENVIRONMENTS));
    }

    @Test
    void type_names_on_every_object_of_a_query_are_accepted(EmulatorRuntimeInfo emulator) {
        sdk(emulator).header("Content-Type", "application/json").body("""
                {"@type":"EnvironmentQueryConfig","QueryFilter":{"@type":"QueryFilter","expression":\
                {"@type":"EnvironmentGroupingExpression","operator":"or","nestedExpression":[\
                {"@type":"EnvironmentSimpleExpression","operator":"EQUALS","property":"name","argument":["Production"]},\
                {"@type":"EnvironmentSimpleExpression","operator":"EQUALS","property":"name","argument":["Test"]}]}},\
                "QuerySort":{"@type":"QuerySort","sortField":[{"@type":"SortField","fieldName":"name","sortOrder":"DESC"}]}}""")
                .post("/Environment/query")
                .then().statusCode(200).body("result.name", contains("Test", "Production"));
    }

    @Test
    void bulk_with_the_real_type_names(EmulatorRuntimeInfo emulator) {
        sdk(emulator).header("Content-Type", "application/json").body("""
                {"@type":"EnvironmentBulkRequest","type":"GET","request":[\
                {"@type":"BulkId","id":"%s"},{"@type":"BulkId","id":"nope"}]}""".formatted(PRODUCTION))
                .post("/Environment/bulk")
                .then().statusCode(200)
                .body("'@type'", equalTo("BulkResult"))
                .body("response[0].statusCode", equalTo(200))
                .body("response[0].Result.'@type'", equalTo("Environment"))
                .body("response[1].statusCode", equalTo(400))
                .body("response[1].errorMessage", containsString("nope"));
    }

    @Test
    void unknown_fields_are_ignored(EmulatorRuntimeInfo emulator) {
        cli(emulator).body("{\"@type\":\"Environment\",\"name\":\"With extras\",\"classification\":\"TEST\","
                        + "\"createdDate\":\"2026-01-01T00:00:00Z\",\"notes\":\"\",\"somethingNew\":{\"a\":[1]}}")
                .post("/Environment/")
                .then().statusCode(200).body("name", equalTo("With extras"));
    }

    // ---- paging -------------------------------------------------------------------------------------------

    @Test
    void the_cli_pages_with_the_bare_token_under_a_json_content_type_until_the_token_is_gone(EmulatorRuntimeInfo emulator) {
        // publishAtom.sh: while [ null != "${queryToken}" ]: curl -H "Content-Type: application/json" -d${queryToken};
        // jq -r .queryToken prints "null" only when the field is absent
        JsonPath page = cli(emulator).post("/Environment/query").then().statusCode(200).extract().jsonPath();
        Set<String> ids = new HashSet<>(page.getList("result.id"));
        int pages = 1;
        while (page.get("queryToken") != null) {
            String token = page.getString("queryToken");
            assertThat(token).doesNotStartWith("@").isNotBlank();
            page = cli(emulator).body(token).post("/Environment/queryMore")
                    .then().statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("'@type'", equalTo("QueryResult"))
                    .extract().jsonPath();
            ids.addAll(page.getList("result.id"));
            pages++;
        }
        assertThat(pages).isEqualTo(2);
        assertThat(ids).hasSize(ENVIRONMENTS);
    }

    @Test
    void the_last_page_has_no_queryToken_at_all(EmulatorRuntimeInfo emulator) {
        String token = cli(emulator).post("/Environment/query").then().extract().path("queryToken");
        String last = cli(emulator).body(token).post("/Environment/queryMore").then().statusCode(200)
                .body("result", hasSize(ENVIRONMENTS - 100))
                .extract().asString();
        assertThat(last).doesNotContain("queryToken");
    }

    @Test
    void the_sdk_sends_queryMore_as_text_plain(EmulatorRuntimeInfo emulator) {
        String token = sdk(emulator).header("Content-Type", "application/json").body("{}").post("/Environment/query")
                .then().extract().path("queryToken");
        sdk(emulator).header("Content-Type", "text/plain").body(token).post("/Environment/queryMore")
                .then().statusCode(200).body("result", hasSize(ENVIRONMENTS - 100));
    }

    @Test
    void queryMore_under_curls_default_form_content_type(EmulatorRuntimeInfo emulator) {
        // curl -u user:password -d "$TOKEN" .../queryMore: no -H, so application/x-www-form-urlencoded, and
        // curl's Accept: */* gets the real service's default, XML
        String token = curl(emulator).post("/Environment/query").then().statusCode(200)
                .extract().path("QueryResult.queryToken");
        curl(emulator).header("Content-Type", "application/x-www-form-urlencoded").body(token)
                .post("/Environment/queryMore")
                .then().statusCode(200)
                .contentType(startsWith("application/xml"))
                .body("QueryResult.result.size()", equalTo(ENVIRONMENTS - 100));
    }

    @Test
    void a_json_body_under_curls_default_form_content_type_is_read_as_json(EmulatorRuntimeInfo emulator) {
        curl(emulator).header("Content-Type", "application/x-www-form-urlencoded")
                .body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"Test\"],\"operator\":\"EQUALS\",\"property\":\"name\"}}}")
                .post("/Environment/query")
                .then().statusCode(200).body("QueryResult.result.@id", equalTo(TEST));
        curl(emulator).header("Content-Type", "application/x-www-form-urlencoded").body("{\"type\":\"GET\"}")
                .post("/Environment/bulk")
                .then().statusCode(400).body("error.message", containsString("request"));
    }

    // ---- errors: the CLI sees them only as {"@type":"Error","message":...} --------------------------------

    @Test
    void every_platform_error_is_an_Error_object_with_a_message(EmulatorRuntimeInfo emulator) {
        List<Response> errors = new ArrayList<>();
        errors.add(cli(emulator).get("/Environment/nope"));                                        // 404 id
        errors.add(cli(emulator).get("/NoSuchObject/1"));                                          // 404 route
        errors.add(cli(emulator).body("{\"QueryFilter\":").post("/Environment/query"));             // bad JSON
        errors.add(cli(emulator).body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"x\"],"
                + "\"operator\":\"EQUALS\",\"property\":\"nope\"}}}").post("/Environment/query"));  // bad filter
        errors.add(cli(emulator).body("not-a-token").post("/Environment/queryMore"));               // bad token
        errors.add(cli(emulator).body("{\"type\":\"GET\"}").post("/Environment/bulk"));             // invalid request
        errors.add(cli(emulator).body("{\"classification\":\"TEST\"}").post("/Environment/"));      // rule
        errors.add(cli(emulator).put("/Environment/" + PRODUCTION));                               // method
        errors.add(cli(emulator).auth().none().get("/Environment/" + PRODUCTION));                 // 401
        errors.add(cli(emulator).baseUri(emulator.platformUrl("other-account")).get("/Environment/x")); // 403
        for (Response error : errors) {
            assertThat(error.statusCode()).isBetween(400, 499);
            assertThat(error.contentType()).startsWith("application/json");
            JsonPath body = error.jsonPath();
            assertThat(body.getString("'@type'")).as(error.asString()).isEqualTo("Error");
            assertThat(body.getString("message")).as(error.asString()).isNotBlank();
        }
    }

    @Test
    void every_success_answers_application_json(EmulatorRuntimeInfo emulator) {
        List<Response> successes = new ArrayList<>();
        successes.add(cli(emulator).get("/Environment/" + PRODUCTION));
        successes.add(cli(emulator).post("/Environment/query"));
        successes.add(cli(emulator).body(successes.get(1).path("queryToken").toString()).post("/Environment/queryMore"));
        successes.add(cli(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + PRODUCTION + "\"}]}")
                .post("/Environment/bulk"));
        successes.add(cli(emulator).body("{\"name\":\"Json\"}").post("/Environment/"));
        successes.add(cli(emulator).body("{\"name\":\"Prod\"}").post("/Environment/" + PRODUCTION + "/update"));
        successes.add(cli(emulator).body("{}").delete("/Environment/" + TEST));
        for (Response success : successes) {
            assertThat(success.statusCode()).as(success.asString()).isEqualTo(200);
            assertThat(success.contentType()).startsWith("application/json");
        }
        assertThat(successes.subList(0, 6)).allSatisfy(success ->
                assertThat(success.jsonPath().getString("'@type'")).isNotBlank());
    }

    // ---- what stays refused: the real service checks these too ------------------------------------------

    @Test
    void a_filter_with_the_wrong_number_of_arguments_is_still_refused(EmulatorRuntimeInfo emulator) {
        cli(emulator).body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"a\"],\"operator\":\"BETWEEN\",\"property\":\"createdDate\"}}}")
                .post("/Environment/query")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("BETWEEN"));
    }

    @Test
    void a_bulk_request_without_ids_or_with_more_than_100_is_still_refused(EmulatorRuntimeInfo emulator) {
        cli(emulator).body("{\"@type\":\"EnvironmentBulkRequest\",\"type\":\"GET\"}").post("/Environment/bulk")
                .then().statusCode(400).body("message", containsString("request"));
        StringBuilder ids = new StringBuilder();
        for (int i = 0; i <= 100; i++) {
            ids.append(i == 0 ? "" : ",").append("{\"@type\":\"BulkId\",\"id\":\"e").append(i).append("\"}");
        }
        cli(emulator).body("{\"type\":\"GET\",\"request\":[" + ids + "]}").post("/Environment/bulk")
                .then().statusCode(400).body("'@type'", equalTo("Error"));
    }

    @Test
    void a_create_without_its_required_field_is_still_refused(EmulatorRuntimeInfo emulator) {
        cli(emulator).body("{\"@type\":\"Environment\",\"name\":\"\",\"classification\":\"PROD\"}").post("/Environment/")
                .then().statusCode(400).body("message", containsString("name"));
        cli(emulator).body("{\"name\":\"Bad\",\"classification\":\"STAGE\"}").post("/Environment/")
                .then().statusCode(400).body("message", containsString("STAGE"));
    }

    @Test
    void results_carry_their_type_on_every_object(EmulatorRuntimeInfo emulator) {
        cli(emulator).post("/Environment/query")
                .then().body("result.'@type'", everyItem(equalTo("Environment")));
    }
}
