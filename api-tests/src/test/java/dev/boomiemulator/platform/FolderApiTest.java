package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.PRODUCTION;
import static dev.boomiemulator.support.Demo.filter;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Components;
import org.junit.jupiter.api.Test;

/** Folders: a tree per account, with parent, move, rename, delete and restore rules. */
@BoomiEmulatorTest
class FolderApiTest {
    @Test
    void paths_follow_renames_and_moves(EmulatorRuntimeInfo emulator) {
        String top = folder(emulator, "Integrations", null);
        String orders = folder(emulator, "Orders", top);
        String archive = folder(emulator, "Archive", orders);
        as(emulator).get("/Folder/" + archive).then().statusCode(200)
                .body("fullPath", equalTo("Integrations/Orders/Archive"))
                .body("parentName", equalTo("Orders"))
                .body("deleted", equalTo(false));

        as(emulator).body("{\"name\":\"Sales\"}").post("/Folder/" + top).then().statusCode(200)
                .body("fullPath", equalTo("Sales"));
        as(emulator).get("/Folder/" + archive).then().body("fullPath", equalTo("Sales/Orders/Archive"));

        as(emulator).body("{\"parentId\":\"\"}").post("/Folder/" + orders).then().statusCode(200)
                .body("fullPath", equalTo("Orders")).body("parentId", nullValue());
        as(emulator).get("/Folder/" + archive).then().body("fullPath", equalTo("Orders/Archive"));
        as(emulator).body(filter("parentName", "EQUALS", "Orders")).post("/Folder/query").then()
                .body("numberOfResults", equalTo(1)).body("result[0].id", equalTo(archive));
    }

    @Test
    void a_folder_cannot_move_under_itself_nor_sit_in_a_missing_or_deleted_parent(EmulatorRuntimeInfo emulator) {
        String top = folder(emulator, "Top", null);
        String child = folder(emulator, "Child", top);
        as(emulator).body("{\"parentId\":\"" + child + "\"}").post("/Folder/" + top).then().statusCode(400)
                .body("message", containsString("under itself"));
        as(emulator).body("{\"name\":\"Orphan\",\"parentId\":\"no-such-folder\"}").post("/Folder").then()
                .statusCode(400);
        as(emulator).body("{\"parentId\":\"x\"}").post("/Folder").then().statusCode(400)
                .body("message", containsString("name"));
        as(emulator).delete("/Folder/" + top).then().statusCode(200);
        as(emulator).body("{\"name\":\"Late\",\"parentId\":\"" + top + "\"}").post("/Folder").then().statusCode(400)
                .body("message", containsString("deleted"));
    }

    @Test
    void deleting_a_folder_deletes_its_subfolders_and_components_and_a_create_restores_it(
            EmulatorRuntimeInfo emulator) {
        String top = folder(emulator, "Team", null);
        String sub = folder(emulator, "Jobs", top);
        String component = component(emulator, sub);

        as(emulator).delete("/Folder/" + top).then().statusCode(200);
        as(emulator).get("/Folder/" + sub).then().body("deleted", equalTo(true));
        as(emulator).get("/Component/" + component).then().body("deleted", equalTo(true));
        as(emulator).get("/Process/" + component).then().statusCode(404);
        as(emulator).delete("/Folder/" + top).then().statusCode(400);

        as(emulator).body("{\"id\":\"" + top + "\",\"name\":\"Team\"}").post("/Folder").then().statusCode(200)
                .body("deleted", equalTo(false));
        as(emulator).get("/Folder/" + sub).then().body("deleted", equalTo(false));
    }

    @Test
    void a_folder_holding_a_deployed_process_cannot_be_deleted(EmulatorRuntimeInfo emulator) {
        String folder = folder(emulator, "Live", null);
        String component = component(emulator, folder);
        String packageId = as(emulator).body("{\"componentId\":\"" + component + "\"}").post("/PackagedComponent")
                .then().statusCode(200).extract().path("packageId");
        as(emulator).body("{\"environmentId\":\"" + PRODUCTION + "\",\"packageId\":\"" + packageId + "\"}")
                .post("/DeployedPackage").then().statusCode(200);
        as(emulator).delete("/Folder/" + folder).then().statusCode(400).body("message", containsString("deployed"));
        as(emulator).get("/Folder/" + folder).then().body("deleted", equalTo(false));
    }

