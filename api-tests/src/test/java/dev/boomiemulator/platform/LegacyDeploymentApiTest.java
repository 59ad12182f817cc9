package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.PRODUCTION;
import static dev.boomiemulator.support.Demo.TEST;
import static dev.boomiemulator.support.Demo.and;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Components;
import org.junit.jupiter.api.Test;

/** The deprecated Deployment object: the same deployments as DeployedPackage, under the old names. */
@BoomiEmulatorTest
class LegacyDeploymentApiTest {
    @Test
    void a_deployment_made_the_old_way_is_a_deployed_package_too(EmulatorRuntimeInfo emulator) {
        String process = process(emulator);
        String id = as(emulator).body("{\"environmentId\":\"" + TEST + "\",\"processId\":\"" + process
                        + "\",\"notes\":\"old API\"}")
                .post("/Deployment").then().statusCode(200)
                .body("'@type'", equalTo("Deployment"))
                .body("processId", equalTo(process))
                .body("componentId", equalTo(process))
                .body("current", equalTo(true))
                .body("notes", equalTo("old API"))
                .body("deployedBy", equalTo("demo@example.com"))
                .extract().path("id");
        as(emulator).get("/DeployedPackage/" + id).then().statusCode(200)
                .body("componentId", equalTo(process)).body("active", equalTo(true));
        as(emulator).get("/Deployment/" + id).then().statusCode(200).body("environmentId", equalTo(TEST));
        as(emulator).body(filter("processId", "EQUALS", process)).post("/Deployment/query").then()
                .body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(id));
        as(emulator).body("{\"environmentId\":\"" + TEST + "\",\"processId\":\"" + process + "\"}")
                .post("/Deployment").then().statusCode(400).body("message", containsString("already deployed"));
    }

    @Test
    void deployments_made_the_new_way_read_as_deployments(EmulatorRuntimeInfo emulator) {
        as(emulator).body(and("environmentId", "EQUALS", PRODUCTION, "current", "EQUALS", "true"))
                .post("/Deployment/query").then().statusCode(200)
                .body("numberOfResults", greaterThanOrEqualTo(1))
                .body("result.find { it.processId == '" + ORDER_SYNC + "' }.current", equalTo(true));
        as(emulator).get("/Deployment/no-such-deployment").then().statusCode(404);
    }

    private static String process(EmulatorRuntimeInfo emulator) {
        return Components.createProcess(emulator, "Legacy");
    }
}
