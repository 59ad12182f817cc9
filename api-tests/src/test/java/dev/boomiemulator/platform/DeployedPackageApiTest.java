package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.DRAFT_PROCESS;
import static dev.boomiemulator.support.Demo.INVENTORY_NIGHTLY;
import static dev.boomiemulator.support.Demo.INVENTORY_PACKAGE_1;
import static dev.boomiemulator.support.Demo.ONLINE_ATOM;
import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.ORDER_SYNC_DEPLOYMENT;
import static dev.boomiemulator.support.Demo.ORDER_SYNC_DEPLOYMENT_OLD;
import static dev.boomiemulator.support.Demo.ORDER_SYNC_PACKAGE_2;
import static dev.boomiemulator.support.Demo.ORDER_SYNC_PACKAGE_3;
import static dev.boomiemulator.support.Demo.OTHER_ACCOUNT;
import static dev.boomiemulator.support.Demo.OTHER_PASSWORD;
import static dev.boomiemulator.support.Demo.OTHER_USER;
import static dev.boomiemulator.support.Demo.PRODUCTION;
import static dev.boomiemulator.support.Demo.and;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class DeployedPackageApiTest {
    private static final String PAGING_ACCOUNT = "deployment-paging";
    private static final String OTHER_ENVIRONMENT = "9a8b7c6d-0000-4000-8000-00000000a001";
    /** Two environments, two Atoms attached to east and one to west, two processes packaged once each. */
    private static final String SCHEDULES_ACCOUNT = "deployment-schedules";

    @BeforeAll
    static void load_an_account_with_110_deployments(EmulatorRuntimeInfo emulator) {
        StringBuilder packages = new StringBuilder();
        StringBuilder deployments = new StringBuilder();
        for (int i = 0; i < 110; i++) {
            packages.append(i == 0 ? "" : ",").append("{\"id\":\"pkg-").append(i)
                    .append("\",\"componentId\":\"p1\",\"packageVersion\":\"1.").append(i).append("\"}");
            deployments.append(i == 0 ? "" : ",").append("{\"environmentId\":\"env\",\"packageId\":\"pkg-").append(i).append("\"}");
        }
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"" + PAGING_ACCOUNT
                + "\",\"users\":[{\"username\":\"pager\",\"password\":\"pw\"}],\"platform\":{"
                + "\"environments\":[{\"id\":\"env\",\"name\":\"Env\"}],"
                + "\"processes\":[{\"id\":\"p1\",\"name\":\"P1\"}],"
                + "\"packagedComponents\":[" + packages + "],\"deployments\":[" + deployments + "]}}]}");
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"" + SCHEDULES_ACCOUNT
                + "\",\"users\":[{\"username\":\"scheduler\",\"password\":\"pw\"}],\"platform\":{"
                + "\"environments\":[{\"id\":\"east\",\"name\":\"East\"},{\"id\":\"west\",\"name\":\"West\"}],"
                + "\"atoms\":[{\"id\":\"east-1\",\"name\":\"E1\",\"environmentId\":\"east\"},"
                + "{\"id\":\"east-2\",\"name\":\"E2\",\"environmentId\":\"east\"},"
                + "{\"id\":\"west-1\",\"name\":\"W1\",\"environmentId\":\"west\"}],"
                + "\"processes\":[{\"id\":\"p1\",\"name\":\"P1\"},{\"id\":\"p2\",\"name\":\"P2\"}],"
                + "\"packagedComponents\":[{\"id\":\"pkg-p1\",\"componentId\":\"p1\",\"packageVersion\":\"1.0\"},"
                + "{\"id\":\"pkg-p2\",\"componentId\":\"p2\",\"packageVersion\":\"1.0\"}]}}]}");
    }

    private static String deploy(String packageId) {
        return "{\"@type\":\"DeployedPackage\",\"packageId\":\"" + packageId + "\",\"environmentId\":\"" + PRODUCTION
                + "\",\"notes\":\"by test\",\"listenerStatus\":\"\"}";
    }

    @Test
    void POST_deploys_a_package_that_GET_query_and_schedules_then_see(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body(deploy(INVENTORY_PACKAGE_1)).post("/DeployedPackage")
                .then().statusCode(200)
                .body("'@type'", equalTo("DeployedPackage"))
                .body("active", equalTo(true))
                .body("version", equalTo(1))
                .body("componentId", equalTo(INVENTORY_NIGHTLY))
                .body("componentVersion", equalTo(1))
                .body("packageVersion", equalTo("1.0"))
                .body("componentType", equalTo("process"))
                .body("notes", equalTo("by test"))
                .body("deployedBy", equalTo(emulator.username()))
                .body("deploymentId", notNullValue())
                .extract().path("deploymentId");

        as(emulator).get("/DeployedPackage/" + id).then().statusCode(200).body("environmentId", equalTo(PRODUCTION));
        as(emulator).body(and("environmentId", "EQUALS", PRODUCTION, "active", "EQUALS", "true", "componentName", "EQUALS", "Inventory Nightly"))
                .post("/DeployedPackage/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1)).body("result[0].deploymentId", equalTo(id));
        as(emulator).get("/ProcessSchedules/" + ScheduleIds.of(ONLINE_ATOM, INVENTORY_NIGHTLY))
                .then().statusCode(200).body("Schedule.size()", equalTo(0)).body("Retry.maxRetry", equalTo(5));
        as(emulator).get("/ProcessScheduleStatus/" + ScheduleIds.of(ONLINE_ATOM, INVENTORY_NIGHTLY))
                .then().statusCode(200).body("enabled", equalTo(true));
    }

    @Test
    void deploying_by_componentId_packages_the_current_version(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"componentId\":\"" + DRAFT_PROCESS + "\",\"environmentId\":\"" + PRODUCTION + "\"}")
                .post("/DeployedPackage")
                .then().statusCode(200).body("componentId", equalTo(DRAFT_PROCESS)).body("packageVersion", equalTo("1.0"))
                .body("active", equalTo(true));
        as(emulator).body(filter("componentId", "EQUALS", DRAFT_PROCESS)).post("/PackagedComponent/query")
                .then().body("numberOfResults", equalTo(1));
    }

    @Test
    void a_new_deployment_deactivates_the_previous_one_of_the_component(EmulatorRuntimeInfo emulator) {
        as(emulator).body(deploy(ORDER_SYNC_PACKAGE_2)).post("/DeployedPackage")
                .then().statusCode(200).body("active", equalTo(true)).body("version", equalTo(3))
                .body("componentVersion", equalTo(2));

        as(emulator).get("/DeployedPackage/" + ORDER_SYNC_DEPLOYMENT).then().body("active", equalTo(false));
        as(emulator).body(and("componentId", "EQUALS", ORDER_SYNC, "environmentId", "EQUALS", PRODUCTION, "active", "EQUALS", "true"))
                .post("/DeployedPackage/query")
                .then().body("numberOfResults", equalTo(1)).body("result[0].packageId", equalTo(ORDER_SYNC_PACKAGE_2));
        // still deployed: its schedules stay
        as(emulator).get("/ProcessSchedules/" + ScheduleIds.of(ONLINE_ATOM, ORDER_SYNC))
                .then().statusCode(200).body("Schedule.size()", equalTo(1));
    }

    @Test
    void deploying_the_active_package_again_is_a_400_duplicate(EmulatorRuntimeInfo emulator) {
        as(emulator).body(deploy(ORDER_SYNC_PACKAGE_3)).post("/DeployedPackage")
                .then().statusCode(400).body("'@type'", equalTo("Error")).body("message", containsString("duplicate"));
        as(emulator).body("{\"componentId\":\"" + ORDER_SYNC + "\",\"environmentId\":\"" + PRODUCTION + "\"}")
                .post("/DeployedPackage")
                .then().statusCode(400).body("message", containsString("duplicate"));
        as(emulator).body(filter("componentId", "EQUALS", ORDER_SYNC)).post("/PackagedComponent/query")
                .then().body("numberOfResults", equalTo(2));
    }

    @Test
    void references_must_exist_in_the_account(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"packageId\":\"" + ORDER_SYNC_PACKAGE_3 + "\",\"environmentId\":\"nope\"}").post("/DeployedPackage")
                .then().statusCode(400).body("message", containsString("Environment nope"));
        as(emulator).body("{\"packageId\":\"" + ORDER_SYNC_PACKAGE_3 + "\",\"environmentId\":\"" + OTHER_ENVIRONMENT + "\"}")
                .post("/DeployedPackage")
                .then().statusCode(400).body("message", containsString("does not exist"));
        as(emulator).body(deploy("nope")).post("/DeployedPackage")
                .then().statusCode(400).body("message", containsString("PackagedComponent nope"));
        as(emulator).body("{\"componentId\":\"nope\",\"environmentId\":\"" + PRODUCTION + "\"}").post("/DeployedPackage")
                .then().statusCode(400).body("message", containsString("nope"));
        as(emulator).body("{\"environmentId\":\"" + PRODUCTION + "\"}").post("/DeployedPackage")
                .then().statusCode(400).body("message", containsString("packageId or componentId"));
        as(emulator).body("{\"packageId\":\"" + ORDER_SYNC_PACKAGE_3 + "\"}").post("/DeployedPackage")
                .then().statusCode(400).body("message", containsString("environmentId"));
        as(emulator).body("{\"packageId\":\"" + ORDER_SYNC_PACKAGE_3 + "\",\"componentId\":\"" + DRAFT_PROCESS
                        + "\",\"environmentId\":\"" + PRODUCTION + "\"}").post("/DeployedPackage")
                .then().statusCode(400).body("message", containsString("not " + DRAFT_PROCESS));
    }

    @Test
    void DELETE_undeploys_and_then_the_process_cannot_run_there(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{}").delete("/DeployedPackage/" + ORDER_SYNC_DEPLOYMENT).then().statusCode(200);

        as(emulator).get("/DeployedPackage/" + ORDER_SYNC_DEPLOYMENT).then().statusCode(200).body("active", equalTo(false));
        as(emulator).get("/ProcessSchedules/" + ScheduleIds.of(ONLINE_ATOM, ORDER_SYNC)).then().statusCode(404);
        as(emulator).body("{\"processId\":\"" + ORDER_SYNC + "\",\"atomId\":\"" + ONLINE_ATOM + "\"}").post("/ExecutionRequest")
                .then().statusCode(400).body("message", containsString("not deployed"));
        as(emulator).delete("/DeployedPackage/" + ORDER_SYNC_DEPLOYMENT)
                .then().statusCode(400).body("message", containsString("not active"));
        // deploying it again is allowed
        as(emulator).body(deploy(ORDER_SYNC_PACKAGE_3)).post("/DeployedPackage").then().statusCode(200);
    }

    @Test
    void a_deploy_or_undeploy_changes_the_schedules_of_that_process_on_that_environment_s_Atoms_alone(
            EmulatorRuntimeInfo emulator) {
        String p1East = deployIn(emulator, "pkg-p1", "east");
        schedulesFound(emulator, "east-1:p1", "east-2:p1");
        schedulesMissing(emulator, "west-1:p1");

        deployIn(emulator, "pkg-p1", "west");
        deployIn(emulator, "pkg-p2", "east");
        schedulesFound(emulator, "east-1:p1", "east-2:p1", "west-1:p1", "east-1:p2", "east-2:p2");
        schedulesMissing(emulator, "west-1:p2");

        as(emulator, SCHEDULES_ACCOUNT, "scheduler", "pw").delete("/DeployedPackage/" + p1East).then().statusCode(200);
        schedulesMissing(emulator, "east-1:p1", "east-2:p1");
        schedulesFound(emulator, "west-1:p1", "east-1:p2", "east-2:p2");
        as(emulator, SCHEDULES_ACCOUNT, "scheduler", "pw").post("/ProcessSchedules/query")
                .then().statusCode(200).body("numberOfResults", equalTo(3));
    }

    private static String deployIn(EmulatorRuntimeInfo emulator, String packageId, String environmentId) {
        return as(emulator, SCHEDULES_ACCOUNT, "scheduler", "pw")
                .body("{\"packageId\":\"" + packageId + "\",\"environmentId\":\"" + environmentId + "\"}")
                .post("/DeployedPackage").then().statusCode(200).extract().path("deploymentId");
    }

    /** Each pair ("atom:process") has its schedules. */
    private static void schedulesFound(EmulatorRuntimeInfo emulator, String... pairs) {
        for (String pair : pairs) {
            String[] atomAndProcess = pair.split(":");
            as(emulator, SCHEDULES_ACCOUNT, "scheduler", "pw")
                    .get("/ProcessSchedules/" + ScheduleIds.of(atomAndProcess[0], atomAndProcess[1]))
                    .then().statusCode(200).body("processId", equalTo(atomAndProcess[1]));
        }
    }

    private static void schedulesMissing(EmulatorRuntimeInfo emulator, String... pairs) {
        for (String pair : pairs) {
            String[] atomAndProcess = pair.split(":");
            as(emulator, SCHEDULES_ACCOUNT, "scheduler", "pw")
                    .get("/ProcessSchedules/" + ScheduleIds.of(atomAndProcess[0], atomAndProcess[1]))
                    .then().statusCode(404);
        }
    }

    @Test
    void DELETE_or_GET_of_an_unknown_deployment_is_404(EmulatorRuntimeInfo emulator) {
        as(emulator).delete("/DeployedPackage/nope").then().statusCode(404).body("'@type'", equalTo("Error"));
        as(emulator).get("/DeployedPackage/nope").then().statusCode(404);
    }

    @Test
    void bulk_GET_answers_each_id(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + ORDER_SYNC_DEPLOYMENT_OLD + "\"},{\"id\":\"nope\"}]}")
                .post("/DeployedPackage/bulk")
                .then().statusCode(200)
                .body("response[0].Result.active", equalTo(false))
                .body("response[0].Result.version", equalTo(1))
                .body("response[1].statusCode", equalTo(400));
    }

    @Test
    void paging_over_110_deployments_of_which_one_is_active(EmulatorRuntimeInfo emulator) {
        JsonPath page = as(emulator, PAGING_ACCOUNT, "pager", "pw").post("/DeployedPackage/query")
                .then().statusCode(200).body("numberOfResults", equalTo(110)).extract().jsonPath();
        List<String> seen = new ArrayList<>(page.getList("result.deploymentId"));
        page = as(emulator, PAGING_ACCOUNT, "pager", "pw").body(page.getString("queryToken"))
                .post("/DeployedPackage/queryMore").then().statusCode(200).extract().jsonPath();
        seen.addAll(page.getList("result.deploymentId"));
        assertThat(seen).hasSize(110).doesNotHaveDuplicates();
        as(emulator, PAGING_ACCOUNT, "pager", "pw").body(filter("active", "EQUALS", "true")).post("/DeployedPackage/query")
                .then().body("numberOfResults", equalTo(1)).body("result[0].packageId", equalTo("pkg-109"))
                .body("result[0].version", equalTo(110));
    }

    @Test
    void accounts_see_only_their_own_deployments(EmulatorRuntimeInfo emulator) {
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).get("/DeployedPackage/" + ORDER_SYNC_DEPLOYMENT)
                .then().statusCode(404);
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD).post("/DeployedPackage/query")
                .then().statusCode(200).body("numberOfResults", equalTo(1));
        as(emulator, OTHER_ACCOUNT, OTHER_USER, OTHER_PASSWORD)
                .body("{\"packageId\":\"" + ORDER_SYNC_PACKAGE_3 + "\",\"environmentId\":\"" + OTHER_ENVIRONMENT + "\"}")
                .post("/DeployedPackage").then().statusCode(400);
    }
}
