package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.ORDER_SYNC_PACKAGE_3;
import static dev.boomiemulator.support.Demo.PRODUCTION;
import static dev.boomiemulator.support.Demo.TEST;
import static dev.boomiemulator.support.Platform.as;
import static dev.boomiemulator.support.Platform.xml;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.both;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * XML both ways, as the real service speaks it by default: every Platform object's operations in XML, each
 * answer checked against the {@code xml} annotations of Boomi's own document by the contract filter
 * ({@code OfficialXmlShapes}), and the state they leave seen through JSON.
 */
@BoomiEmulatorTest
class PlatformXmlApiTest {
    private static final String BNS = "xmlns:bns=\"http://api.platform.boomi.com/\" "
            + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"";

    @Test
    void answers_are_xml_unless_the_caller_asks_for_json(EmulatorRuntimeInfo emulator) {
        for (String accept : new String[] {null, "*/*", "application/xml", "text/xml, application/json"}) {
            var request = xml(emulator);
            if (accept == null) {
                request.accept("");
            } else {
                request.accept(accept);
            }
            request.get("/Environment/" + PRODUCTION).then().statusCode(200)
                    .contentType(containsString("application/xml"))
                    .body("Environment.@name", equalTo("Production"));
        }
        xml(emulator).accept("application/json").get("/Environment/" + PRODUCTION).then().statusCode(200)
                .contentType(containsString("application/json")).body("name", equalTo("Production"));
    }

    @Test
    void environment_create_get_update_query_delete_in_xml(EmulatorRuntimeInfo emulator) {
        String id = xml(emulator).body("<bns:Environment " + BNS + " name=\"QA\" classification=\"TEST\"/>")
                .post("/Environment")
                .then().statusCode(200)
                .body(startsWith("<?xml"))
                .body("Environment.@name", equalTo("QA"))
                .body("Environment.@classification", equalTo("TEST"))
                .extract().path("Environment.@id");
        xml(emulator).get("/Environment/" + id).then().statusCode(200).body("Environment.@name", equalTo("QA"));

        xml(emulator).body("<bns:Environment " + BNS + " id=\"" + id + "\" name=\"QA 2\"/>")
                .post("/Environment/" + id + "/update")
                .then().statusCode(200).body("Environment.@name", equalTo("QA 2"));
        xml(emulator).body(nameFilter("QA 2")).post("/Environment/query")
                .then().statusCode(200)
                .body("QueryResult.@numberOfResults", equalTo("1"))
                .body("QueryResult.result[0].@id", equalTo(id));

        xml(emulator).delete("/Environment/" + id).then().statusCode(200).body(emptyString());
        xml(emulator).get("/Environment/" + id).then().statusCode(404)
                .contentType(containsString("application/xml"))
                .body("error.message", containsString(id));
        as(emulator).get("/Environment/" + id).then().statusCode(404);
    }

    @Test
    void a_character_xml_cannot_carry_is_written_as_a_replacement_character(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body("{\"name\":\"Bell\\u0007Env\",\"classification\":\"TEST\"}")
                .post("/Environment").then().statusCode(200).extract().path("id");
        as(emulator).get("/Environment/" + id).then().statusCode(200).body("name", equalTo("Bell\u0007Env"));
        xml(emulator).get("/Environment/" + id).then().statusCode(200)
                .body("Environment.@name", equalTo("Bell\uFFFDEnv"));
        xml(emulator).contentType("application/json").body("{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\","
                        + "\"property\":\"name\",\"argument\":[\"Bell\\u0007Env\"]}}}")
                .post("/Environment/query").then().statusCode(200)
                .body("QueryResult.result[0].@name", equalTo("Bell\uFFFDEnv"));
        // an error message that quotes such a character is written the same way, U+FFFF too (not as &#xffff;)
        xml(emulator).contentType("application/json").body("{\"type\":\"\\u0001\"}").post("/Component/bulk")
                .then().statusCode(400).body("error.message", not(emptyString()));
        xml(emulator).contentType("text/plain; charset=UTF-8").body("\uFFFF\uFFFE").post("/Component")
                .then().statusCode(400).body("error.message", containsString("\uFFFD"));
    }

    @Test
    void process_elements_and_attributes_follow_the_document(EmulatorRuntimeInfo emulator) {
        String id = xml(emulator)
                .body("<bns:Process " + BNS + " name=\"Payroll Feed\"><bns:Description>pays &amp; files</bns:Description></bns:Process>")
                .post("/Process")
                .then().statusCode(200)
                .body("Process.@name", equalTo("Payroll Feed"))
                .body("Process.Description", equalTo("pays & files"))
                .extract().path("Process.@id");
        xml(emulator).body("<bns:Process " + BNS + " name=\"Payroll Feed 2\"/>").post("/Process/" + id)
                .then().statusCode(200).body("Process.@name", equalTo("Payroll Feed 2"));
        as(emulator).get("/Process/" + id).then().statusCode(200)
                .body("name", equalTo("Payroll Feed 2")).body("Description", equalTo("pays & files"));
    }

