package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.anonymous;
import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.ConnectorArchives;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

@BoomiEmulatorTest
class ConnectorVersionApiTest {
    static final String GROUP = "demo-account-sample";

    static byte[] archive() {
        return ConnectorArchives.minimal();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static RequestSpecification upload(EmulatorRuntimeInfo emulator, byte[] archive, String groupType) {
        RequestSpecification request = as(emulator).contentType("multipart/form-data");
        if (archive != null) {
            request.multiPart("connectorVersionArchive", "connector.car.zip", archive, "application/zip");
        }
        if (groupType != null) {
            request.multiPart("groupType", groupType);
        }
        return request;
    }

    static String groupFilter(String groupType) {
        return "{\"QueryFilter\":{\"expression\":{\"argument\":[\"" + groupType + "\"],\"operator\":\"EQUALS\",\"property\":\"GROUP_TYPE\"}}}";
    }

    @Test
    void upload_creates_the_groups_next_version_that_query_then_lists(EmulatorRuntimeInfo emulator) {
        upload(emulator, archive(), GROUP).multiPart("changeLog", "Faster paging")
                .post("/ConnectorVersion")
                .then().statusCode(200)
                .body("'@type'", equalTo("ConnectorVersion"))
                .body("groupType", equalTo(GROUP))
                .body("versionId", equalTo("4"))
                .body("changeLog", equalTo("Faster paging"))
                .body("uploadedBy.email", equalTo(emulator.username()))
                .body("uploadedDate", notNullValue())
                .body("deleted", equalTo(false));
        as(emulator).body(groupFilter(GROUP)).post("/ConnectorVersion/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(4))
                .body("result[3].versionId", equalTo("4"))
                .body("result[1].reviewStatus", equalTo("PENDING"))
                .body("result[1].pendingConnectorReview.submittedBy.email", equalTo("demo@example.com"));
    }

    @Test
    void a_matching_sha256_is_accepted_and_a_wrong_one_is_400(EmulatorRuntimeInfo emulator) throws Exception {
        byte[] archive = archive();
        String right = sha256(archive);
        // another first digit: "00" + the rest matched whenever the archive's sum began with 00 (its zip entry carries
        // the time it was made, so 1 run in 256)
        String wrong = (right.charAt(0) == '0' ? "1" : "0") + right.substring(1);
        upload(emulator, archive, GROUP).multiPart("sha256Checksum", right.toUpperCase())
                .post("/ConnectorVersion").then().statusCode(200);
        upload(emulator, archive, GROUP).multiPart("sha256Checksum", wrong)
                .post("/ConnectorVersion").then().statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("message", containsString("sha256Checksum"));
    }

    @Test
    void an_unknown_group_is_400(EmulatorRuntimeInfo emulator) {
        upload(emulator, archive(), "demo-account-nope").post("/ConnectorVersion")
                .then().statusCode(400).body("message", containsString("demo-account-nope"));
    }

    @Test
    void missing_parts_a_non_zip_archive_or_a_json_body_are_400(EmulatorRuntimeInfo emulator) {
        upload(emulator, null, GROUP).post("/ConnectorVersion")
                .then().statusCode(400).body("message", containsString("connectorVersionArchive"));
        upload(emulator, archive(), null).post("/ConnectorVersion")
                .then().statusCode(400).body("message", containsString("groupType"));
        upload(emulator, "not a zip".getBytes(StandardCharsets.UTF_8), GROUP).post("/ConnectorVersion")
                .then().statusCode(400).body("message", containsString(".zip"));
        as(emulator).body("{\"groupType\":\"" + GROUP + "\"}").post("/ConnectorVersion")
                .then().statusCode(400).body("message", containsString("multipart"));
    }

    @Test
    void delete_marks_a_free_version_deleted_and_keeps_it_queryable(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{}").delete("/ConnectorVersion/" + GROUP + "/3").then().statusCode(200);
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"and\",\"nestedExpression\":["
                        + "{\"property\":\"GROUP_TYPE\",\"operator\":\"EQUALS\",\"argument\":[\"" + GROUP + "\"]},"
                        + "{\"property\":\"deleted\",\"operator\":\"EQUALS\",\"argument\":[\"true\"]}]}}}")
                .post("/ConnectorVersion/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].versionId", equalTo("3"))
                .body("result[0].deletedBy.email", equalTo(emulator.username()))
                .body("result[0].deletedDate", notNullValue());
        as(emulator).delete("/ConnectorVersion/" + GROUP + "/3")
                .then().statusCode(400).body("message", containsString("already deleted"));
        // version numbers are not reused
        upload(emulator, archive(), GROUP).post("/ConnectorVersion").then().statusCode(200).body("versionId", equalTo("4"));
    }

    @Test
    void delete_of_a_version_in_use_or_under_review_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).delete("/ConnectorVersion/" + GROUP + "/1")
                .then().statusCode(400).body("message", containsString("in use"));
        as(emulator).delete("/ConnectorVersion/" + GROUP + "/2")
                .then().statusCode(400).body("message", containsString("PENDING"));
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"deleted\",\"operator\":\"EQUALS\",\"argument\":[\"false\"]}}}")
                .post("/ConnectorVersion/query").then().body("numberOfResults", equalTo(3));
    }

    @Test
    void delete_with_the_seeds_body_form_works_and_unknown_versions_are_404(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"groupType\":\"" + GROUP + "\",\"versionId\":\"3\"}").delete("/ConnectorVersion")
                .then().statusCode(200);
        as(emulator).delete("/ConnectorVersion/" + GROUP + "/99").then().statusCode(404).body("'@type'", equalTo("Error"));
        as(emulator).delete("/ConnectorVersion/no-group/1").then().statusCode(404);
        as(emulator).body("{\"groupType\":\"" + GROUP + "\"}").delete("/ConnectorVersion")
                .then().statusCode(400).body("message", containsString("versionId"));
    }

    @Test
    void an_account_holds_at_most_1500_versions_and_queryMore_pages_them(EmulatorRuntimeInfo emulator) {
        StringBuilder versions = new StringBuilder();
        for (int i = 1; i <= 1500; i++) {
            versions.append(i == 1 ? "" : ",").append("{\"versionId\":\"").append(i).append("\"}");
        }
        emulator.control().loadFixture("{\"accounts\":[{\"id\":\"connector-account\",\"users\":[{\"username\":\"c@example.com\","
                + "\"password\":\"c-password\"}],\"platform\":{\"connectorGroups\":[{\"groupType\":\"connector-account-big\","
                + "\"versions\":[" + versions + "]}]}}]}");
        RequestSpecification big = as(emulator, "connector-account", "c@example.com", "c-password").contentType("multipart/form-data")
                .multiPart("connectorVersionArchive", "c.zip", archive(), "application/zip")
                .multiPart("groupType", "connector-account-big");
        big.post("/ConnectorVersion").then().statusCode(400).body("message", containsString("1500"));

        String token = as(emulator, "connector-account", "c@example.com", "c-password")
                .body(groupFilter("connector-account-big")).post("/ConnectorVersion/query")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1500))
                .body("result", hasSize(100))
                .extract().path("queryToken");
        as(emulator, "connector-account", "c@example.com", "c-password").contentType(ContentType.TEXT).body(token)
                .post("/ConnectorVersion/queryMore")
                .then().statusCode(200).body("result", hasSize(100)).body("result[0].versionId", equalTo("101"));

        as(emulator, "connector-account", "c@example.com", "c-password").delete("/ConnectorVersion/connector-account-big/7")
                .then().statusCode(200);
        as(emulator, "connector-account", "c@example.com", "c-password").contentType("multipart/form-data")
                .multiPart("connectorVersionArchive", "c.zip", archive(), "application/zip")
                .multiPart("groupType", "connector-account-big")
                .post("/ConnectorVersion").then().statusCode(200).body("versionId", equalTo("1501"));
    }

    @Test
    void query_on_an_unknown_property_is_400(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"QueryFilter\":{\"expression\":{\"property\":\"CLASSIFICATION\",\"operator\":\"EQUALS\",\"argument\":[\"x\"]}}}")
                .post("/ConnectorVersion/query").then().statusCode(400).body("message", containsString("CLASSIFICATION"));
        as(emulator).body(groupFilter("demo-account-inventory")).post("/ConnectorVersion/query")
                .then().statusCode(200).body("numberOfResults", equalTo(0)).body("queryToken", nullValue());
    }

    @Test
    void without_credentials_is_401_and_another_account_is_403(EmulatorRuntimeInfo emulator) {
        anonymous(emulator).body(groupFilter(GROUP)).post("/ConnectorVersion/query").then().statusCode(401);
        as(emulator, emulator.accountId(), "other@example.com", "other-password").delete("/ConnectorVersion/" + GROUP + "/3")
                .then().statusCode(403);
        as(emulator, "other-account", "other@example.com", "other-password").body(groupFilter(GROUP))
                .post("/ConnectorVersion/query").then().statusCode(200).body("numberOfResults", equalTo(0));
    }
}