    @Test
    void a_rename_or_a_delete_reaches_every_folder_under_it_and_no_other(EmulatorRuntimeInfo emulator) {
        String top = folder(emulator, "Region", null);
        String country = folder(emulator, "Country", top);
        String city = folder(emulator, "City", country);
        String street = folder(emulator, "Street", city);
        String elsewhere = folder(emulator, "Elsewhere", null);
        String aside = folder(emulator, "Aside", elsewhere);

        as(emulator).body("{\"name\":\"Land\"}").post("/Folder/" + country).then().statusCode(200);
        as(emulator).get("/Folder/" + street).then().body("fullPath", equalTo("Region/Land/City/Street"));
        as(emulator).get("/Folder/" + city).then().body("parentName", equalTo("Land"));
        as(emulator).get("/Folder/" + aside).then().body("fullPath", equalTo("Elsewhere/Aside"));

        as(emulator).body("{\"parentId\":\"" + aside + "\"}").post("/Folder/" + city).then().statusCode(200)
                .body("fullPath", equalTo("Elsewhere/Aside/City"));
        as(emulator).get("/Folder/" + street).then().body("fullPath", equalTo("Elsewhere/Aside/City/Street"));

        as(emulator).delete("/Folder/" + elsewhere).then().statusCode(200);
        as(emulator).get("/Folder/" + street).then().body("deleted", equalTo(true));
        as(emulator).get("/Folder/" + country).then().body("deleted", equalTo(false));
        as(emulator).get("/Folder/" + top).then().body("deleted", equalTo(false));
    }

    @Test
    void folders_a_fixture_loaded_in_a_cycle_are_deleted_and_renamed_once(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture("cycled-folders", """
                {"accounts": [{"id": "demo-account", "platform": {"objects": {"Folder": [
                  {"id": "Q3ljbGVB", "name": "A", "parentId": "Q3ljbGVC", "fullPath": "B/A"},
                  {"id": "Q3ljbGVC", "name": "B", "parentId": "Q3ljbGVB", "fullPath": "A/B"}]}}}]}
                """);
        as(emulator).body("{\"name\":\"A2\"}").post("/Folder/Q3ljbGVB").then().statusCode(200);
        as(emulator).get("/Folder/Q3ljbGVC").then().body("parentName", equalTo("A2"));
        as(emulator).delete("/Folder/Q3ljbGVB").then().statusCode(200);
        as(emulator).get("/Folder/Q3ljbGVC").then().body("deleted", equalTo(true));
    }

    private static String folder(EmulatorRuntimeInfo emulator, String name, String parentId) {
        String parent = parentId == null ? "" : ",\"parentId\":\"" + parentId + "\"";
        return as(emulator).body("{\"name\":\"" + name + "\"" + parent + "}").post("/Folder")
                .then().statusCode(200).extract().path("id");
    }

    private static String component(EmulatorRuntimeInfo emulator, String folderId) {
        return Components.createProcess(emulator, "Job", folderId);
    }

    @Test
    void a_fixture_seeds_folders(dev.boomiemulator.client.EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture("seeded-folders", """
                {"accounts": [{"id": "demo-account", "platform": {"objects": {"Folder": [
                  {"id": "Rjo5OTk", "name": "Seeded", "parentId": "", "fullPath": "Seeded"}]}}}]}
                """);
        as(emulator).get("/Folder/Rjo5OTk").then().statusCode(200).body("name", equalTo("Seeded"));
        as(emulator).body(filter("name", "EQUALS", "Seeded")).post("/Folder/query").then()
                .body("numberOfResults", equalTo(1));
    }
}
