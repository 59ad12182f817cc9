package dev.boomiemulator.clients;

import static dev.boomiemulator.clients.Clients.cli;
import static dev.boomiemulator.clients.Clients.sdk;
import static dev.boomiemulator.support.Demo.CUSTOMER_IMPORT;
import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.INVENTORY_NIGHTLY;
import static dev.boomiemulator.support.Demo.OFFLINE_ATOM;
import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.PRODUCTION;
import static dev.boomiemulator.support.Demo.TEST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runtime half of what boomicicd-cli and boomi-python send: Atoms, packages, deployments, executions
 * and schedules, with the CLI's templates ({@code cli/scripts/json/*.json}) filled in as its scripts fill
 * them: every scalar a string, enumerations as the user typed them, optional values left empty.
 */
@BoomiEmulatorTest
class PlatformRuntimeClientHabitsApiTest {
    @BeforeEach
    void freeze_the_clock(EmulatorRuntimeInfo emulator) {
        emulator.control().freezeClock();
    }

    /** queryAtom.sh, called by executeProcess.sh and queryProcessScheduleStatus.sh with atomStatus=online. */
    private static String queryAtom(String status, String type, String name) {
        return """
                {   "QueryFilter" :     {       "expression" :         {           "operator" : "and",\
                           "nestedExpression" : [             {               "argument" : ["%s"],\
                               "operator" : "EQUALS",               "property" : "status"             },\
                             {               "argument" : ["%s"],               "operator" : "EQUALS",\
                               "property" : "type"             },                         {\
                               "argument" : ["%s"],               "operator" : "EQUALS",\
                               "property" : "name"             }           ]         }     }}""".formatted(status, type, name);
    }

    @Test
    void atom_status_in_lower_case_finds_the_online_atom(EmulatorRuntimeInfo emulator) {
        cli(emulator).body(queryAtom("online", "ATOM", "Demo Atom")).post("/Atom/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].id", equalTo(ONLINE_ATOM))
                .body("result[0].status", equalTo("ONLINE"));
        cli(emulator).body(queryAtom("Offline", "atom", "Retired Atom")).post("/Atom/query")
                .then().statusCode(200).body("result.id", contains(OFFLINE_ATOM));
    }

