package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Demo.ORDER_SYNC_PACKAGE_3;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Branches: made from a branch or a package, ready once created on the emulator clock, unique names. */
@BoomiEmulatorTest
class BranchApiTest {
    /** The demo account's main branch (default fixtures). */
    private static final String MAIN = "QjoxMDAwMDE";

    @BeforeEach
    void freeze_the_clock(EmulatorRuntimeInfo emulator) {
        emulator.control().freezeClock();
    }

    @Test
    void a_branch_is_creating_until_the_clock_passes_its_creation(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body("{\"name\":\"feature-1\",\"parentId\":\"" + MAIN + "\"}").post("/Branch")
                .then().statusCode(200)
                .body("'@type'", equalTo("Branch"))
                .body("ready", equalTo(false))
                .body("stage", equalTo("CREATING"))
                .body("parentId", equalTo(MAIN))
                .body("createdBy", equalTo("demo@example.com"))
                .extract().path("id");
        as(emulator).get("/Branch/" + id).then().body("ready", equalTo(false));
        emulator.control().advanceClock(Duration.ofSeconds(2));
        as(emulator).get("/Branch/" + id).then().body("ready", equalTo(true)).body("stage", equalTo("NORMAL"));
        as(emulator).body("{}").post("/Branch/query").then().statusCode(200).body("numberOfResults", equalTo(2));
    }

    @Test
    void a_query_filter_on_branches_is_refused_saying_there_is_nothing_to_filter_by(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\",\"property\":\"name\","
                        + "\"argument\":[\"main\"]}}}").post("/Branch/query").then().statusCode(400)
                .body("message", containsString("names no filterable property of Branch"))
                .body("message", containsString("without a QueryFilter"));
    }

    @Test
    void names_are_unique_updates_rename_and_deletes_keep_the_record(EmulatorRuntimeInfo emulator) {
        String id = as(emulator).body("{\"name\":\"release\",\"packageId\":\"" + ORDER_SYNC_PACKAGE_3 + "\"}")
                .post("/Branch").then().statusCode(200).extract().path("id");
        as(emulator).body("{\"name\":\"release\",\"parentId\":\"" + MAIN + "\"}").post("/Branch").then()
                .statusCode(400).body("message", containsString("already exists"));
        as(emulator).body("{\"name\":\"release-2\",\"stage\":\"DELETED\"}").post("/Branch/" + id).then().statusCode(200)
                .body("name", equalTo("release-2")).body("stage", equalTo("CREATING"));
        as(emulator).delete("/Branch/" + id).then().statusCode(200);
        as(emulator).get("/Branch/" + id).then().statusCode(200).body("deleted", equalTo(true));
        as(emulator).body("{\"name\":\"release-2\",\"parentId\":\"" + MAIN + "\"}").post("/Branch").then()
                .statusCode(200); // the name is free again
        as(emulator).delete("/Branch/" + MAIN).then().statusCode(400).body("message", containsString("main"));
    }

    @Test
    void a_fixture_branch_with_an_unreadable_date_is_refused_with_the_field_named(EmulatorRuntimeInfo emulator) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> emulator.control().loadFixture("creating-branch",
                        "{\"accounts\":[{\"id\":\"branches\",\"name\":\"Branches\",\"users\":[{\"username\":"
                        + "\"b@example.com\",\"password\":\"b-password\"}],\"platform\":{\"objects\":{\"Branch\":"
                        + "[{\"id\":\"b1\",\"name\":\"old\",\"stage\":\"CREATING\",\"createdDate\":\"last week\"}]}}}]}"))
                .hasMessageContaining("createdDate").hasMessageContaining("400");
    }

    @Test
    void a_branch_needs_a_real_parent_or_package(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"name\":\"x\"}").post("/Branch").then().statusCode(400);
        as(emulator).body("{\"name\":\"x\",\"parentId\":\"nope\"}").post("/Branch").then().statusCode(400);
        as(emulator).body("{\"name\":\"x\",\"packageId\":\"nope\"}").post("/Branch").then().statusCode(400);
        as(emulator).body("{\"parentId\":\"" + MAIN + "\"}").post("/Branch").then().statusCode(400)
                .body("message", containsString("name"));
    }
}
