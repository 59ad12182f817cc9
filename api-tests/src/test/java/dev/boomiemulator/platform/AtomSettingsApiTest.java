package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Components;
import dev.boomiemulator.support.Demo;
import dev.boomiemulator.support.Platform;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The settings kept per Atom: shared web server, start-up properties and persisted process properties. */
@BoomiEmulatorTest
class AtomSettingsApiTest {
    private static final String ATOM = Demo.ONLINE_ATOM;

    @Test
    void an_atom_has_its_shared_server_defaults_before_any_update(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/SharedServerInformation/" + ATOM).then().statusCode(200)
                .body("'@type'", equalTo("SharedServerInformation"))
                .body("atomId", equalTo(ATOM))
                .body("apiType", equalTo("intermediate"))
                .body("httpPort", equalTo(9090)).body("httpsPort", equalTo(9093))
                .body("minAuth", equalTo("none"))
                .body("url", equalTo("http://demo-host-01:9090"))
                .body("$", not(hasKey("auth"))); // a GET does not show auth, as the document says
        as(emulator).get("/SharedServerInformation/no-such-atom").then().statusCode(404);
        as(emulator).get("/SharedServerInformation/" + Demo.OTHER_ATOM).then().statusCode(404); // another account's
    }

    @Test
    void an_update_follows_the_documents_rules(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"apiType\":\"advanced\",\"auth\":\"basic\",\"httpPort\":8080,\"externalHost\":\"api.example.com\"}")
                .post("/SharedServerInformation/" + ATOM).then().statusCode(200)
                .body("auth", equalTo("basic"))
                .body("authToken", matchesPattern("[0-9a-f-]{36}")) // made, since basic authentication needs one
                .body("url", equalTo("http://api.example.com:8080"));
        as(emulator).body("{\"apiType\":\"basic\"}").post("/SharedServerInformation/" + ATOM).then().statusCode(200)
                .body("apiType", equalTo("basic")).body("httpPort", equalTo(8080)); // the type alone
        as(emulator).body("{\"externalHost\":\"\"}").post("/SharedServerInformation/" + ATOM).then().statusCode(200)
                .body("externalHost", nullValue()).body("url", equalTo("http://demo-host-01:8080")); // "" clears
        as(emulator).body("{\"authToken\":\"mine\"}").post("/SharedServerInformation/" + ATOM).then().statusCode(400)
                .body("message", containsString("authToken cannot be set"));
        as(emulator).body("{\"auth\":\"none\",\"minAuth\":\"basic\"}").post("/SharedServerInformation/" + ATOM).then()
                .statusCode(400).body("message", containsString("minAuth is basic"));
        as(emulator).body("{\"httpPort\":70000}").post("/SharedServerInformation/" + ATOM).then().statusCode(400);
        as(emulator).body("{\"apiType\":\"premium\"}").post("/SharedServerInformation/" + ATOM).then().statusCode(400);
        as(emulator).body("{\"sslCertificateId\":\"no-such-component\"}").post("/SharedServerInformation/" + ATOM)
                .then().statusCode(400).body("message", containsString("not a component"));
        as(emulator).get("/SharedServerInformation/" + ATOM).then().body("apiType", equalTo("basic"))
                .body("httpPort", equalTo(8080)); // the refused updates changed nothing
        String certificate = Components.createProcess(emulator, "Stands in for a certificate");
        as(emulator).body("{\"sslCertificateId\":\"" + certificate + "\",\"httpsPort\":8443}")
                .post("/SharedServerInformation/" + ATOM).then().statusCode(200)
                .body("url", equalTo("https://demo-host-01:8443"));
    }

    @Test
    void boomicicd_clis_update_shared_server_body_is_taken_as_the_real_service_takes_it(EmulatorRuntimeInfo emulator) {
        // json/updateSharedServer.json of OfficialBoomi/boomicicd-cli: booleans as text, minAuth for auth
        as(emulator).body("{\"atomId\":\"" + ATOM + "\",\"url\":\"https://gateway.example.com/ws\","
                        + "\"apiType\":\"advanced\",\"overrideUrl\":\"true\",\"minAuth\":\"none\"}")
                .post("/SharedServerInformation/" + ATOM + "/update").then().statusCode(200)
                .body("apiType", equalTo("advanced"))
                .body("overrideUrl", equalTo(true))
                .body("url", equalTo("https://gateway.example.com/ws"));
        as(emulator).get("/SharedServerInformation/" + ATOM).then().body("url", equalTo("https://gateway.example.com/ws"));
    }

    @Test
    void the_web_server_shows_the_shared_settings_and_keeps_its_own(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/SharedWebServer/" + ATOM).then().statusCode(200)
                .body("'@type'", equalTo("SharedWebServer"))
                .body("generalSettings.apiType", equalTo("intermediate"))
                .body("generalSettings.listenerPorts.port.port", equalTo(List.of(9090, 9093)))
                .body("corsConfiguration.origins", equalTo(List.of()));
        as(emulator).body("{\"apiType\":\"advanced\",\"auth\":\"none\",\"httpPort\":9191}")
                .post("/SharedServerInformation/" + ATOM).then().statusCode(200);
        as(emulator).get("/SharedWebServer/" + ATOM).then()
                .body("generalSettings.apiType", equalTo("advanced"))
                .body("generalSettings.baseUrl", equalTo("http://demo-host-01:9191"))
                .body("cloudTennantGeneral.listenerPorts.port[0].port", equalTo(9191));
        as(emulator).body("{\"generalSettings\":{\"maxNumberOfThreads\":40},\"userManagement\":"
                        + "{\"enableAPIMInternalRoles\":true}}")
                .post("/SharedWebServer/" + ATOM).then().statusCode(200)
                .body("generalSettings.maxNumberOfThreads", equalTo(40))
                .body("generalSettings.apiType", equalTo("advanced")) // merged, not replaced
                .body("userManagement.enableAPIMInternalRoles", equalTo(true));
        as(emulator).get("/SharedServerInformation/" + ATOM).then().body("maxThreads", equalTo(40));
        as(emulator).body("{\"generalSettings\":{\"apiType\":\"premium\"}}").post("/SharedWebServer/" + ATOM).then()
                .statusCode(400);
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + ATOM + "\"},{\"id\":\"nope\"}]}")
                .post("/SharedWebServer/bulk").then().statusCode(200)
                .body("response.statusCode", equalTo(List.of(200, 400))) // an unknown id in a bulk is a 400, as everywhere
                .body("response[0].Result.userManagement.enableAPIMInternalRoles", equalTo(true));
    }

    @Test
    void startup_properties_are_read_only_and_follow_the_server(EmulatorRuntimeInfo emulator) {
        as(emulator).get("/AtomStartupProperties/" + ATOM).then().statusCode(200)
                .body("'@type'", equalTo("AtomStartupProperties")).body("id", equalTo(ATOM))
                .body("Property.find { it.name == 'com.boomi.container.name' }.value", equalTo("Demo Atom"));
        as(emulator).body("{\"apiType\":\"basic\",\"auth\":\"none\",\"httpPort\":9292}")
                .post("/SharedServerInformation/" + ATOM).then().statusCode(200);
        as(emulator).get("/AtomStartupProperties/" + ATOM).then()
                .body("Property.find { it.name == 'com.boomi.container.sharedServer.http.port' }.value", equalTo("9292"));
        as(emulator).body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + ATOM + "\"}]}")
                .post("/AtomStartupProperties/bulk").then().body("response[0].statusCode", equalTo(200));
        as(emulator).body("{}").post("/AtomStartupProperties/" + ATOM).then().statusCode(org.hamcrest.Matchers.anyOf(
                equalTo(404), equalTo(405)));
    }

    @Test
    void a_fixture_gives_an_atom_the_settings_a_real_one_has(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture("seeded-atom", """
                {"accounts": [{"id": "seeded-account", "name": "Seeded", "users": [{"username": "s@example.com",
                  "password": "s-password"}],
                  "platform": {"atoms": [{"id": "seeded-atom", "name": "Seeded Atom"}],
                    "objects": {"AtomStartupProperties": [{"id": "seeded-atom",
                                  "Property": [{"name": "-Xmx", "value": "2g"}]}],
                                "SharedServerInformation": [{"atomId": "seeded-atom", "apiType": "advanced",
                                  "auth": "none", "httpPort": 9595}]}}}]}
                """);
        var seeded = Platform.as(emulator, "seeded-account", "s@example.com", "s-password");
        seeded.get("/AtomStartupProperties/seeded-atom").then().statusCode(200)
                .body("Property.value", equalTo(List.of("2g")));
        Platform.as(emulator, "seeded-account", "s@example.com", "s-password")
                .get("/SharedWebServer/seeded-atom").then().statusCode(200)
                .body("generalSettings.apiType", equalTo("advanced"))
                .body("generalSettings.listenerPorts.port[0].port", equalTo(9595));
    }

    @Test
    void persisted_process_properties_are_replaced_whole_and_read_asynchronously(EmulatorRuntimeInfo emulator) {
        String properties = "{\"Process\":[{\"processId\":\"" + Demo.ORDER_SYNC + "\",\"ProcessProperties\":"
                + "{\"ProcessProperty\":[{\"componentId\":\"p1\",\"ProcessPropertyValue\":[{\"key\":\"lastRun\","
                + "\"value\":\"2026-01-01\"}]}]}}]}";
        as(emulator).body(properties).post("/PersistedProcessProperties/" + ATOM).then().statusCode(200)
                .body("atomId", equalTo(ATOM)).body("Process.processId", equalTo(List.of(Demo.ORDER_SYNC)));
        String token = as(emulator).get("/async/PersistedProcessProperties/" + ATOM).then().statusCode(200)
                .body("responseStatusCode", equalTo(202)).extract().path("asyncToken.token");
        as(emulator).get("/async/PersistedProcessProperties/response/" + token).then().statusCode(200)
                .body("result[0].Process[0].ProcessProperties.ProcessProperty[0].ProcessPropertyValue[0].value",
                        equalTo("2026-01-01"));
        as(emulator).body("{\"Process\":[]}").post("/PersistedProcessProperties/" + ATOM).then().statusCode(200);
        as(emulator).get("/async/PersistedProcessProperties/response/" + token).then()
                .body("result[0].Process", equalTo(List.of())); // the update replaced them all
        as(emulator).body("{\"Process\":[{\"processId\":\"nope\",\"ProcessProperties\":{}}]}")
                .post("/PersistedProcessProperties/" + ATOM).then().statusCode(400)
                .body("message", containsString("not a process"));
        as(emulator).get("/async/PersistedProcessProperties/no-such-atom").then().statusCode(404);
        Platform.xml(emulator).get("/SharedServerInformation/" + ATOM).then().statusCode(200)
                .body(containsString("<bns:SharedServerInformation"));
    }
}