    @Test
    void atom_update_with_purgeHistoryDays_as_a_string(EmulatorRuntimeInfo emulator) {
        // updateAtom.sh: POST Atom/{id}/update with json/updateAtom.json, then jq -r .id
        cli(emulator).body("{  \"id\" : \"" + ONLINE_ATOM + "\",  \"purgeHistoryDays\" : \"30\"}")
                .post("/Atom/" + ONLINE_ATOM + "/update")
                .then().statusCode(200)
                .body("'@type'", equalTo("Atom"))
                .body("id", equalTo(ONLINE_ATOM))
                .body("purgeHistoryDays", equalTo(30));
        cli(emulator).body("{\"id\":\"" + ONLINE_ATOM + "\",\"purgeHistoryDays\":\"thirty\"}")
                .post("/Atom/" + ONLINE_ATOM + "/update")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("purgeHistoryDays"));
    }

    @Test
    void component_metadata_with_deleted_and_currentVersion_as_strings(EmulatorRuntimeInfo emulator) {
        // queryComponentMetadata.sh defaults deleted=false and currentVersion=true; reads result[0].version
        cli(emulator).body("""
                {  "QueryFilter" :     {      "expression" :         {          "operator" : "and",\
                          "nestedExpression": [\t\t\t    {              "argument":["%s"],\
                              "operator":"EQUALS",              "property":"componentId"           },\
                \t\t\t     {              "argument":["false"],              "operator":"EQUALS",\
                              "property":"deleted"           },\t\t\t     {              "argument":["true"],\
                              "operator":"EQUALS",              "property":"currentVersion"           }\
                          ]        }    }}""".formatted(ORDER_SYNC))
                .post("/ComponentMetadata/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].'@type'", equalTo("ComponentMetadata"))
                .body("result[0].componentId", equalTo(ORDER_SYNC))
                .body("result[0].version", equalTo(3))
                .body("result[0].type", equalTo("process"));
    }

    @Test
    void component_metadata_by_name_and_type(EmulatorRuntimeInfo emulator) {
        // json/queryComponentMetadataComponentNameComponentType.json
        cli(emulator).body("""
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["Customer Import"],"operator":"EQUALS","property":"name"},\
                {"argument":["process"],"operator":"EQUALS","property":"type"},\
                {"argument":["false"],"operator":"EQUALS","property":"deleted"},\
                {"argument":["true"],"operator":"EQUALS","property":"currentVersion"}]}}}""")
                .post("/ComponentMetadata/query")
                .then().statusCode(200)
                .body("result[0].componentId", equalTo(CUSTOMER_IMPORT))
                .body("result[0].version", equalTo(5));
    }

    @Test
    void component_metadata_and_packages_by_version_as_the_templates_ask(EmulatorRuntimeInfo emulator) {
        // json/queryComponentMetadataComponentIdComponentVersion.json filters on "version"
        cli(emulator).body("""
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["%s"],"operator":"EQUALS","property":"componentId"},\
                {"argument":["false"],"operator":"EQUALS","property":"deleted"},\
                {"argument":["2"],"operator":"EQUALS","property":"version"}]}}}""".formatted(ORDER_SYNC))
                .post("/ComponentMetadata/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].version", equalTo(2))
                .body("result[0].currentVersion", equalTo(false));
        // json/queryPackagedComponentComponentVersion.json filters on "componentVersion"
        cli(emulator).body("""
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["%s"],"operator":"EQUALS","property":"componentId"},\
                {"argument":["3"],"operator":"EQUALS","property":"componentVersion"},\
                {"argument":["process"],"operator":"EQUALS","property":"componentType"},\
                {"argument":["3.0"],"operator":"EQUALS","property":"packageVersion"}]}}}""".formatted(ORDER_SYNC))
                .post("/PackagedComponent/query")
                .then().statusCode(200)
                .body("result.packageId", contains("8a5c3f21-6e7b-4c9d-8e1f-000000000002"));
    }

    @Test
    void packaging_with_componentVersion_as_a_string_or_empty(EmulatorRuntimeInfo emulator) {
        // createPackagedComponent.sh: POST PackagedComponent/ with json/createPackagedComponentVersion.json;
        // componentVersion is what queryComponentMetadata.sh exported, or "" when the user gave none
        String version3 = cli(emulator).body(createPackage(ORDER_SYNC, "\"3\"", "4.0"))
                .post("/PackagedComponent/")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("'@type'", equalTo("PackagedComponent"))
                .body("componentVersion", equalTo("3"))
                .body("packageId", notNullValue())
                .extract().path("packageId");
        cli(emulator).body(createPackage(CUSTOMER_IMPORT, "\"\"", "6.0")).post("/PackagedComponent/")
                .then().statusCode(200).body("componentVersion", equalTo("5")); // "" is the current version
        cli(emulator).body(createPackage(INVENTORY_NIGHTLY, "1", "1.1")).post("/PackagedComponent/")
                .then().statusCode(200).body("componentVersion", equalTo(1));
        // queryPackagedComponent.sh finds it again by componentId, componentType and packageVersion
        cli(emulator).body("""
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["%s"],"operator":"EQUALS","property":"componentId"},\
                {"argument":["process"],"operator":"EQUALS","property":"componentType"},\
                {"argument":["4.0"],"operator":"EQUALS","property":"packageVersion"}]}}}""".formatted(ORDER_SYNC))
                .post("/PackagedComponent/query")
                .then().statusCode(200).body("result[0].packageId", equalTo(version3));
    }

    @Test
    void packaging_refuses_what_the_real_service_refuses(EmulatorRuntimeInfo emulator) {
        cli(emulator).body(createPackage(ORDER_SYNC, "\"9\"", "9.0")).post("/PackagedComponent/")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("version"));
        cli(emulator).body(createPackage(ORDER_SYNC, "\"three\"", "9.1")).post("/PackagedComponent/")
                .then().statusCode(400).body("message", containsString("componentVersion"));
        cli(emulator).body(createPackage(ORDER_SYNC, "\"\"", "3.0")).post("/PackagedComponent/")
                .then().statusCode(400).body("message", containsString("duplicate"));
        cli(emulator).body("{\"packageVersion\":\"1\",\"componentType\":\"process\"}").post("/PackagedComponent/")
                .then().statusCode(400).body("message", containsString("componentId"));
    }

    @Test
    void deploying_as_createDeployedPackage_sends_it(EmulatorRuntimeInfo emulator) {
        String packageId = cli(emulator).body(createPackage(DRAFT_PROCESS, "\"1\"", "1.0")).post("/PackagedComponent/")
                .then().statusCode(200).extract().path("packageId");
        // queryDeployedPackage.sh first: nothing yet, so jq -r .result[0].deploymentId prints null
        cli(emulator).body(deployedPackageQuery(TEST, packageId)).post("/DeployedPackage/query")
                .then().statusCode(200).body("numberOfResults", equalTo(0));
        // json/createDeployedPackage.json; exportVariable=deploymentId
        cli(emulator).body("{  \"packageId\" : \"" + packageId + "\",  \"environmentId\" : \"" + TEST
                        + "\",  \"notes\" : \"\",  \"listenerStatus\" : \"RUNNING\"}")
                .post("/DeployedPackage/")
                .then().statusCode(200)
                .body("'@type'", equalTo("DeployedPackage"))
                .body("deploymentId", notNullValue())
                .body("active", equalTo(true));
        cli(emulator).body(deployedPackageQuery(TEST, packageId)).post("/DeployedPackage/query")
                .then().body("numberOfResults", equalTo(1));
    }

    @Test
    void executeProcess_with_the_cli_template_and_its_empty_type_name(EmulatorRuntimeInfo emulator) {
        // json/executeProcess.json: ProcessProperty carries "@type" : ""
        cli(emulator).body("""
                {   "ProcessProperties" : {  \t "@type" : "ProcessProperties",    "ProcessProperty" : [      {\
                         "@type" : "",         "Name" : "priority",         "Value": "medium"      }    ]  },\
                  "processId" : "%s",  "atomId" : "%s"}""".formatted(ORDER_SYNC, ONLINE_ATOM))
                .post("/executeProcess")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("requestId", startsWith("executionrecord-"))
                .body("processId", equalTo(ORDER_SYNC));
    }

    @Test
    void the_sdk_executes_with_type_names_and_polls_the_record_url(EmulatorRuntimeInfo emulator) {
        JsonPath request = sdk(emulator).header("Content-Type", "application/json").body("""
                {"@type":"ExecutionRequest","atomId":"%s","processId":"%s",
                 "DynamicProcessProperties":{"@type":"ExecutionRequestDynamicProcessProperties",
                   "DynamicProcessProperty":[{"@type":"DynamicProcessProperty","name":"batch","value":"7"}]},
                 "ProcessProperties":{"@type":"ExecutionRequestProcessProperties",
                   "ProcessProperty":[{"@type":"ProcessProperty","componentId":"%s",
                     "ProcessPropertyValue":[{"@type":"ProcessPropertyValue","key":"k","value":"v"}]}]}}
                """.formatted(ONLINE_ATOM, CUSTOMER_IMPORT, CUSTOMER_IMPORT))
                .post("/ExecutionRequest")
                .then().statusCode(200).body("'@type'", equalTo("ExecutionRequest")).extract().jsonPath();
        String recordUrl = request.getString("recordUrl");
        // Customer Import starts 3 s after the request: 202 until the record exists
        sdk(emulator).get(recordUrl).then().statusCode(202).body("'@type'", equalTo("AsyncOperationResult"));
        emulator.control().advanceClock(Duration.ofSeconds(3));
        sdk(emulator).get(recordUrl).then().statusCode(200).body("result[0].status", equalTo("INPROCESS"));
        emulator.control().advanceClock(Duration.ofSeconds(5));
        sdk(emulator).get(recordUrl).then().statusCode(200)
                .body("result[0].'@type'", equalTo("ExecutionRecord"))
                .body("result[0].status", equalTo("COMPLETE"));
    }

    @Test
    void schedule_status_toggled_with_enabled_as_a_string(EmulatorRuntimeInfo emulator) {
        String scheduleId = scheduleStatusId(emulator, ORDER_SYNC);
        // json/updateProcessScheduleStatus.json to ProcessScheduleStatus/{id}/update, then jq -r .enabled
        for (String status : new String[] {"false", "true"}) {
            cli(emulator).body("{  \"processId\" : \"" + ORDER_SYNC + "\",  \"atomId\" : \"" + ONLINE_ATOM
                            + "\",  \"id\" : \"" + scheduleId + "\",  \"enabled\" : \"" + status + "\" }")
                    .post("/ProcessScheduleStatus/" + scheduleId + "/update")
                    .then().statusCode(200)
                    .body("'@type'", equalTo("ProcessScheduleStatus"))
                    .body("enabled", equalTo(Boolean.parseBoolean(status)));
        }
        cli(emulator).body("{\"id\":\"" + scheduleId + "\",\"enabled\":\"sometimes\"}")
                .post("/ProcessScheduleStatus/" + scheduleId + "/update")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("enabled"));
    }

    @Test
    void schedules_updated_with_every_field_a_string(EmulatorRuntimeInfo emulator) {
        String scheduleId = scheduleStatusId(emulator, ORDER_SYNC);
        // json/updateProcessSchedules.json to ProcessSchedules/{id}/update
        cli(emulator).body("""
                {  "Schedule" : [    {      "minutes" : "0",      "hours" : "3",      "daysOfWeek" : "*",\
                      "daysOfMonth" : "*",      "months" : "*",      "years" : "*"    }  ],\
                  "processId" : "%s",  "atomId" : "%s",  "id" : "%s"}""".formatted(ORDER_SYNC, ONLINE_ATOM, scheduleId))
                .post("/ProcessSchedules/" + scheduleId + "/update")
                .then().statusCode(200)
                .body("'@type'", equalTo("ProcessSchedules"))
                .body("Schedule[0].hours", equalTo("3"));
    }

    @Test
    void attachments_created_with_a_trailing_slash_and_found_with_LIKE(EmulatorRuntimeInfo emulator) {
        // createAtomAttachment.sh: POST EnvironmentAtomAttachment/ with json/createAtomAttachment.json
        String id = cli(emulator).body("{  \"atomId\" : \"" + OFFLINE_ATOM + "\",  \"environmentId\" : \"" + TEST + "\"}")
                .post("/EnvironmentAtomAttachment/")
                .then().statusCode(200)
                .body("'@type'", equalTo("EnvironmentAtomAttachment"))
                .extract().path("id");
        // publishAtom.sh: queryAtomAttachment.sh atomId=... envId="%%" (json/queryAtomAttachmentEnv.json)
        cli(emulator).body("""
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["%s"],"operator":"LIKE","property":"atomId"},\
                {"argument":["%%%%"],"operator":"LIKE","property":"environmentId"}]}}}""".formatted(OFFLINE_ATOM))
                .post("/EnvironmentAtomAttachment/query")
                .then().statusCode(200)
                .body("result.id", contains(id))
                .body("result[0].environmentId", equalTo(TEST));
        sdk(emulator).header("Content-Type", "application/json").body("{}").delete("/EnvironmentAtomAttachment/" + id)
                .then().statusCode(200).contentType(startsWith("application/json"));
    }

    @Test
    void execution_records_found_as_queryExecutionRecord_sh_looks_for_them(EmulatorRuntimeInfo emulator) {
        cli(emulator).body("{\"processId\":\"" + ORDER_SYNC + "\",\"atomId\":\"" + ONLINE_ATOM + "\"}")
                .post("/executeProcess").then().statusCode(200);
        String from = emulator.control().now().minus(Duration.ofMinutes(3)).toString();
        String to = emulator.control().now().plus(Duration.ofMinutes(1)).toString();
        // json/queryExecutionRecord.json with processName defaulted to "%%" and the componentId as processId
        cli(emulator).body("""
                {  "QueryFilter" :    {      "expression" :        {\t\t"operator" : "and",\t\t"nestedExpression" : [\
                \t\t{\t\t\t"argument" : ["%%%%"],\t\t\t"operator" : "LIKE",\t\t\t"property" : "processName"    },\
                \t\t{\t\t\t"argument" : ["%s"],\t\t\t"operator" : "LIKE",\t\t\t"property" : "processId"    },\
                \t\t{\t\t\t"argument" : ["Demo Atom"],\t\t\t"operator" : "EQUALS",\t\t\t"property" : "atomName"        },\
                \t\t{\t\t\t\t"argument" : ["%s", "%s"],\t\t\t\t"operator" : "BETWEEN",\t\t\t\t"property" : "executionTime"\
                \t\t}]      }   }}   """.formatted(ORDER_SYNC, from, to))
                .post("/ExecutionRecord/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].executionId", startsWith("execution-"))
                .body("result[0].status", equalTo("INPROCESS"));
    }

    @Test
    void runtime_objects_answer_with_their_type_and_errors_as_Error(EmulatorRuntimeInfo emulator) {
        cli(emulator).get("/Atom/" + ONLINE_ATOM).then().statusCode(200).body("'@type'", equalTo("Atom"));
        cli(emulator).get("/Process/" + ORDER_SYNC).then().statusCode(200).body("'@type'", equalTo("Process"));
        cli(emulator).get("/ComponentMetadata/" + ORDER_SYNC).then().statusCode(200)
                .body("'@type'", equalTo("ComponentMetadata"));
        for (String missing : new String[] {"/Atom/nope", "/Process/nope", "/PackagedComponent/nope",
                "/DeployedPackage/nope", "/ProcessSchedules/nope", "/ProcessScheduleStatus/nope"}) {
            JsonPath error = cli(emulator).get(missing).then().contentType(startsWith("application/json"))
                    .extract().jsonPath();
            assertThat(error.getString("'@type'")).as(missing).isEqualTo("Error");
            assertThat(error.getString("message")).as(missing).isNotBlank();
        }
        cli(emulator).body("{}").delete("/Atom/" + ONLINE_ATOM)
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("OFFLINE"));
        cli(emulator).body("{\"processId\":\"" + ORDER_SYNC + "\",\"atomId\":\"" + OFFLINE_ATOM + "\"}")
                .post("/executeProcess")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("ONLINE"));
        cli(emulator).body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"x\"],\"operator\":\"EQUALS\",\"property\":\"nope\"}}}")
                .post("/Atom/query")
                .then().statusCode(400).body("message", containsString("nope"));
    }

    @Test
    void the_runtime_fixtures_are_there_for_a_fresh_ci_run(EmulatorRuntimeInfo emulator) {
        // an ONLINE Atom attached to an environment
        cli(emulator).body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"" + ONLINE_ATOM
                        + "\"],\"operator\":\"EQUALS\",\"property\":\"atomId\"}}}")
                .post("/EnvironmentAtomAttachment/query")
                .then().body("result.environmentId", hasItem(PRODUCTION));
        // processes with current versions, and schedules on that Atom
        cli(emulator).body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"true\"],\"operator\":\"EQUALS\",\"property\":\"currentVersion\"}}}")
                .post("/ComponentMetadata/query")
                .then().body("result.componentId", hasItem(DRAFT_PROCESS));
        cli(emulator).body("{\"QueryFilter\":{\"expression\":{\"argument\":[\"" + ONLINE_ATOM
                        + "\"],\"operator\":\"EQUALS\",\"property\":\"atomId\"}}}")
                .post("/ProcessScheduleStatus/query")
                .then().body("result.processId", hasItem(ORDER_SYNC)).body("result.processId", not(hasItem(DRAFT_PROCESS)));
    }

    static String createPackage(String componentId, String componentVersionJson, String packageVersion) {
        return "{  \"componentId\" : \"" + componentId + "\",  \"componentVersion\" : " + componentVersionJson
                + ",  \"packageVersion\" : \"" + packageVersion + "\",  \"componentType\" : \"process\","
                + "  \"notes\" : \"built by CI\",  \"createdDate\": \"2026-11-23T10:00:00Z\"}";
    }

    static String deployedPackageQuery(String environmentId, String packageId) {
        return """
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["%s"],"operator":"EQUALS","property":"environmentId"},\
                {"argument":["%s"],"operator":"EQUALS","property":"packageId"}]}}}""".formatted(environmentId, packageId);
    }

    /** queryProcessScheduleStatus.sh: json/queryProcessScheduleStatus.json, exportVariable=scheduleId from result[0].id. */
    static String scheduleStatusId(EmulatorRuntimeInfo emulator, String processId) {
        return cli(emulator).body("""
                {  "QueryFilter" :     {      "expression" :         {          "operator" : "and",\
                          "nestedExpression" : [            {              "argument" : ["%s"],\
                              "operator" : "EQUALS",              "property" : "atomId"            },\
                            {              "argument" : ["%s"],              "operator" : "EQUALS",\
                              "property" : "processId"            }          ]        }    }}""".formatted(ONLINE_ATOM, processId))
                .post("/ProcessScheduleStatus/query")
                .then().statusCode(200)
                .body("'@type'", equalTo("QueryResult"))
                .body("numberOfResults", equalTo(1))
                .extract().path("result[0].id");
    }
}
