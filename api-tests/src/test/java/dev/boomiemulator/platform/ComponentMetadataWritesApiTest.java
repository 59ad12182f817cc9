package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Components;
import org.junit.jupiter.api.Test;

/** ComponentMetadata's writes: rename and move, delete, and "create" restoring a deleted component. */
@BoomiEmulatorTest
class ComponentMetadataWritesApiTest {
    @Test
    void a_rename_or_move_is_the_next_version_and_needs_a_live_folder(EmulatorRuntimeInfo emulator) {
        String id = process(emulator);
        String folder = as(emulator).body("{\"name\":\"Moved here\"}").post("/Folder").then().statusCode(200)
                .extract().path("id");
        as(emulator).body("{\"name\":\"Renamed\",\"folderId\":\"" + folder + "\"}").post("/ComponentMetadata/" + id)
                .then().statusCode(200)
                .body("'@type'", equalTo("ComponentMetadata"))
                .body("name", equalTo("Renamed"))
                .body("folderId", equalTo(folder))
                .body("version", equalTo(2));
        as(emulator).get("/Process/" + id).then().body("name", equalTo("Renamed"));
        as(emulator).body("{\"folderId\":\"no-such-folder\"}").post("/ComponentMetadata/" + id).then().statusCode(400)
                .body("message", containsString("folder"));
    }

    @Test
    void a_deleted_component_is_restored_by_creating_its_metadata(EmulatorRuntimeInfo emulator) {
        String id = process(emulator);
        as(emulator).delete("/ComponentMetadata/" + id).then().statusCode(200);
        as(emulator).get("/ComponentMetadata/" + id).then().statusCode(200).body("deleted", equalTo(true));
        as(emulator).get("/Process/" + id).then().statusCode(404);
        as(emulator).delete("/ComponentMetadata/" + id).then().statusCode(400);

        as(emulator).body("{\"componentId\":\"" + id + "\"}").post("/ComponentMetadata").then().statusCode(200)
                .body("deleted", equalTo(false)).body("componentId", equalTo(id));
        as(emulator).get("/Process/" + id).then().statusCode(200);
        as(emulator).body("{\"componentId\":\"" + id + "\"}").post("/ComponentMetadata").then().statusCode(400)
                .body("message", containsString("not deleted"));
        as(emulator).body("{\"componentId\":\"nope\"}").post("/ComponentMetadata").then().statusCode(400);
        as(emulator).body("{\"name\":\"brand new\"}").post("/ComponentMetadata").then().statusCode(400);
    }

    @Test
    void a_write_whose_fields_have_the_wrong_type_is_refused_before_it_changes_anything(EmulatorRuntimeInfo emulator) {
        String id = process(emulator);
        as(emulator).body("{\"name\":42}").post("/ComponentMetadata/" + id).then().statusCode(400)
                .body("'@type'", equalTo("Error")).body("message", containsString("name"));
        as(emulator).body("{\"folderId\":[\"x\"]}").post("/ComponentMetadata/" + id + "/update").then()
                .statusCode(400).body("message", containsString("folderId"));
        as(emulator).body("{\"componentId\":{}}").post("/ComponentMetadata").then().statusCode(400)
                .body("message", containsString("componentId"));
        as(emulator).get("/ComponentMetadata/" + id).then().statusCode(200)
                .body("name", equalTo("Meta")).body("version", equalTo(1));
    }

    private static String process(EmulatorRuntimeInfo emulator) {
        return Components.createProcess(emulator, "Meta");
    }
}
