package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Components.attribute;
import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The Component object as CI/CD code uses it: create a component from its XML, read it back (any version), update
 * it into new versions, package and deploy a process component, delete it; the folder path from the account's
 * Folders; ComponentMetadata listing the same versions.
 */
@BoomiEmulatorTest
class ComponentApiTest {
    private static final String PROCESS_XML = "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" "
            + "name=\"Order Sync v2\" type=\"process\" folderId=\"%s\">"
            + "<bns:description>Syncs orders</bns:description>"
            + "<bns:object><process allowSimultaneous=\"false\" enableUserLog=\"false\"><shapes>"
            + "<shape image=\"start\" name=\"shape1\" shapetype=\"start\"/></shapes></process></bns:object>"
            + "</bns:Component>";
    private static final String PRODUCTION = "3f1c2a9e-0b7d-4c55-9a11-000000000001";

    @Test
    void a_created_component_answers_its_xml_at_version_1_and_reads_back_verbatim(EmulatorRuntimeInfo emulator) {
        String folder = folder(emulator, "Integrations", null);
        String child = folder(emulator, "Orders", folder);
        Response created = Platform.xml(emulator).body(PROCESS_XML.formatted(child)).post("/Component");
        created.then().statusCode(200).contentType(containsString("xml"));
        String xml = created.asString();
        assertThat(xml).contains("<bns:Component ", "version=\"1\"", "name=\"Order Sync v2\"", "type=\"process\"",
                "currentVersion=\"true\"", "deleted=\"false\"", "folderName=\"Orders\"",
                "folderFullPath=\"Integrations/Orders\"", "createdBy=\"demo@example.com\"",
                "<bns:description>Syncs orders</bns:description>",
                "<shape image=\"start\" name=\"shape1\" shapetype=\"start\"/>");
        String id = attribute(xml, "componentId");

        Platform.xml(emulator).get("/Component/" + id).then().statusCode(200)
                .body(containsString("<process allowSimultaneous=\"false\" enableUserLog=\"false\">"));
        as(emulator).get("/Component/" + id).then().statusCode(200)
                .body("'@type'", equalTo("Component"))
                .body("componentId", equalTo(id))
                .body("version", equalTo(1))
                .body("object.process.allowSimultaneous", equalTo("false"));
    }

    @Test
    void each_update_makes_a_new_version_and_old_versions_stay_readable(EmulatorRuntimeInfo emulator) {
        String id = attribute(Platform.xml(emulator).body(PROCESS_XML.formatted("")).post("/Component").asString(),
                "componentId");
        String update = "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" componentId=\"" + id
                + "\" name=\"Order Sync v3\"><bns:object><process><shapes/></process></bns:object></bns:Component>";
        String second = Platform.xml(emulator).body(update).post("/Component/" + id).then().statusCode(200)
                .extract().asString();
        assertThat(second).contains("version=\"2\"", "name=\"Order Sync v3\"", "<process><shapes/></process>");
        Platform.xml(emulator).body(update).post("/Component/" + id + "/update").then().statusCode(200)
                .body(containsString("version=\"3\""));

        Platform.xml(emulator).get("/Component/" + id + "~1").then().statusCode(200)
                .body(containsString("name=\"Order Sync v2\""))
                .body(containsString("currentVersion=\"false\""))
                .body(containsString("shapetype=\"start\""));
        Platform.xml(emulator).get("/Component/" + id + "~9").then().statusCode(404);
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\",\"property\":\"componentId\","
                        + "\"argument\":[\"" + id + "\"]}}}")
                .post("/ComponentMetadata/query").then().statusCode(200).body("numberOfResults", equalTo(3));
        as(emulator).get("/Process/" + id).then().statusCode(200)
                .body("name", equalTo("Order Sync v3")).body("currentVersion", equalTo("3"));
    }

    @Test
    void a_process_component_packages_deploys_and_cannot_be_deleted_while_deployed(EmulatorRuntimeInfo emulator) {
        String id = attribute(Platform.xml(emulator).body(PROCESS_XML.formatted("")).post("/Component").asString(),
                "componentId");
        String packageId = as(emulator).body("{\"componentId\":\"" + id + "\",\"packageVersion\":\"1.0\"}")
                .post("/PackagedComponent").then().statusCode(200).body("componentVersion", equalTo(1))
                .extract().path("packageId");
        String deploymentId = as(emulator).body("{\"environmentId\":\"" + PRODUCTION + "\",\"packageId\":\""
                + packageId + "\"}").post("/DeployedPackage").then().statusCode(200).extract().path("deploymentId");

        String delete = "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" deleted=\"true\"/>";
        Platform.xml(emulator).body(delete).post("/Component/" + id).then().statusCode(400)
                .body(containsString("undeploy"));
        as(emulator).delete("/DeployedPackage/" + deploymentId).then().statusCode(200);
        Platform.xml(emulator).body(delete).post("/Component/" + id).then().statusCode(200)
                .body(containsString("deleted=\"true\""));
        as(emulator).get("/Process/" + id).then().statusCode(404);
        as(emulator).get("/Component/" + id).then().statusCode(200).body("deleted", equalTo(true));
    }

    @Test
    void other_types_version_too_and_a_json_body_is_read_as_well(EmulatorRuntimeInfo emulator) {
        String xml = as(emulator).body("{\"name\":\"Orders DB\",\"type\":\"connector-settings\","
                        + "\"object\":{\"DatabaseConnectionSettings\":{\"host\":\"db.local\"}}}")
                .post("/Component").then().statusCode(200).extract().asString();
        assertThat(xml).contains("type=\"connector-settings\"", "<DatabaseConnectionSettings>", "db.local");
        String id = attribute(xml, "componentId");
        as(emulator).body("{\"name\":\"Orders DB (prod)\"}").post("/Component/" + id).then().statusCode(200);
        as(emulator).get("/Component/" + id).then().body("version", equalTo(2))
                .body("name", equalTo("Orders DB (prod)"))
                .body("object.DatabaseConnectionSettings.host", equalTo("db.local"));
        as(emulator).get("/Process/" + id).then().statusCode(404);
    }

    @Test
    void bad_components_are_refused(EmulatorRuntimeInfo emulator) {
        Platform.xml(emulator).body("<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" type=\"process\">"
                + "<bns:object><process/></bns:object></bns:Component>").post("/Component")
                .then().statusCode(400).body(containsString("name"));
        Platform.xml(emulator).body("<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" name=\"x\" "
                + "type=\"process\"/>").post("/Component").then().statusCode(400).body(containsString("object"));
        Platform.xml(emulator).body("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>")
                .post("/Component").then().statusCode(400);
        Platform.xml(emulator).get("/Component/no-such-component").then().statusCode(404);
        String id = attribute(Platform.xml(emulator).body(PROCESS_XML.formatted("")).post("/Component").asString(),
                "componentId");
        Platform.xml(emulator).body("<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" type=\"map\"/>")
                .post("/Component/" + id).then().statusCode(400).body(containsString("type"));
    }

    private static String folder(EmulatorRuntimeInfo emulator, String name, String parentId) {
        String parent = parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"";
        return as(emulator).body("{\"name\":\"" + name + "\"" + parent + "}").post("/Folder")
                .then().statusCode(200).extract().path("id");
    }
}
