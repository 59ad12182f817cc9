package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Components.componentId;
import static dev.boomiemulator.support.Platform.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * The Platform's file requests (ProcessLog, AtomLog, AtomWorkerLog, AtomAS2Artifacts, ExecutionArtifacts,
 * ConnectorDocument): a 202 "Beginning download." with a URL where the real service keeps them, then the file
 * at that URL with the same credentials, made from the emulator's own state.
 */
@BoomiEmulatorTest
class DownloadsApiTest {
    /** A COMPLETE_WARN run of Order Sync on the Retired Atom, 2026-10-24. */
    private static final String WARNED_RUN = "execution-285a1170-f7af-5c82-867a-11adb07ee829-2026.10.24";
    /** An ERROR run on the Demo Atom the same day. */
    private static final String FAILED_RUN = "execution-cd4c7931-74e5-5e31-864b-8af11f58c6af-2026.10.24";
    private static final String COMPLETE_RUN = "execution-42522c0d-19de-5f32-9b39-f9c60a290529-2026.10.24";
    private static final String DEMO_ATOM = "5d8e7b1c-1a2b-4c3d-8e9f-00000000a701";

    @Test
    void a_process_log_request_answers_a_url_whose_zip_holds_the_runs_log(EmulatorRuntimeInfo emulator)
            throws IOException {
        String url = as(emulator).body("{\"executionId\":\"" + WARNED_RUN + "\",\"logLevel\":\"ALL\"}")
                .post("/ProcessLog")
                .then().statusCode(200)
                .body("'@type'", equalTo("LogDownload"))
                .body("statusCode", equalTo("202"))
                .body("message", equalTo("Beginning download."))
                .body("url", startsWith(emulator.baseUrl() + "/account/demo-account/api/download/ProcessLog-"))
                .extract().path("url");

        Response file = download(emulator, url);
        file.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", containsString("ProcessLog-" + WARNED_RUN + ".zip"));
        String log = unzip(file.asByteArray()).get(WARNED_RUN + ".log");
        assertThat(log).contains("Executing process Order Sync", "COMPLETE_WARN", "Retired Atom");
    }

    @Test
    void the_log_level_keeps_only_lines_that_severe_or_more(EmulatorRuntimeInfo emulator) throws IOException {
        String url = as(emulator).body("{\"executionId\":\"" + FAILED_RUN + "\",\"logLevel\":\"SEVERE\"}")
                .post("/ProcessLog").then().statusCode(200).extract().path("url");
        String log = unzip(download(emulator, url).asByteArray()).get(FAILED_RUN + ".log");
        assertThat(log.lines()).hasSize(1).allMatch(line -> line.contains(" SEVERE "));
        assertThat(log).contains("Connection refused by the accounting endpoint");

        as(emulator).body("{\"executionId\":\"" + FAILED_RUN + "\",\"logLevel\":\"severe\"}").post("/ProcessLog")
                .then().statusCode(400).body("message", containsString("logLevel"));
    }

    @Test
    void an_atom_log_lists_the_atoms_runs_of_that_day(EmulatorRuntimeInfo emulator) throws IOException {
        String url = as(emulator).body("{\"atomId\":\"" + DEMO_ATOM + "\",\"logDate\":\"2026-10-24\"}")
                .post("/AtomLog").then().statusCode(200).body("'@type'", equalTo("LogDownload")).extract().path("url");
        String log = unzip(download(emulator, url).asByteArray()).get("2026-10-24.container.log");
        assertThat(log).contains(FAILED_RUN, COMPLETE_RUN).doesNotContain(WARNED_RUN);

        as(emulator).body("{\"atomId\":\"" + DEMO_ATOM + "\",\"logDate\":\"yesterday\"}").post("/AtomLog")
                .then().statusCode(400).body("message", containsString("logDate"));
        as(emulator).body("{\"atomId\":\"no-such-atom\",\"logDate\":\"2026-10-24\"}").post("/AtomLog")
                .then().statusCode(404).body("'@type'", equalTo("Error"));
    }

