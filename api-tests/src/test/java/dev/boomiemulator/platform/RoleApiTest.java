package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Demo;
import dev.boomiemulator.support.Platform;
import org.junit.jupiter.api.Test;

/** Role, AccountUserRole, EnvironmentRole and getAssignableRoles: the account's roles and where they apply. */
@BoomiEmulatorTest
class RoleApiTest {
    private static final String ADMINISTRATOR = "fcb6dd44-0ca8-11e2-a477-1231381987a5";
    private static final String STANDARD_USER = "fcb6e2d0-0ca8-11e2-a477-1231381987a5";

    private static String createRole(EmulatorRuntimeInfo emulator, String body) {
        return as(emulator).body(body).post("/Role").then().statusCode(200).extract().path("id");
    }

    @Test
    void a_role_is_created_read_renamed_and_deleted(EmulatorRuntimeInfo emulator) {
        String id = createRole(emulator, "{\"name\":\"Deployer\",\"Description\":\"Deploys\",\"parentId\":\""
                + STANDARD_USER + "\",\"Privileges\":{\"Privilege\":[{\"name\":\"DEPLOY\"},{\"name\":\"API\"}]}}");
        as(emulator).get("/Role/" + id).then().statusCode(200)
                .body("'@type'", equalTo("Role"))
                .body("accountId", equalTo("demo-account"))
                .body("Privileges.Privilege.name", equalTo(java.util.List.of("DEPLOY", "API")));
        as(emulator).body("{\"name\":\"Release manager\"}").post("/Role/" + id).then().statusCode(200)
                .body("name", equalTo("Release manager")).body("Description", equalTo("Deploys"));
        as(emulator).body(Demo.filter("name", "EQUALS", "Release manager")).post("/Role/query").then()
                .body("result.id", equalTo(java.util.List.of(id)));
        as(emulator).get("/getAssignableRoles").then().body("Role.name", hasItem("Release manager"));
        as(emulator).delete("/Role/" + id).then().statusCode(200);
        as(emulator).get("/Role/" + id).then().statusCode(404);
        as(emulator).get("/getAssignableRoles").then().body("Role.id", not(hasItem(id)));
    }

