package dev.boomiemulator.clients;

import static dev.boomiemulator.clients.Clients.cli;
import static dev.boomiemulator.clients.PlatformRuntimeClientHabitsApiTest.createPackage;
import static dev.boomiemulator.clients.PlatformRuntimeClientHabitsApiTest.deployedPackageQuery;
import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.PRODUCTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A process released the way boomicicd-cli releases one, on a fresh emulator: deployPackage.sh (queryProcess,
 * queryComponentMetadata, queryPackagedComponent, createPackagedComponent, queryEnvironment,
 * queryDeployedPackage, createDeployedPackage), executeProcess.sh (queryAtom, executeProcess),
 * queryExecutionRecord.sh polled until the run is over, and updateProcessScheduleStatus.sh to stop and
 * restart its schedule. Like the CLI, every answer is judged only by its {@code "@type"} and read with the
 * paths its scripts give jq; the emulator clock stands in for the CLI's waiting.
 */
@BoomiEmulatorTest(frozenClock = "2026-11-23T09:00:00Z")
class PlatformCiCdFlowTest {
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int MAX_POLLS = 60;

    @Test
    void package_deploy_execute_poll_and_toggle_the_schedule(EmulatorRuntimeInfo emulator) {
        // queryProcess.sh processName="Draft Process": json/queryProcess.json, componentId=result[0].id
        String componentId = callApi(emulator, "/Process/query",
                "{  \"QueryFilter\" :    {      \"expression\" :        {          \"argument\" : [\"Draft Process\"],"
                        + "          \"operator\" : \"EQUALS\",          \"property\" : \"name\"        }    }}")
                .getString("result[0].id");
        assertThat(componentId).isEqualTo(DRAFT_PROCESS);

        // queryComponentMetadata.sh componentId=... componentType=process (deleted=false, currentVersion=true)
        JsonPath metadata = callApi(emulator, "/ComponentMetadata/query", """
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["%s"],"operator":"EQUALS","property":"componentId"},\
                {"argument":["process"],"operator":"EQUALS","property":"type"},\
                {"argument":["false"],"operator":"EQUALS","property":"deleted"},\
                {"argument":["true"],"operator":"EQUALS","property":"currentVersion"}]}}}""".formatted(componentId));
        String componentVersion = metadata.getString("result[0].version");
        String componentType = metadata.getString("result[0].type");
        assertThat(componentVersion).isEqualTo("1");

        // createPackagedComponent.sh: queryPackagedComponent.sh first; create only when packageId is null
        String packageQuery = """
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["%s"],"operator":"EQUALS","property":"componentId"},\
                {"argument":["%s"],"operator":"EQUALS","property":"componentType"},\
                {"argument":["1.0.0"],"operator":"EQUALS","property":"packageVersion"}]}}}""".formatted(componentId, componentType);
        assertThat(callApi(emulator, "/PackagedComponent/query", packageQuery).getString("result[0].packageId")).isNull();
        String packageId = callApi(emulator, "/PackagedComponent/",
                createPackage(componentId, "\"" + componentVersion + "\"", "1.0.0")).getString("packageId");
        assertThat(callApi(emulator, "/PackagedComponent/query", packageQuery).getString("result[0].packageId"))
                .isEqualTo(packageId);

        // queryEnvironment.sh env=Production classification="*": json/queryEnvironmentAnyClassification.json
        String envId = callApi(emulator, "/Environment/query", """
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["Production"],"operator":"EQUALS","property":"name"}]}}}""").getString("result[0].id");
        assertThat(envId).isEqualTo(PRODUCTION);

        // createDeployedPackage.sh: queryDeployedPackage.sh first; create only when deploymentId is null
        assertThat(callApi(emulator, "/DeployedPackage/query", deployedPackageQuery(envId, packageId))
                .getString("result[0].deploymentId")).isNull();
        String deploymentId = callApi(emulator, "/DeployedPackage/", """
                {  "packageId" : "%s",  "environmentId" : "%s",  "notes" : "release 1.0.0",\
                  "listenerStatus" : "RUNNING"}""".formatted(packageId, envId)).getString("deploymentId");
        assertThat(callApi(emulator, "/DeployedPackage/query", deployedPackageQuery(envId, packageId))
                .getString("result[0].deploymentId")).isEqualTo(deploymentId);

        // executeProcess.sh: queryAtom.sh atomStatus=online, then POST executeProcess
        String atomId = callApi(emulator, "/Atom/query", """
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["online"],"operator":"EQUALS","property":"status"},\
                {"argument":["ATOM"],"operator":"EQUALS","property":"type"},\
                {"argument":["Demo Atom"],"operator":"EQUALS","property":"name"}]}}}""").getString("result[0].id");
        assertThat(atomId).isEqualTo(ONLINE_ATOM);
        String requestId = callApi(emulator, "/executeProcess", """
                {   "ProcessProperties" : {  \t "@type" : "ProcessProperties",    "ProcessProperty" : [      {\
                         "@type" : "",         "Name" : "priority",         "Value": "medium"      }    ]  },\
                  "processId" : "%s",  "atomId" : "%s"}""".formatted(componentId, atomId)).getString("requestId");
        assertThat(requestId).startsWith("executionrecord-");

        // queryExecutionRecord.sh from=now-3min to=now+1min: status=result[0].status, until the run is over
        String status = null;
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            JsonPath records = callApi(emulator, "/ExecutionRecord/query", executionRecordQuery(emulator, componentId));
            status = records.getString("result[0].status");
            if (status != null && !status.equals("INPROCESS") && !status.equals("STARTED")) {
                assertThat(records.getString("result[0].executionId")).startsWith("execution-");
                break;
            }
            emulator.control().advanceClock(POLL);
        }
        assertThat(status).isEqualTo("COMPLETE");

