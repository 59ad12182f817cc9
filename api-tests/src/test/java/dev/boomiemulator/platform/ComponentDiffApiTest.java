package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Components.componentId;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import org.junit.jupiter.api.Test;

/** ComponentDiffRequest: a real diff between two versions of a component's XML. */
@BoomiEmulatorTest
class ComponentDiffApiTest {
    private static final String COMPONENT = "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" "
            + "name=\"Orders\" type=\"process\"><bns:object><process><shapes>%s</shapes></process></bns:object>"
            + "</bns:Component>";
    private static final String START = "<shape name=\"shape1\" shapetype=\"start\" x=\"10\"/>";

    @Test
    void a_diff_lists_added_deleted_and_modified_parts_with_their_xpaths(EmulatorRuntimeInfo emulator) {
        String id = componentId(as(emulator).contentType("application/xml")
                .body(COMPONENT.formatted(START + "<shape name=\"shape2\" shapetype=\"map\" x=\"10\"/>"))
                .post("/Component").then().statusCode(200).extract().asString());
        update(emulator, id, START + "<shape name=\"shape2\" shapetype=\"map\" x=\"20\"/>"
                + "<shape name=\"shape3\" shapetype=\"stop\"/>");
        update(emulator, id, "<shape name=\"shape2\" shapetype=\"map\" x=\"20\"/><shape name=\"shape3\" shapetype=\"stop\"/>");

        as(emulator).body("{\"componentId\":\"" + id + "\",\"sourceVersion\":1,\"targetVersion\":2}")
                .post("/ComponentDiffRequest").then().statusCode(200)
                .body("'@type'", equalTo("ComponentDiffResponse"))
                .body("message", equalTo("Diffed Versions 1 and 2 of Component: Orders (Type = process, ID = " + id + ")"))
                .body("GenericDiff.addition.total", equalTo(1))
                .body("GenericDiff.addition.change.type", equalTo("element"))
                .body("GenericDiff.addition.change.changedParticleName", equalTo("shape"))
                .body("GenericDiff.addition.change.elementKey.'key-part'.value", equalTo("shape3"))
                .body("GenericDiff.addition.change.newValue.xpath",
                        equalTo("/Component[1]/object[1]/process[1]/shapes[1]/shape[3]"))
                .body("GenericDiff.modification.total", equalTo(1))
                .body("GenericDiff.modification.change.type", equalTo("attribute"))
                .body("GenericDiff.modification.change.changedParticleName", equalTo("x"))
                .body("GenericDiff.modification.change.oldValue.value", equalTo("10"))
                .body("GenericDiff.modification.change.newValue.value", equalTo("20"))
                .body("GenericDiff.deletion.total", equalTo(0));
        as(emulator).body("{\"componentId\":\"" + id + "\",\"sourceVersion\":2,\"targetVersion\":3}")
                .post("/ComponentDiffRequest").then().statusCode(200)
                .body("GenericDiff.deletion.total", equalTo(1))
                .body("GenericDiff.deletion.change.oldValue.value", containsString("shapetype=\"start\""))
                .body("GenericDiff.addition.total", equalTo(0));
        as(emulator).get("/ComponentDiffRequest/" + id).then().statusCode(200)
                .body("sourceVersion", equalTo(2)).body("targetVersion", equalTo(3));
    }

    @Test
    void versions_must_exist(EmulatorRuntimeInfo emulator) {
        String id = componentId(as(emulator).contentType("application/xml").body(COMPONENT.formatted(START))
                .post("/Component").then().statusCode(200).extract().asString());
        as(emulator).body("{\"componentId\":\"" + id + "\",\"sourceVersion\":1,\"targetVersion\":5}")
                .post("/ComponentDiffRequest").then().statusCode(404);
        as(emulator).body("{\"componentId\":\"" + id + "\",\"sourceVersion\":1}").post("/ComponentDiffRequest")
                .then().statusCode(400).body("message", containsString("targetVersion"));
    }

    private static void update(EmulatorRuntimeInfo emulator, String id, String shapes) {
        as(emulator).contentType("application/xml").body(COMPONENT.formatted(shapes)).post("/Component/" + id)
                .then().statusCode(200);
    }
}
