package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Demo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ProcessEnvironmentAttachment and ProcessAtomAttachment, and how deployments attach processes. */
@BoomiEmulatorTest
class ProcessAttachmentApiTest {
    private static String environmentAttachments(EmulatorRuntimeInfo emulator, String processId) {
        return as(emulator).body(Demo.filter("processId", "EQUALS", processId))
                .post("/ProcessEnvironmentAttachment/query").then().statusCode(200).extract().asString();
    }

    @Test
    void a_process_is_attached_to_an_environment_once_and_detached(EmulatorRuntimeInfo emulator) {
        String body = "{\"processId\":\"" + Demo.DRAFT_PROCESS + "\",\"environmentId\":\"" + Demo.TEST + "\"}";
        String id = as(emulator).body(body).post("/ProcessEnvironmentAttachment").then().statusCode(200)
                .body("'@type'", equalTo("ProcessEnvironmentAttachment"))
                .body("componentType", equalTo("process"))
                .extract().path("id");
        as(emulator).body(Demo.filter("environmentId", "EQUALS", Demo.TEST))
                .post("/ProcessEnvironmentAttachment/query").then().body("result.id", hasItem(id));
        as(emulator).body(body).post("/ProcessEnvironmentAttachment").then().statusCode(400)
                .body("message", containsString("already attaches"));
        as(emulator).delete("/ProcessEnvironmentAttachment/" + id).then().statusCode(200);
        as(emulator).body(Demo.filter("processId", "EQUALS", Demo.DRAFT_PROCESS))
                .post("/ProcessEnvironmentAttachment/query").then().body("numberOfResults", equalTo(0));
    }

    @Test
    void what_cannot_be_attached_is_refused(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"processId\":\"nope\",\"environmentId\":\"" + Demo.TEST + "\"}")
                .post("/ProcessEnvironmentAttachment").then().statusCode(400)
                .body("message", containsString("not a process"));
        as(emulator).body("{\"processId\":\"" + Demo.DRAFT_PROCESS + "\",\"environmentId\":\"nope\"}")
                .post("/ProcessEnvironmentAttachment").then().statusCode(400)
                .body("message", containsString("not an environment"));
        as(emulator).body("{\"processId\":\"" + Demo.DRAFT_PROCESS + "\",\"environmentId\":\"" + Demo.TEST
                + "\",\"componentType\":\"connector-settings\"}").post("/ProcessEnvironmentAttachment").then()
                .statusCode(400).body("message", containsString("componentType"));
        as(emulator).body("{\"environmentId\":\"" + Demo.TEST + "\"}").post("/ProcessEnvironmentAttachment").then()
                .statusCode(400).body("message", containsString("processId is required"));
        as(emulator).body("{\"processId\":\"" + Demo.OTHER_PROCESS + "\",\"atomId\":\"" + Demo.ONLINE_ATOM + "\"}")
                .post("/ProcessAtomAttachment").then().statusCode(400)
                .body("message", containsString("not a process")); // another account's process
    }

    @Test
    void a_deployed_process_is_attached_and_stays_so_until_undeployed(EmulatorRuntimeInfo emulator) {
        // Order Sync is deployed to Production and Test by the default fixtures
        String attachments = environmentAttachments(emulator, Demo.ORDER_SYNC);
        org.assertj.core.api.Assertions.assertThat(attachments).contains(Demo.PRODUCTION).contains(Demo.TEST);
        String id = as(emulator).body(Demo.and("processId", "EQUALS", Demo.ORDER_SYNC,
                        "environmentId", "EQUALS", Demo.PRODUCTION))
                .post("/ProcessEnvironmentAttachment/query").then().body("numberOfResults", equalTo(1))
                .extract().path("result[0].id");
        as(emulator).delete("/ProcessEnvironmentAttachment/" + id).then().statusCode(400)
                .body("message", containsString("undeploy"));
        as(emulator).delete("/DeployedPackage/" + Demo.ORDER_SYNC_DEPLOYMENT).then().statusCode(200);
        as(emulator).delete("/ProcessEnvironmentAttachment/" + id).then().statusCode(200);
        as(emulator).body(Demo.and("processId", "EQUALS", Demo.ORDER_SYNC, "environmentId", "EQUALS", Demo.PRODUCTION))
                .post("/ProcessEnvironmentAttachment/query").then().body("numberOfResults", equalTo(0));
    }

    @Test
    void a_new_deployment_attaches_its_process(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"environmentId\":\"" + Demo.TEST + "\",\"packageId\":\"" + Demo.INVENTORY_PACKAGE_1 + "\"}")
                .post("/DeployedPackage").then().statusCode(200);
        as(emulator).body(Demo.filter("processId", "EQUALS", Demo.INVENTORY_NIGHTLY))
                .post("/ProcessEnvironmentAttachment/query").then()
                .body("result.environmentId", equalTo(List.of(Demo.TEST)));
    }

    @Test
    void boomicicd_clis_legacy_role_attach_and_deploy_flow(EmulatorRuntimeInfo emulator) {
        // queryRole.json, createEnvironmentRole.json, createProcessAttachment.json, deployProcess.json
        String roleId = as(emulator).body(Demo.filter("name", "EQUALS", "Production Support")).post("/Role/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).extract().path("result[0].id");
        as(emulator).body("{\"roleId\":\"" + roleId + "\",\"environmentId\":\"" + Demo.TEST + "\"}")
                .post("/EnvironmentRole").then().statusCode(200);
        as(emulator).body("{\"processId\":\"" + Demo.INVENTORY_NIGHTLY + "\",\"componentType\":\"process\","
                + "\"environmentId\":\"" + Demo.TEST + "\"}").post("/ProcessEnvironmentAttachment").then().statusCode(200);
        as(emulator).body("{\"environmentId\":\"" + Demo.TEST + "\",\"processId\":\"" + Demo.INVENTORY_NIGHTLY
                + "\",\"componentType\":\"process\",\"notes\":\"release 1\"}").post("/Deployment").then().statusCode(200);
        as(emulator).body(Demo.filter("processId", "EQUALS", Demo.INVENTORY_NIGHTLY))
                .post("/ProcessEnvironmentAttachment/query").then()
                .body("result.environmentId", equalTo(List.of(Demo.TEST))); // attached once, not again by the deploy
    }

    @Test
    void a_process_is_attached_to_an_atom_once(EmulatorRuntimeInfo emulator) {
        String body = "{\"processId\":\"" + Demo.DRAFT_PROCESS + "\",\"atomId\":\"" + Demo.OFFLINE_ATOM + "\"}";
        String id = as(emulator).body(body).post("/ProcessAtomAttachment").then().statusCode(200)
                .body("'@type'", equalTo("ProcessAtomAttachment")).body("componentType", equalTo("process"))
                .extract().path("id");
        as(emulator).body(body).post("/ProcessAtomAttachment").then().statusCode(400);
        as(emulator).body("{\"processId\":\"" + Demo.DRAFT_PROCESS + "\",\"atomId\":\"nope\"}")
                .post("/ProcessAtomAttachment").then().statusCode(400).body("message", containsString("not an Atom"));
        as(emulator).body(Demo.filter("atomId", "EQUALS", Demo.OFFLINE_ATOM)).post("/ProcessAtomAttachment/query")
                .then().body("result.id", equalTo(List.of(id)));
        as(emulator).delete("/ProcessAtomAttachment/" + id).then().statusCode(200);
        as(emulator).body(Demo.filter("atomId", "EQUALS", Demo.OFFLINE_ATOM)).post("/ProcessAtomAttachment/query")
                .then().body("result.id", not(hasItem(id)));
    }
}