        // updateProcessScheduleStatus.sh: queryProcessScheduleStatus.sh for the scheduleId, then update enabled
        String scheduleId = callApi(emulator, "/ProcessScheduleStatus/query", """
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["%s"],"operator":"EQUALS","property":"atomId"},\
                {"argument":["%s"],"operator":"EQUALS","property":"processId"}]}}}""".formatted(atomId, componentId))
                .getString("result[0].id");
        assertThat(scheduleId).isNotBlank();
        for (String enabled : new String[] {"false", "true"}) {
            JsonPath updated = callApi(emulator, "/ProcessScheduleStatus/" + scheduleId + "/update", """
                    {  "processId" : "%s",  "atomId" : "%s",  "id" : "%s",  "enabled" : "%s" }"""
                    .formatted(componentId, atomId, scheduleId, enabled));
            assertThat(updated.getString("enabled")).isEqualTo(enabled);
            assertThat(cli(emulator).get("/ProcessScheduleStatus/" + scheduleId).jsonPath().getString("enabled"))
                    .isEqualTo(enabled);
        }
    }

    /**
     * common.sh's callAPI: POST with the CLI's headers; an answer is an error when jq finds
     * {@code "@type": "Error"} in it, whatever the status. The test fails there, with the CLI's message.
     */
    private static JsonPath callApi(EmulatorRuntimeInfo emulator, String path, String body) {
        Response response = cli(emulator).body(body).post(path);
        assertThat(response.contentType()).as(path).startsWith("application/json");
        JsonPath json = response.jsonPath();
        assertThat(json.getString("'@type'")).as(path + ": " + json.getString("message")).isNotEqualTo("Error");
        return json;
    }

    private static String executionRecordQuery(EmulatorRuntimeInfo emulator, String processId) {
        String from = emulator.control().now().minus(Duration.ofMinutes(3)).toString();
        String to = emulator.control().now().plus(Duration.ofMinutes(1)).toString();
        return """
                {"QueryFilter":{"expression":{"operator":"and","nestedExpression":[\
                {"argument":["%%%%"],"operator":"LIKE","property":"processName"},\
                {"argument":["%s"],"operator":"LIKE","property":"processId"},\
                {"argument":["Demo Atom"],"operator":"EQUALS","property":"atomName"},\
                {"argument":["%s","%s"],"operator":"BETWEEN","property":"executionTime"}]}}}""".formatted(processId, from, to);
    }
}
