package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.ORDER_SYNC;
import static dev.boomiemulator.support.Demo.ORDER_SYNC_PACKAGE_3;
import static dev.boomiemulator.support.Demo.PRODUCTION;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import org.junit.jupiter.api.Test;

/** getAssignableRoles over the account's roles, and deleting a packaged component. */
@BoomiEmulatorTest
class RolesAndPackageDeleteApiTest {
    @Test
    void assignable_roles_are_boomis_defaults_and_the_roles_the_account_created(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/getAssignableRoles").then().statusCode(200)
                .body("'@type'", equalTo("Roles"))
                .body("Role.name", hasItems("Administrator", "Standard User", "Production Support", "Support"))
                .body("Role.find { it.name == 'Administrator' }.id", equalTo("fcb6dd44-0ca8-11e2-a477-1231381987a5"))
                .body("Role[0].accountId", equalTo("demo-account"));
        String id = as(emulator).body("{\"name\":\"Deployer\",\"Description\":\"Deploys\","
                        + "\"parentId\":\"fcb6e2d0-0ca8-11e2-a477-1231381987a5\"}")
                .post("/Role").then().statusCode(200).extract().path("id");
        as(emulator).get("/getAssignableRoles").then().body("Role.id", hasItem(id));
        Platform.xml(emulator).get("/getAssignableRoles").then().statusCode(200)
                .body(containsString("<bns:Roles")).body(containsString("name=\"Deployer\""));
    }

    @Test
    void a_package_in_use_cannot_be_deleted_and_a_deleted_one_cannot_be_deployed(EmulatorRuntimeInfo emulator) {
        as(emulator).delete("/PackagedComponent/" + ORDER_SYNC_PACKAGE_3).then().statusCode(400)
                .body("message", containsString("in use"));
        java.util.List<String> deployments = as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"and\","
                        + "\"nestedExpression\":[{\"operator\":\"EQUALS\",\"property\":\"packageId\",\"argument\":[\""
                        + ORDER_SYNC_PACKAGE_3 + "\"]},{\"operator\":\"EQUALS\",\"property\":\"active\","
                        + "\"argument\":[\"true\"]}]}}}")
                .post("/DeployedPackage/query").then().statusCode(200).extract().path("result.deploymentId");
        for (String deployment : deployments) {
            as(emulator).delete("/PackagedComponent/" + ORDER_SYNC_PACKAGE_3).then().statusCode(400);
            as(emulator).delete("/DeployedPackage/" + deployment).then().statusCode(200);
        }
        as(emulator).delete("/PackagedComponent/" + ORDER_SYNC_PACKAGE_3).then().statusCode(200);
        as(emulator).get("/PackagedComponent/" + ORDER_SYNC_PACKAGE_3).then().statusCode(200)
                .body("deleted", equalTo(true));
        as(emulator).delete("/PackagedComponent/" + ORDER_SYNC_PACKAGE_3).then().statusCode(400)
                .body("message", containsString("already deleted"));
        as(emulator).body("{\"environmentId\":\"" + PRODUCTION + "\",\"packageId\":\"" + ORDER_SYNC_PACKAGE_3 + "\"}")
                .post("/DeployedPackage").then().statusCode(400).body("message", containsString("deleted"));
        as(emulator).delete("/PackagedComponent/no-such-package").then().statusCode(404);
        as(emulator).body("{\"componentId\":\"" + ORDER_SYNC + "\"}").post("/PackagedComponent").then().statusCode(200);
    }
}