    @Test
    void execution_artifacts_hold_the_record_and_the_log(EmulatorRuntimeInfo emulator) throws IOException {
        String url = as(emulator).body("{\"executionId\":\"" + COMPLETE_RUN + "\"}").post("/ExecutionArtifacts")
                .then().statusCode(200).body("'@type'", equalTo("LogDownload")).extract().path("url");
        Map<String, String> files = unzip(download(emulator, url).asByteArray());
        assertThat(files).containsKeys(COMPLETE_RUN + "/execution.json", COMPLETE_RUN + "/process.log");
        assertThat(files.get(COMPLETE_RUN + "/execution.json")).contains("\"status\" : \"COMPLETE\"");
    }

    @Test
    void worker_logs_and_as2_artifacts_are_zips_too(EmulatorRuntimeInfo emulator) throws IOException {
        String worker = as(emulator).body("{\"workerId\":\"worker-7\"}").post("/AtomWorkerLog")
                .then().statusCode(200).extract().path("url");
        assertThat(unzip(download(emulator, worker).asByteArray())).containsKey("worker-7.log");
        String as2 = as(emulator).body("{\"atomId\":\"" + DEMO_ATOM + "\",\"logDate\":\"2026-10-24\"}")
                .post("/AtomAS2Artifacts").then().statusCode(200).extract().path("url");
        assertThat(unzip(download(emulator, as2).asByteArray())).containsKey("as2/2026-10-24/README.txt");
    }

    @Test
    void a_worker_name_too_long_is_refused_and_one_with_a_path_quotes_or_controls_names_a_safe_file(
            EmulatorRuntimeInfo emulator) throws IOException {
        as(emulator).body("{\"workerId\":\"" + "w".repeat(201) + "\"}").post("/AtomWorkerLog")
                .then().statusCode(400).body("'@type'", equalTo("Error"))
                .body("message", equalTo("workerId is 201 characters long; a worker's name has at most 200."));
        String longest = as(emulator).body("{\"workerId\":\"" + "w".repeat(200) + "\"}").post("/AtomWorkerLog")
                .then().statusCode(200).extract().path("url");
        assertThat(unzip(download(emulator, longest).asByteArray())).containsOnlyKeys("w".repeat(200) + ".log");
        String worker = as(emulator).body("{\"workerId\":\"../\\\"etc\\u0001\\ud800/worker-7\"}")
                .post("/AtomWorkerLog").then().statusCode(200).extract().path("url");
        Response file = download(emulator, worker);
        assertThat(file.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"AtomWorkerLog-..__etc___worker-7.zip\"");
        assertThat(unzip(file.asByteArray())).containsOnlyKeys("..__etc___worker-7.log");
    }

    @Test
    void a_connector_document_is_the_raw_document_of_a_generic_connector_record(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture("connector-record", "{\"accounts\":[{\"id\":\"records\",\"name\":\"Records\","
                + "\"users\":[{\"username\":\"r@example.com\",\"password\":\"r-password\"}],"
                + "\"platform\":{\"objects\":{\"GenericConnectorRecord\":[{\"id\":\"record-1\","
                + "\"document\":\"<order id=\\\"42\\\"/>\"},{\"id\":\"rec\\\"/1\",\"document\":\"<x/>\"}]}}}]}");
        String url = Platform.as(emulator, "records", "r@example.com", "r-password")
                .body("{\"genericConnectorRecordId\":\"record-1\"}").post("/ConnectorDocument")
                .then().statusCode(200).body("'@type'", equalTo("ConnectorDocumentDownload")).extract().path("url");
        given().auth().preemptive().basic("r@example.com", "r-password").get(url)
                .then().statusCode(200).body(equalTo("<order id=\"42\"/>"));
        // a record id with a quote and a path names a safe download: neither ends the header nor makes a folder
        String odd = Platform.as(emulator, "records", "r@example.com", "r-password")
                .body("{\"genericConnectorRecordId\":\"rec\\\"/1\"}").post("/ConnectorDocument")
                .then().statusCode(200).extract().path("url");
        given().auth().preemptive().basic("r@example.com", "r-password").get(odd).then().statusCode(200)
                .header("Content-Disposition", "attachment; filename=\"ConnectorDocument-rec__1.dat\"")
                .body(equalTo("<x/>"));
        Platform.as(emulator, "records", "r@example.com", "r-password")
                .body("{\"genericConnectorRecordId\":\"record-2\"}").post("/ConnectorDocument").then().statusCode(404);
    }

