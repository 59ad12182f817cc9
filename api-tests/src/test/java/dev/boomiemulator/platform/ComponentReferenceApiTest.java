package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Components.componentId;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ComponentReference and PackagedComponentManifest, derived from what the component XML references. */
@BoomiEmulatorTest
class ComponentReferenceApiTest {
    @Test
    void references_follow_the_component_xml_version_by_version(EmulatorRuntimeInfo emulator) {
        String connection = create(emulator, "{\"name\":\"Orders DB\",\"type\":\"connector-settings\","
                + "\"object\":{\"DatabaseConnection\":{\"host\":\"db\"}}}");
        String map = create(emulator, "{\"name\":\"Order map\",\"type\":\"transform.map\",\"object\":{\"Map\":{}}}");
        String process = componentId(as(emulator).contentType("application/xml").body(
                "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" name=\"Sync\" type=\"process\"><bns:object>"
                        + "<process><shapes><shape shapetype=\"connectoraction\"><configuration><connectoraction "
                        + "connectionId=\"" + connection + "\"/></configuration></shape><shape shapetype=\"map\">"
                        + "<configuration><map mapId=\"" + map + "\"/></configuration></shape></shapes></process>"
                        + "</bns:object></bns:Component>").post("/Component").then().statusCode(200).extract().asString());

        as(emulator).get("/ComponentReference/" + connection).then().statusCode(200)
                .body("'@type'", equalTo("ComponentReference"))
                .body("references[0].parentComponentId", equalTo(process))
                .body("references[0].parentVersion", equalTo(1))
                .body("references[0].componentId", equalTo(connection))
                .body("references[0].type", equalTo("DEPENDENT"));
        as(emulator).get("/ComponentReference/" + process).then().statusCode(200)
                .body("references.componentId", equalTo(List.of(connection, map)));

        // version 2 drops the map
        as(emulator).contentType("application/xml").body("<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\">"
                + "<bns:object><process><connectoraction connectionId=\"" + connection + "\"/></process></bns:object>"
                + "</bns:Component>").post("/Component/" + process).then().statusCode(200);
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"and\",\"nestedExpression\":["
                        + "{\"operator\":\"EQUALS\",\"property\":\"parentComponentId\",\"argument\":[\"" + process + "\"]},"
                        + "{\"operator\":\"EQUALS\",\"property\":\"parentVersion\",\"argument\":[\"2\"]}]}}}")
                .post("/ComponentReference/query").then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].references[0].componentId", equalTo(connection));

        String packageId = as(emulator).body("{\"componentId\":\"" + process + "\",\"componentVersion\":1}")
                .post("/PackagedComponent").then().statusCode(200).extract().path("packageId");
        as(emulator).get("/PackagedComponentManifest/" + packageId).then().statusCode(200)
                .body("'@type'", equalTo("PackagedComponentManifest"))
                .body("packageId", equalTo(packageId))
                .body("componentInfo.id", equalTo(List.of(process, connection, map)))
                .body("componentInfo[0].version", equalTo(1));
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + packageId + "\"},{\"id\":\"nope\"}]}")
                .post("/PackagedComponentManifest/bulk").then().statusCode(200)
                .body("response[0].statusCode", equalTo(200)).body("response[1].statusCode", equalTo(400));
    }

    @Test
    void a_component_without_references_is_a_400_as_the_document_says(EmulatorRuntimeInfo emulator) {
        String alone = create(emulator, "{\"name\":\"Alone\",\"type\":\"profile.xml\",\"object\":{\"XMLProfile\":{}}}");
        as(emulator).get("/ComponentReference/" + alone).then().statusCode(400)
                .body("message", containsString("no component references"));
        as(emulator).get("/PackagedComponentManifest/no-such-package").then().statusCode(404);
    }

    private static String create(EmulatorRuntimeInfo emulator, String json) {
        return componentId(as(emulator).body(json).post("/Component").then().statusCode(200).extract().asString());
    }
}