    @Test
    void a_json_request_and_an_xml_request_leave_the_same_state(EmulatorRuntimeInfo emulator) {
        String fromJson = as(emulator).body("{\"name\":\"Twin\",\"Description\":\"same\"}").post("/Process")
                .then().statusCode(200).extract().path("id");
        String fromXml = xml(emulator)
                .body("<bns:Process " + BNS + " name=\"Twin\"><bns:Description>same</bns:Description></bns:Process>")
                .post("/Process").then().statusCode(200).extract().path("Process.@id");

        Map<String, Object> a = withoutId(as(emulator).get("/Process/" + fromJson));
        Map<String, Object> b = withoutId(as(emulator).get("/Process/" + fromXml));
        assertThat(b).isEqualTo(a);
    }

    @Test
    void a_filter_with_grouping_and_one_argument_reads_as_the_json_form(EmulatorRuntimeInfo emulator) {
        String grouped = "<bns:QueryConfig " + BNS + "><bns:QueryFilter>"
                + "<bns:expression operator=\"and\" xsi:type=\"bns:GroupingExpression\">"
                + "<bns:nestedExpression operator=\"EQUALS\" property=\"classification\" xsi:type=\"bns:SimpleExpression\">"
                + "<bns:argument>TEST</bns:argument></bns:nestedExpression>"
                + "</bns:expression></bns:QueryFilter></bns:QueryConfig>";
        xml(emulator).body(grouped).post("/Environment/query").then().statusCode(200)
                .body("QueryResult.@numberOfResults", equalTo("1"))
                .body("QueryResult.result[0].@id", equalTo(TEST));
    }

    @Test
    void queryMore_pages_in_xml(EmulatorRuntimeInfo emulator) {
        Response first = xml(emulator).post("/ExecutionRecord/query");
        first.then().statusCode(200)
                .body("QueryResult.@numberOfResults", equalTo("300"))
                .body("QueryResult.result.size()", equalTo(100));
        String token = first.xmlPath().getString("QueryResult.queryToken");
        assertThat(token).isNotBlank();
        xml(emulator).contentType("text/plain").body(token).post("/ExecutionRecord/queryMore")
                .then().statusCode(200)
                .body("QueryResult.result.size()", equalTo(100))
                .body("QueryResult.result[0].executionId", not(equalTo(first.xmlPath().getString("QueryResult.result[0].executionId"))));
    }

    @Test
    void bulk_in_xml_answers_each_id(EmulatorRuntimeInfo emulator) {
        xml(emulator).body("<bns:BulkRequest " + BNS + " type=\"GET\"><bns:request id=\"" + PRODUCTION + "\"/>"
                        + "<bns:request id=\"nope\"/></bns:BulkRequest>")
                .post("/Environment/bulk")
                .then().statusCode(200)
                .body("BulkResult.response.size()", equalTo(2))
                .body("BulkResult.response[0].@statusCode", equalTo("200"))
                .body("BulkResult.response[0].Result.@name", equalTo("Production"))
                .body("BulkResult.response[1].@statusCode", equalTo("400"))
                .body("BulkResult.response[1].@id", equalTo("nope"));
    }

    /** Every object the emulator serves answers a query, and a get of what it found, in the document's XML. */
    @ParameterizedTest
    @ValueSource(strings = {"Environment", "Process", "Atom", "EnvironmentAtomAttachment", "PackagedComponent",
            "DeployedPackage", "ComponentMetadata", "ExecutionRecord", "ProcessSchedules", "ProcessScheduleStatus",
            "IntegrationPackInstance", "IntegrationPack"})
    void every_object_queries_in_xml(String object, EmulatorRuntimeInfo emulator) {
        Response answer = xml(emulator).post("/" + object + "/query");
        answer.then().statusCode(200).body("QueryResult.result.size()", not(equalTo(0)));
        assertThat(answer.asString()).contains("<bns:result xsi:type=\"bns:" + object + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Environment/" + PRODUCTION, "Process/" + ORDER_SYNC, "Atom/" + ONLINE_ATOM,
            "PackagedComponent/" + ORDER_SYNC_PACKAGE_3, "DeployedPackage/9b6d4a32-7f8c-4dae-9f20-000000000002",
            "ComponentMetadata/" + ORDER_SYNC, "IntegrationPackInstance/SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA",
            "IntegrationPack/89abcdef-0123-4567-89ab-cdef01234567"})
    void every_object_gets_in_xml(String path, EmulatorRuntimeInfo emulator) {
        String object = path.substring(0, path.indexOf('/'));
        xml(emulator).get("/" + path).then().statusCode(200).body(object + ".size()", not(equalTo(0)));
        xml(emulator).get("/" + object + "/no-such-id").then().statusCode(both(greaterThanOrEqualTo(400)).and(lessThan(500)))
                .contentType(containsString("application/xml"))
                .body("error.message", not(emptyString()));
    }