    @Test
    void the_connection_licensing_report_lists_the_connections_deployed_processes_use(EmulatorRuntimeInfo emulator) {
        String connection = componentId(as(emulator).contentType("application/xml").body(
                "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" name=\"Orders DB\" "
                        + "type=\"connector-settings\"><bns:object><DatabaseConnection host=\"db\"/></bns:object>"
                        + "</bns:Component>").post("/Component").then().statusCode(200).extract().asString());
        String process = componentId(as(emulator).contentType("application/xml").body(
                "<bns:Component xmlns:bns=\"http://api.platform.boomi.com/\" name=\"Sync\" type=\"process\">"
                        + "<bns:object><process><connectoraction connectionId=\"" + connection + "\"/></process>"
                        + "</bns:object></bns:Component>").post("/Component").then().statusCode(200).extract().asString());
        String packageId = as(emulator).body("{\"componentId\":\"" + process + "\"}").post("/PackagedComponent")
                .then().statusCode(200).extract().path("packageId");
        as(emulator).body("{\"environmentId\":\"3f1c2a9e-0b7d-4c55-9a11-000000000001\",\"packageId\":\""
                + packageId + "\"}").post("/DeployedPackage").then().statusCode(200);

        String url = as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\","
                        + "\"property\":\"componentId\",\"argument\":[\"" + connection + "\"]}}}")
                .post("/ConnectionLicensingReport").then().statusCode(200)
                .body("'@type'", equalTo("ConnectionLicensingDownload"))
                .body("statusCode", equalTo("202"))
                .extract().path("url");
        String csv = download(emulator, url).then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv.lines()).hasSize(2);
        assertThat(csv).contains(connection + ",Orders DB,connector-settings,standard", "Production,PROD," + process);
    }

    @Test
    void a_download_needs_the_accounts_credentials_and_is_the_accounts_alone(EmulatorRuntimeInfo emulator) {
        String url = as(emulator).body("{\"executionId\":\"" + WARNED_RUN + "\"}").post("/ProcessLog")
                .then().statusCode(200).extract().path("url");
        given().accept("application/json").get(url).then().statusCode(401)
                .body("message", containsString("Authentication"));
        given().auth().preemptive().basic("other@example.com", "other-password").get(url).then().statusCode(403);
        String foreign = url.replace("/account/demo-account/", "/account/other-account/");
        given().auth().preemptive().basic("other@example.com", "other-password").accept("application/json")
                .get(foreign).then().statusCode(404).body("'@type'", equalTo("Error"));
    }

    @Test
    void a_request_for_an_unknown_run_is_a_404_and_leaves_no_download(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"executionId\":\"execution-nope\"}").post("/ProcessLog").then().statusCode(404)
                .body("message", containsString("execution-nope"));
        as(emulator).body("{}").post("/ProcessLog").then().statusCode(400)
                .body("message", equalTo("executionId is required."));
    }

    @Test
    void the_request_answers_in_xml_by_default(EmulatorRuntimeInfo emulator) {
        Platform.xml(emulator).body("<bns:ProcessLog xmlns:bns=\"http://api.platform.boomi.com/\" executionId=\""
                        + WARNED_RUN + "\"/>")
                .post("/ProcessLog").then().statusCode(200)
                .body(containsString("<bns:LogDownload"))
                .body(containsString("statusCode=\"202\""));
    }

    private static Response download(EmulatorRuntimeInfo emulator, String url) {
        return given().auth().preemptive().basic(emulator.username(), emulator.password()).get(url);
    }

    private static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