    @Test
    void names_are_unique_and_parents_must_be_roles_without_a_loop(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"administrator\"}").post("/Role").then().statusCode(400)
                .body("message", containsString("already exists"));
        as(emulator).body("{\"Description\":\"no name\"}").post("/Role").then().statusCode(400)
                .body("message", containsString("needs a name"));
        as(emulator).body("{\"name\":\"Orphan\",\"parentId\":\"no-such-role\"}").post("/Role").then().statusCode(400)
                .body("message", containsString("not a role"));
        as(emulator).body("{\"name\":\"Unnamed privilege\",\"Privileges\":{\"Privilege\":[{}]}}").post("/Role").then()
                .statusCode(400).body("message", containsString("privilege"));
        String parent = createRole(emulator, "{\"name\":\"Parent\"}");
        String child = createRole(emulator, "{\"name\":\"Child\",\"parentId\":\"" + parent + "\"}");
        as(emulator).body("{\"parentId\":\"" + child + "\"}").post("/Role/" + parent).then().statusCode(400)
                .body("message", containsString("cannot inherit from itself"));
        as(emulator).body("{\"name\":\"Child\"}").post("/Role/" + parent).then().statusCode(400)
                .body("message", containsString("already exists"));
        as(emulator).get("/Role/" + parent).then().body("name", equalTo("Parent")); // nothing written
    }

    @Test
    void a_name_is_taken_whatever_its_case_until_its_role_is_renamed_or_deleted(EmulatorRuntimeInfo emulator) {
        String ops = createRole(emulator, "{\"name\":\"Ops Team\"}");
        as(emulator).body("{\"name\":\"  oPS tEAM \"}").post("/Role").then().statusCode(400)
                .body("message", containsString("already exists"));
        String other = createRole(emulator, "{\"name\":\"Other team\"}");
        as(emulator).body("{\"name\":\"OPS TEAM\"}").post("/Role/" + other).then().statusCode(400)
                .body("message", containsString("already exists"));
        as(emulator).body("{\"name\":\"ops team\"}").post("/Role/" + ops).then().statusCode(200); // its own name
        // another account has names of its own
        Platform.as(emulator, Demo.OTHER_ACCOUNT, Demo.OTHER_USER, Demo.OTHER_PASSWORD).body("{\"name\":\"Ops team\"}")
                .post("/Role").then().statusCode(200);

        as(emulator).body("{\"name\":\"Operations\"}").post("/Role/" + ops).then().statusCode(200);
        as(emulator).body("{\"name\":\"Ops team\"}").post("/Role/" + other).then().statusCode(200);
        as(emulator).delete("/Role/" + other).then().statusCode(200);
        createRole(emulator, "{\"name\":\"OPS team\"}");
        as(emulator).body(Demo.filter("name", "EQUALS", "OPS team")).post("/Role/query").then()
                .body("numberOfResults", equalTo(1));
    }

    @Test
    void names_alike_in_their_first_4000_characters_are_two_names(EmulatorRuntimeInfo emulator) {
        String common = "R".repeat(4000);
        createRole(emulator, "{\"name\":\"" + common + "-one\"}");
        createRole(emulator, "{\"name\":\"" + common + "-two\"}");
        as(emulator).body("{\"name\":\"" + common.toLowerCase() + "-ONE\"}").post("/Role").then().statusCode(400)
                .body("message", containsString("already exists"));
    }

    @Test
    void a_known_user_is_known_by_any_spelling_of_their_address(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"userId\":\"sam.lee@example.com\",\"roleId\":\"" + STANDARD_USER
                + "\",\"firstName\":\"Samuel\",\"lastName\":\"Lee\"}").post("/AccountUserRole").then().statusCode(200);

        as(emulator).body("{\"userId\":\"Sam.Lee@EXAMPLE.com\",\"roleId\":\"" + ADMINISTRATOR
                        + "\",\"firstName\":\"Sam\"}").post("/AccountUserRole").then().statusCode(200)
                .body("firstName", equalTo("Samuel")).body("lastName", equalTo("Lee"));
    }

    @Test
    void a_role_inherited_from_or_restricting_an_environment_is_not_deleted(EmulatorRuntimeInfo emulator) {
        String parent = createRole(emulator, "{\"name\":\"Base\"}");
        String child = createRole(emulator, "{\"name\":\"Derived\",\"parentId\":\"" + parent + "\"}");
        createRole(emulator, "{\"name\":\"Unrelated\",\"parentId\":\"" + STANDARD_USER + "\"}");
        String restriction = as(emulator).body("{\"environmentId\":\"" + Demo.PRODUCTION + "\",\"roleId\":\"" + parent
                + "\"}").post("/EnvironmentRole").then().statusCode(200).extract().path("id");
        as(emulator).delete("/Role/" + parent).then().statusCode(400)
                .body("message", containsString("1 environment restriction(s)"))
                .body("message", containsString("1 role(s) inheriting"));
        as(emulator).delete("/EnvironmentRole/" + restriction).then().statusCode(200);
        as(emulator).delete("/Role/" + child).then().statusCode(200);
        as(emulator).delete("/Role/" + parent).then().statusCode(200);
        as(emulator).get("/Role/" + parent).then().statusCode(404);
    }

    @Test
    void boomis_default_roles_cannot_be_changed_or_deleted(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"Boss\"}").post("/Role/" + ADMINISTRATOR).then().statusCode(400)
                .body("message", containsString("default roles"));
        as(emulator).delete("/Role/" + ADMINISTRATOR).then().statusCode(400);
        as(emulator).get("/Role/" + ADMINISTRATOR).then().body("name", equalTo("Administrator"));
    }

    @Test
    void a_user_gets_a_role_once_and_a_role_in_use_cannot_be_deleted(EmulatorRuntimeInfo emulator) {
        String role = createRole(emulator, "{\"name\":\"Operator\"}");
        String body = "{\"userId\":\"jane.doe@example.com\",\"roleId\":\"" + role + "\",\"notifyUser\":true}";
        String assignment = as(emulator).body(body).post("/AccountUserRole").then().statusCode(200)
                .body("'@type'", equalTo("AccountUserRole"))
                .body("firstName", equalTo("Jane")).body("lastName", equalTo("Doe")) // a new user, named from the address
                .body("accountId", equalTo("demo-account"))
                .extract().path("id");
        as(emulator).body(body).post("/AccountUserRole").then().statusCode(400)
                .body("message", containsString("already has role"));
        // a known user keeps the name the account has
        as(emulator).body("{\"userId\":\"jane.doe@example.com\",\"roleId\":\"" + ADMINISTRATOR
                        + "\",\"firstName\":\"Janet\"}").post("/AccountUserRole").then().statusCode(200)
                .body("firstName", equalTo("Jane"));
        as(emulator).body(Demo.filter("userId", "EQUALS", "jane.doe@example.com")).post("/AccountUserRole/query")
                .then().statusCode(200).body("numberOfResults", equalTo(2));
        as(emulator).delete("/Role/" + role).then().statusCode(400).body("message", containsString("in use"));
        as(emulator).delete("/AccountUserRole/" + assignment).then().statusCode(200);
        as(emulator).delete("/Role/" + role).then().statusCode(200);
        as(emulator).body("{\"userId\":\"not-an-address\",\"roleId\":\"" + ADMINISTRATOR + "\"}")
                .post("/AccountUserRole").then().statusCode(400).body("message", containsString("email"));
        as(emulator).body("{\"userId\":\"joe@example.com\",\"roleId\":\"" + role + "\"}")
                .post("/AccountUserRole").then().statusCode(400).body("message", containsString("not a role"));
    }

    @Test
    void an_environment_is_restricted_to_a_role_once(EmulatorRuntimeInfo emulator) {
        String body = "{\"environmentId\":\"" + Demo.PRODUCTION + "\",\"roleId\":\"" + ADMINISTRATOR + "\"}";
        String id = as(emulator).body(body).post("/EnvironmentRole").then().statusCode(200)
                .body("'@type'", equalTo("EnvironmentRole"))
                .body("environmentId", equalTo(Demo.PRODUCTION)).body("roleId", equalTo(ADMINISTRATOR))
                .extract().path("id");
        as(emulator).get("/EnvironmentRole/" + id).then().statusCode(200).body("roleId", equalTo(ADMINISTRATOR));
        as(emulator).body(body).post("/EnvironmentRole").then().statusCode(400)
                .body("message", containsString("already restricted"));
        as(emulator).body(Demo.filter("environmentId", "EQUALS", Demo.PRODUCTION)).post("/EnvironmentRole/query")
                .then().body("result.id", equalTo(java.util.List.of(id)));
        as(emulator).body("{\"environmentId\":\"nope\",\"roleId\":\"" + ADMINISTRATOR + "\"}").post("/EnvironmentRole")
                .then().statusCode(400).body("message", containsString("not an environment"));
        as(emulator).delete("/EnvironmentRole/" + id).then().statusCode(200);
        as(emulator).get("/EnvironmentRole/" + id).then().statusCode(404);
    }

    @Test
    void roles_and_assignments_stay_in_their_account(EmulatorRuntimeInfo emulator) {
        String role = createRole(emulator, "{\"name\":\"Private\"}");
        Platform.as(emulator, Demo.OTHER_ACCOUNT, Demo.OTHER_USER, Demo.OTHER_PASSWORD)
                .body("{\"userId\":\"x@example.com\",\"roleId\":\"" + role + "\"}").post("/AccountUserRole").then()
                .statusCode(400).body("message", containsString("not a role"));
        Platform.as(emulator, Demo.OTHER_ACCOUNT, Demo.OTHER_USER, Demo.OTHER_PASSWORD).get("/getAssignableRoles")
                .then().body("Role.id", not(hasItem(role)));
    }

    @Test
    void roles_answer_in_xml(EmulatorRuntimeInfo emulator) {
        Platform.xml(emulator).contentType("application/xml")
                .body("<bns:Role xmlns:bns=\"http://api.platform.boomi.com/\" name=\"Xml role\"><bns:Description>d"
                        + "</bns:Description></bns:Role>")
                .post("/Role").then().statusCode(200).body(containsString("name=\"Xml role\""));
    }
}
