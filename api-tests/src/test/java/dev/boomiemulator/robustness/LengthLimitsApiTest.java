package dev.boomiemulator.robustness;

import static dev.boomiemulator.support.DataIntegration.prod;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.ConnectNow;
import dev.boomiemulator.support.DataIntegration;
import dev.boomiemulator.support.Demo;
import dev.boomiemulator.support.Platform;
import io.restassured.http.ContentType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Every stored string has a limit checked before anything is written: a value of exactly the limit is
 * stored, one character more is a 4xx naming the field and the limit, and leaves nothing behind.
 */
@BoomiEmulatorTest
class LengthLimitsApiTest {
    static final String MULTI_PACK = "89abcdef-0123-4567-89ab-cdef01234567";

    static String text(int length) {
        return "x".repeat(length);
    }

    // Platform family
    @Test
    void POST_environment_with_255_char_name_is_200_and_256_is_400(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":\"" + text(255) + "\"}").post("/Environment")
                .then().statusCode(200).body("name", equalTo(text(255)));

        Platform.as(emulator).body("{\"name\":\"" + text(256) + "\"}").post("/Environment")
                .then().statusCode(400).body("message", allOf(containsString("name"), containsString("255")));
        Platform.as(emulator).post("/Environment/query").then().body("result.name", not(hasItem(text(256))));
    }

    @Test
    void update_environment_with_256_char_name_is_400_and_keeps_the_old_name(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":\"" + text(256) + "\"}").post("/Environment/" + Demo.TEST)
                .then().statusCode(400).body("message", allOf(containsString("name"), containsString("255")));
        Platform.as(emulator).get("/Environment/" + Demo.TEST).then().statusCode(200)
                .body("name", not(equalTo(text(256))));
    }

    @Test
    void POST_process_with_4000_char_description_is_200_and_4001_is_400(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":\"Long\",\"description\":\"" + text(4000) + "\"}").post("/Process")
                .then().statusCode(200);

        Platform.as(emulator).body("{\"name\":\"Longer\",\"description\":\"" + text(4001) + "\"}").post("/Process")
                .then().statusCode(400).body("message", allOf(containsString("description"), containsString("4000")));
        Platform.as(emulator).post("/Process/query").then().body("result.name", not(hasItem("Longer")));
    }

    @Test
    void update_atom_with_256_char_name_is_400_and_keeps_the_old_name(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":\"" + text(255) + "\"}").post("/Atom/" + Demo.OFFLINE_ATOM)
                .then().statusCode(200).body("name", equalTo(text(255)));

        Platform.as(emulator).body("{\"name\":\"" + text(256) + "\"}").post("/Atom/" + Demo.OFFLINE_ATOM)
                .then().statusCode(400).body("message", allOf(containsString("name"), containsString("255")));
        Platform.as(emulator).get("/Atom/" + Demo.OFFLINE_ATOM).then().body("name", equalTo(text(255)));
    }

    @Test
    void POST_packaged_component_with_4001_char_notes_is_400(EmulatorRuntimeInfo emulator) {
        String body = "{\"componentId\":\"" + Demo.DRAFT_PROCESS + "\",\"packageVersion\":\"9.9\",\"notes\":\"%s\"}";
        Platform.as(emulator).body(body.formatted(text(4001))).post("/PackagedComponent")
                .then().statusCode(400).body("message", allOf(containsString("notes"), containsString("4000")));
        Platform.as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\",\"property\":"
                        + "\"componentId\",\"argument\":[\"" + Demo.DRAFT_PROCESS + "\"]}}}")
                .post("/PackagedComponent/query").then().statusCode(200).body("numberOfResults", equalTo(0));

        Platform.as(emulator).body(body.formatted(text(4000))).post("/PackagedComponent").then().statusCode(200);
    }

    @Test
    void a_multi_pack_instance_with_a_255_char_override_name_is_installed_with_its_processes(
            EmulatorRuntimeInfo emulator) {
        // the wrapper processes are named "<override name> - <process name>": longer than either
        Platform.as(emulator).body("{\"integrationPackId\":\"" + MULTI_PACK + "\",\"integrationPackOverrideName\":\""
                + text(255) + "\"}").post("/IntegrationPackInstance").then().statusCode(200);
        Platform.as(emulator).body(dev.boomiemulator.support.Demo.filter("name", "LIKE", text(255) + " - %"))
                .post("/Process/query").then().statusCode(200)
                .body("numberOfResults", org.hamcrest.Matchers.greaterThan(0)); // its wrapper processes exist

        Platform.as(emulator).body("{\"integrationPackId\":\"" + MULTI_PACK + "\",\"integrationPackOverrideName\":\""
                + text(256) + "\"}").post("/IntegrationPackInstance").then().statusCode(400)
                .body("message", allOf(containsString("integrationPackOverrideName"), containsString("255")));
        Platform.as(emulator).post("/IntegrationPackInstance/query").then()
                .body("result.integrationPackOverrideName", not(hasItem(text(256))));
    }

    @Test
    void POST_connector_version_with_4001_char_change_log_is_400(EmulatorRuntimeInfo emulator) throws IOException {
        Platform.as(emulator).contentType("multipart/form-data")
                .multiPart("connectorVersionArchive", "connector.zip", zip(), "application/zip")
                .multiPart("groupType", "any-group").multiPart("changeLog", text(4001))
                .post("/ConnectorVersion")
                .then().statusCode(400).body("message", allOf(containsString("changeLog"), containsString("4000")));
    }

    private static byte[] zip() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("connector-descriptor.xml"));
            zip.write("<x/>".getBytes());
        }
        return bytes.toByteArray();
    }

    // Connect Now family
    @Test
    void createIntegrationPackDeployment_with_256_char_override_name_is_400(EmulatorRuntimeInfo emulator) {
        ConnectNow.as(emulator).body(ConnectNow.body("accountId", "demo-account", "environmentId", Demo.TEST,
                        "integrationPackId", MULTI_PACK, "integrationPackOverrideName", text(256)))
                .post("/createIntegrationPackDeployment")
                .then().statusCode(400)
                .body("message", allOf(containsString("integrationPackOverrideName"), containsString("255")));
        Platform.as(emulator).post("/IntegrationPackInstance/query").then()
                .body("result.integrationPackOverrideName", not(hasItem(text(256))));
    }

    // Data Integration family
    @Test
    void create_connection_with_255_char_name_is_201_and_256_is_422(EmulatorRuntimeInfo emulator) {
        String body = "{\"connection_name\":\"%s\",\"connection_type_id\":\"postgresql\"}";
        DataIntegration.as(emulator).body(body.formatted(text(255))).post(prod("/connections"))
                .then().statusCode(201);

        DataIntegration.as(emulator).body(body.formatted(text(256))).post(prod("/connections"))
                .then().statusCode(422)
                .body("detail[0].type", equalTo("string_too_long"))
                .body("detail[0].loc[1]", equalTo("connection_name"))
                .body("detail[0].msg", containsString("255"));
        DataIntegration.as(emulator).get(prod("/connections")).then().statusCode(200)
                .body("items.connection_name", not(hasItem(text(256))));
    }

    @Test
    void a_variable_name_of_256_chars_is_422_and_nothing_is_set(EmulatorRuntimeInfo emulator) {
        DataIntegration.as(emulator).contentType(ContentType.JSON)
                .body("{\"variables\":{\"ok\":\"1\",\"" + text(256) + "\":\"2\"}}").put(prod("/variables"))
                .then().statusCode(422).body("detail[0].msg", containsString("255"));
        DataIntegration.as(emulator).get(prod("/variables")).then().statusCode(200)
                .body("variables", not(hasKey("ok")));
    }
}