    @Test
    void environment_pages_in_xml_and_deletes_answer_no_body(EmulatorRuntimeInfo emulator) {
        for (int i = 0; i < 100; i++) {
            as(emulator).body("{\"name\":\"Page " + i + "\"}").post("/Environment").then().statusCode(200);
        }
        Response first = xml(emulator).post("/Environment/query");
        first.then().statusCode(200).body("QueryResult.@numberOfResults", equalTo("102"))
                .body("QueryResult.result.size()", equalTo(100));
        xml(emulator).contentType("text/plain").body(first.xmlPath().getString("QueryResult.queryToken"))
                .post("/Environment/queryMore")
                .then().statusCode(200).body("QueryResult.result.size()", equalTo(2))
                .body(not(containsString("queryToken")));

        xml(emulator).delete("/DeployedPackage/9b6d4a32-7f8c-4dae-9f20-000000000002").then().statusCode(200)
                .body(emptyString());
        xml(emulator).delete("/IntegrationPackInstance/SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA").then().statusCode(200)
                .body(emptyString());
        as(emulator).get("/IntegrationPackInstance/SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA").then().statusCode(404);
    }

    @Test
    void creates_in_xml_for_packages_deployments_attachments_and_instances(EmulatorRuntimeInfo emulator) {
        String packageId = xml(emulator).body("<bns:PackagedComponent " + BNS + "><bns:componentId>" + DRAFT_PROCESS
                        + "</bns:componentId><bns:packageVersion>9.0</bns:packageVersion></bns:PackagedComponent>")
                .post("/PackagedComponent").then().statusCode(200)
                .body("PackagedComponent.packageVersion", equalTo("9.0"))
                .extract().path("PackagedComponent.packageId");
        xml(emulator).body("<bns:DeployedPackage " + BNS + "><bns:environmentId>" + TEST + "</bns:environmentId>"
                        + "<bns:packageId>" + packageId + "</bns:packageId></bns:DeployedPackage>")
                .post("/DeployedPackage").then().statusCode(200)
                .body("DeployedPackage.active", equalTo("true"));
        xml(emulator).body("<bns:EnvironmentAtomAttachment " + BNS + " atomId=\"" + ONLINE_ATOM + "\" environmentId=\""
                        + TEST + "\"/>")
                .post("/EnvironmentAtomAttachment").then().statusCode(200)
                .body("EnvironmentAtomAttachment.@environmentId", equalTo(TEST));
        xml(emulator).body("<bns:IntegrationPackInstance " + BNS + " integrationPackId=\"89abcdef-0123-4567-89ab-cdef01234567\""
                        + " integrationPackOverrideName=\"Partner Two\"/>")
                .post("/IntegrationPackInstance").then().statusCode(200)
                .body("IntegrationPackInstance.@integrationPackOverrideName", equalTo("Partner Two"));

        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"packageId\",\"operator\":\"EQUALS\","
                        + "\"argument\":[\"" + packageId + "\"]}}}")
                .post("/DeployedPackage/query").then().statusCode(200).body("numberOfResults", equalTo(1));
    }

    @Test
    void updates_in_xml_for_atoms_and_schedules(EmulatorRuntimeInfo emulator) {
        xml(emulator).body("<bns:Atom " + BNS + " id=\"" + ONLINE_ATOM + "\" purgeHistoryDays=\"45\"/>")
                .post("/Atom/" + ONLINE_ATOM).then().statusCode(200).body("Atom.@purgeHistoryDays", equalTo("45"));
        String scheduleId = ScheduleIds.of(ONLINE_ATOM, ORDER_SYNC);
        xml(emulator).body("<bns:ProcessSchedules " + BNS + " id=\"" + scheduleId + "\"><bns:Schedule minutes=\"5\" hours=\"1\""
                        + " daysOfWeek=\"*\" daysOfMonth=\"*\" months=\"*\" years=\"*\"/></bns:ProcessSchedules>")
                .post("/ProcessSchedules/" + scheduleId).then().statusCode(200)
                .body("ProcessSchedules.Schedule.size()", equalTo(1))
                .body("ProcessSchedules.Schedule[0].@minutes", equalTo("5"));
        xml(emulator).body("<bns:ProcessScheduleStatus " + BNS + " id=\"" + scheduleId + "\" enabled=\"false\"/>")
                .post("/ProcessScheduleStatus/" + scheduleId).then().statusCode(200)
                .body("ProcessScheduleStatus.@enabled", equalTo("false"));
        as(emulator).get("/Atom/" + ONLINE_ATOM).then().body("purgeHistoryDays", equalTo(45));
        as(emulator).get("/ProcessScheduleStatus/" + scheduleId).then().body("enabled", equalTo(false));
    }

    @Test
    void an_execution_request_in_xml(EmulatorRuntimeInfo emulator) {
        xml(emulator).body("<bns:ExecutionRequest " + BNS + " atomId=\"" + ONLINE_ATOM + "\" processId=\"" + ORDER_SYNC
                        + "\"/>")
                .post("/ExecutionRequest").then().statusCode(200)
                .body("ExecutionRequest.@requestId", not(emptyString()))
                .body("ExecutionRequest.@processId", equalTo(ORDER_SYNC));
    }

    static Stream<Arguments> bulkIds() {
        return Stream.of(
                Arguments.of("Environment", PRODUCTION), Arguments.of("Process", ORDER_SYNC),
                Arguments.of("Atom", ONLINE_ATOM), Arguments.of("PackagedComponent", ORDER_SYNC_PACKAGE_3),
                Arguments.of("DeployedPackage", "9b6d4a32-7f8c-4dae-9f20-000000000002"),
                Arguments.of("ComponentMetadata", ORDER_SYNC),
                Arguments.of("ProcessSchedules", ScheduleIds.of(ONLINE_ATOM, ORDER_SYNC)),
                Arguments.of("ProcessScheduleStatus", ScheduleIds.of(ONLINE_ATOM, ORDER_SYNC)),
                Arguments.of("IntegrationPackInstance", "SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA"),
                Arguments.of("IntegrationPack", "89abcdef-0123-4567-89ab-cdef01234567"));
    }

    @ParameterizedTest
    @MethodSource("bulkIds")
    void every_object_bulk_gets_in_xml(String object, String id, EmulatorRuntimeInfo emulator) {
        xml(emulator).body("<bns:BulkRequest " + BNS + " type=\"GET\"><bns:request id=\"" + id + "\"/>"
                        + "<bns:request id=\"no-such-id\"/></bns:BulkRequest>")
                .post("/" + object + "/bulk")
                .then().statusCode(200)
                .body("BulkResult.response.size()", equalTo(2))
                .body("BulkResult.response[0].@statusCode", equalTo("200"))
                .body("BulkResult.response[0].Result.size()", equalTo(1))
                .body("BulkResult.response[1].@statusCode", equalTo("400"));
    }

    @Test
    void the_execution_record_poll_in_xml(EmulatorRuntimeInfo emulator) {
        String recordUrl = xml(emulator)
                .body("<bns:ExecutionRequest " + BNS + " atomId=\"" + ONLINE_ATOM + "\" processId=\"" + ORDER_SYNC + "\"/>")
                .post("/ExecutionRequest").then().statusCode(200).extract().path("ExecutionRequest.@recordUrl");
        emulator.control().advanceClock(Duration.ofSeconds(30));
        xml(emulator).get(recordUrl).then().statusCode(200)
                .body("AsyncOperationResult.result.size()", equalTo(1))
                .body(containsString("<bns:result xsi:type=\"bns:ExecutionRecord\">"))
                .body("AsyncOperationResult.result[0].processId", equalTo(ORDER_SYNC))
                .body("AsyncOperationResult.result[0].status", equalTo("COMPLETE"));
    }

    @Test
    void bad_xml_is_a_400_in_xml_and_entities_are_never_expanded(EmulatorRuntimeInfo emulator) {
        xml(emulator).body("<bns:Environment name=").post("/Environment").then().statusCode(400)
                .contentType(containsString("application/xml"))
                .body("error.message", containsString("XML"));
        String external = "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<bns:Environment " + BNS + " name=\"&x;\"/>";
        xml(emulator).body(external).post("/Environment").then().statusCode(400)
                .body("error.message", not(containsString("root:")));
        xml(emulator).body("<bns:Environment " + BNS + " classification=\"PROD\"/>").post("/Environment")
                .then().statusCode(400).body("error.message", containsString("name"));
    }

    private static String nameFilter(String name) {
        return "<bns:QueryConfig " + BNS + "><bns:QueryFilter><bns:expression operator=\"EQUALS\" property=\"name\""
                + " xsi:type=\"bns:SimpleExpression\"><bns:argument>" + name + "</bns:argument></bns:expression>"
                + "</bns:QueryFilter></bns:QueryConfig>";
    }

    private static Map<String, Object> withoutId(Response json) {
        Map<String, Object> fields = new JsonPath(json.asString()).getMap("");
        fields.keySet().removeAll(java.util.Set.of("id", "createdDate", "modifiedDate"));
        return fields;
    }
}
