package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Components.componentId;
import static dev.boomiemulator.support.Demo.TEST;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import org.junit.jupiter.api.Test;

/**
 * EnvironmentExtensions: what the processes deployed to an environment make extensible (their connections' fields),
 * partial and full updates, useDefault, and secrets never echoed.
 */
@BoomiEmulatorTest
class EnvironmentExtensionsApiTest {
    private static final String FIELD = "{\"id\":\"%s\",\"value\":\"%s\"}";

    @Test
    void a_deployed_process_makes_its_connections_fields_extensible_with_their_defaults(EmulatorRuntimeInfo emulator) {
        String connection = deployProcessUsingAConnection(emulator);
        as(emulator).get("/EnvironmentExtensions/" + TEST).then().statusCode(200)
                .body("'@type'", equalTo("EnvironmentExtensions"))
                .body("environmentId", equalTo(TEST))
                .body("connections.connection[0].id", equalTo(connection))
                .body("connections.connection[0].name", equalTo("Orders DB"))
                .body("connections.connection[0].field[0].id", equalTo("host"))
                .body("connections.connection[0].field[0].value", equalTo("db.test.local"))
                .body("connections.connection[0].field[0].useDefault", equalTo(true))
                .body("connections.connection[0].field[1].id", equalTo("password"))
                .body("connections.connection[0].field[1].value", nullValue())
                .body("connections.connection[0].field[1].usesEncryption", equalTo(true));
        Platform.xml(emulator).get("/EnvironmentExtensions/" + TEST).then().statusCode(200)
                .body(containsString("<bns:EnvironmentExtensions"));
    }

    @Test
    void partial_updates_change_what_they_name_and_a_full_update_resets_the_rest(EmulatorRuntimeInfo emulator) {
        String connection = deployProcessUsingAConnection(emulator);
        update(emulator, true, connection, FIELD.formatted("host", "db.prod.local"));
        update(emulator, true, connection, FIELD.formatted("password", "s3cret"));
        String answer = as(emulator).get("/EnvironmentExtensions/" + TEST).then().statusCode(200)
                .body("connections.connection[0].field[0].value", equalTo("db.prod.local"))
                .body("connections.connection[0].field[0].useDefault", equalTo(false))
                .body("connections.connection[0].field[1].encryptedValueSet", equalTo(true))
                .body("connections.connection[0].field[1].useDefault", equalTo(false))
                .extract().asString();
        assertThat(answer).doesNotContain("s3cret");

        update(emulator, true, connection, "{\"id\":\"host\",\"useDefault\":true}");
        as(emulator).get("/EnvironmentExtensions/" + TEST).then()
                .body("connections.connection[0].field[0].value", equalTo("db.test.local"))
                .body("connections.connection[0].field[1].encryptedValueSet", equalTo(true));

        update(emulator, false, connection, FIELD.formatted("host", "db.full.local")); // full: password reset
        as(emulator).get("/EnvironmentExtensions/" + TEST).then()
                .body("connections.connection[0].field[0].value", equalTo("db.full.local"))
                .body("connections.connection[0].field[1].encryptedValueSet", equalTo(false));
        as(emulator).body(filter("environmentId", "EQUALS", TEST)).post("/EnvironmentExtensions/query").then()
                .statusCode(200).body("numberOfResults", equalTo(1))
                .body("result[0].connections.connection[0].field[0].value", equalTo("db.full.local"));
    }

    @Test
    void what_the_environment_does_not_have_is_refused(EmulatorRuntimeInfo emulator) {
        String connection = deployProcessUsingAConnection(emulator);
        as(emulator).body("{\"partial\":true,\"connections\":{\"connection\":[{\"id\":\"" + connection
                        + "\",\"field\":[" + FIELD.formatted("port", "1") + "]}]}}")
                .post("/EnvironmentExtensions/" + TEST).then().statusCode(400).body("message", containsString("port"));
        as(emulator).body("{\"partial\":true,\"connections\":{\"connection\":[{\"id\":\"not-deployed\",\"field\":[]}]}}")
                .post("/EnvironmentExtensions/" + TEST).then().statusCode(400)
                .body("message", containsString("not extensible"));
        as(emulator).get("/EnvironmentExtensions/no-such-environment").then().statusCode(404);
        as(emulator).body(filter("extensionGroupId", "EQUALS", "x")).post("/EnvironmentExtensions/query").then()
                .statusCode(400);
    }

    private static void update(EmulatorRuntimeInfo emulator, boolean partial, String connection, String field) {
        as(emulator).body("{\"environmentId\":\"" + TEST + "\",\"partial\":" + partial + ",\"connections\":"
                        + "{\"connection\":[{\"id\":\"" + connection + "\",\"field\":[" + field + "]}]}}")
                .post("/EnvironmentExtensions/" + TEST).then().statusCode(200);
    }

    /** A connection component with a host and a password, used by a process deployed to Test; the connection's id. */
    private static String deployProcessUsingAConnection(EmulatorRuntimeInfo emulator) {
        String connection = componentId(as(emulator).contentType("application/xml").body(
                "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" name=\"Orders DB\" "
                        + "type=\"connector-settings\"><bns:object><DatabaseConnection>"
                        + "<field id=\"host\" type=\"string\" value=\"db.test.local\"/>"
                        + "<field id=\"password\" type=\"password\" value=\"\"/>"
                        + "</DatabaseConnection></bns:object></bns:Component>")
                .post("/Component").then().statusCode(200).extract().asString());
        String process = componentId(as(emulator).contentType("application/xml").body(
                "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" name=\"Sync\" type=\"process\">"
                        + "<bns:object><process><connectoraction connectionId=\"" + connection + "\"/></process>"
                        + "</bns:object></bns:Component>")
                .post("/Component").then().statusCode(200).extract().asString());
        String packageId = as(emulator).body("{\"componentId\":\"" + process + "\"}").post("/PackagedComponent")
                .then().statusCode(200).extract().path("packageId");
        as(emulator).body("{\"environmentId\":\"" + TEST + "\",\"packageId\":\"" + packageId + "\"}")
                .post("/DeployedPackage").then().statusCode(200);
        return connection;
    }
}
