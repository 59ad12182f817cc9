package dev.boomiemulator.connectnow;

import static dev.boomiemulator.support.ConnectNow.anonymous;
import static dev.boomiemulator.support.ConnectNow.as;
import static dev.boomiemulator.support.ConnectNow.auth;
import static dev.boomiemulator.support.ConnectNow.body;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Platform;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** The extension reads and upserts of an installed pack, and getOAuth2AccessTokenURL. */
@BoomiEmulatorTest
class ExtensionOperationsApiTest {
    static final String ACCOUNT = "demo-account";
    static final String INSTANCE = "SW50ZWdyYXRpb25QYWNrSW5zdGFuY2UyMA";
    static final String SINGLE_PACK = "a3c4917d-9622-4c5f-978c-0f02b5f5457a";
    static final String PRODUCTION = "3f1c2a9e-0b7d-4c55-9a11-000000000001";
    static final String TEST_ENV = "3f1c2a9e-0b7d-4c55-9a11-000000000002";
    static final String SFTP = "c0a1b2c3-0000-4000-8000-00000000c101";
    static final String ORDER_API = "c0a1b2c3-0000-4000-8000-00000000c102";
    static final String SETTINGS = "d0a1b2c3-0000-4000-8000-00000000d101";
    static final String UOM = "e0a1b2c3-0000-4000-8000-00000000e101";
    static final String MAP = "f0a1b2c3-0000-4000-8000-00000000f101";
    static final String WRAPPER_INT = "0331193a-2675-4f33-97fc-e050a4fd4eec";

    private static String read(String id, String type) {
        return body("accountId", ACCOUNT, "id", id, "@type", type);
    }

    private static JsonPath connections(EmulatorRuntimeInfo emulator) {
        return as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedConnectionsForInstalledIPack")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void connections_show_defaults_and_never_an_encrypted_value(EmulatorRuntimeInfo emulator) {
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedConnectionsForInstalledIPack")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(2))
                .body("result[0].'@type'", equalTo("Connection"))
                .body("result[0].id", equalTo(SFTP))
                .body("result[0].environmentId", equalTo(PRODUCTION))
                .body("result[0].extensionGroupId", equalTo(INSTANCE))
                .body("result[0].field[0].id", equalTo("host"))
                .body("result[0].field[0].value", equalTo("sftp.partner.example.com"))
                .body("result[0].field[0].useDefault", equalTo(true))
                .body("result[0].field[3].id", equalTo("password"))
                .body("result[0].field[3].usesEncryption", equalTo(true))
                .body("result[0].field[3].encryptedValueSet", equalTo(true))
                .body("result[0].field[3]", not(hasKey("value")))
                .body("result[1].field[1].isOAuth2", equalTo(true))
                .body("result[1].field[1].oAuth2TokenURL", startsWith("https://auth.example.com/oauth2/authorize"))
                .body("result[1].field[1].encryptedValueSet", equalTo(false));
    }

    @Test
    void the_install_type_hint_must_match_the_pack_when_it_names_one(EmulatorRuntimeInfo emulator) {
        as(emulator).body(read(INSTANCE, "SINGLE")).post("/getExtendedConnectionsForInstalledIPack")
                .then().statusCode(400).body("message", containsString("MULTI"));
        as(emulator).body(read(INSTANCE, "multi")).post("/getExtendedProcessPropertiesForInstalledIPack").then().statusCode(200);
        as(emulator).body(read(INSTANCE, "")).post("/getExtendedCrossReferenceTablesForInstalledIPack").then().statusCode(200);
        as(emulator).body(body("accountId", ACCOUNT, "id", INSTANCE)).post("/getExtendedMapsForInstalledIPack").then().statusCode(200);
        as(emulator).body(read("nope", "MULTI")).post("/getExtendedMapsForInstalledIPack").then().statusCode(404);
        as(emulator).body(body("accountId", ACCOUNT)).post("/getExtendedMapsForInstalledIPack")
                .then().statusCode(400).body("message", containsString("id"));
    }

    @Test
    void process_properties_and_cross_reference_tables_show_the_packs_defaults(EmulatorRuntimeInfo emulator) {
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedProcessPropertiesForInstalledIPack")
                .then().statusCode(200)
                .body("result[0].'@type'", equalTo("OverrideProcessProperty"))
                .body("result[0].id", equalTo(SETTINGS))
                .body("result[0].processProperties.key", contains("inboundFolder", "archiveDays", "apiKey"))
                .body("result[0].processProperties[1].value", equalTo("30"))
                .body("result[0].processProperties[2].encryptedValueSet", equalTo(false));
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedCrossReferenceTablesForInstalledIPack")
                .then().statusCode(200)
                .body("result[0].'@type'", equalTo("CrossReference"))
                .body("result[0].columnNames", equalTo("Partner UOM,Our UOM,Factor"))
                .body("result[0].overrideValues", equalTo(false))
                .body("result[0].CrossReferenceRows.row", hasSize(3))
                .body("result[0].CrossReferenceRows.row[1].ref2", equalTo("box"))
                .body("result[0].CrossReferenceRows.row[1]", not(hasKey("ref4")));
    }

    @Test
    void upsertEnvironmentExtensions_changes_what_the_reads_return(EmulatorRuntimeInfo emulator) {
        String upsert = """
                {"accountId":"demo-account","iPackInstanceId":"%s","@ipackType":"MULTI","auth":"",
                 "processPropertyContainers":[{"@type":"","environmentId":"","id":"%s","name":"",
                   "processProperties":[{"key":"archiveDays","label":"","encryptedValueSet":false,"value":"60"},
                                        {"key":"apiKey","value":"s3cret"}]}],
                 "connections":[{"@type":"","id":"%s","name":"","field":[
                   {"@type":"","id":"host","encryptedValueSet":false,"usesEncryption":false,"componentOverride":false,"value":"sftp.acme.example.com","isOAuth2":false,"oAuth2TokenURL":""},
                   {"id":"password","value":"new-secret"}]}],
                 "crossReferenceTables":[{"@type":"","id":"%s","overrideValues":true,"name":"","columnNames":"",
                   "CrossReferenceRows":{"@type":"","row":[{"@type":"CrossReferenceRow","ref1":"PL","ref2":"pallet","ref3":"1000"}]}}]}
                """.formatted(INSTANCE, SETTINGS, SFTP, UOM);
        as(emulator).body(upsert).post("/upsertEnvironmentExtensions")
                .then().statusCode(200)
                .body("'@type'", equalTo("IntegrationPackInstanceExtensions"))
                .body("iPackInstanceId", equalTo(INSTANCE))
                .body("connections[0].field[0].value", equalTo("sftp.acme.example.com"))
                .body("connections[0].field[0].useDefault", equalTo(false))
                .body("connections[0].field[3]", not(hasKey("value")))
                .body("processPropertyContainers[0].processProperties[1].value", equalTo("60"))
                .body("processPropertyContainers[0].processProperties[2].encryptedValueSet", equalTo(true))
                .body("processPropertyContainers[0].processProperties[2]", not(hasKey("value")))
                .body("crossReferenceTables[0].overrideValues", equalTo(true))
                .body("crossReferenceTables[0].CrossReferenceRows.row", hasSize(1))
                .body("crossReferenceTables[0].CrossReferenceRows.row[0].ref2", equalTo("pallet"));

        JsonPath after = connections(emulator);
        org.junit.jupiter.api.Assertions.assertEquals("sftp.acme.example.com", after.getString("result[0].field[0].value"));
        org.junit.jupiter.api.Assertions.assertFalse(after.getString("result").contains("new-secret"));
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedProcessPropertiesForInstalledIPack")
                .then().body("result[0].processProperties[1].value", equalTo("60"))
                .body(not(containsString("s3cret")));
    }

    @Test
    void useDefault_and_overrideValues_false_go_back_to_the_packs_values(EmulatorRuntimeInfo emulator) {
        as(emulator).body("""
                {"accountId":"demo-account","iPackInstanceId":"%s","connections":[{"id":"%s","field":[{"id":"port","value":"2222"}]}],
                 "crossReferenceTables":[{"id":"%s","CrossReferenceRows":{"row":[{"ref1":"X"}]}}]}
                """.formatted(INSTANCE, SFTP, UOM)).post("/upsertEnvironmentExtensions").then().statusCode(200)
                .body("connections[0].field[1].value", equalTo("2222"))
                .body("crossReferenceTables[0].CrossReferenceRows.row[0].ref3", equalTo(""));
        as(emulator).body("""
                {"accountId":"demo-account","iPackInstanceId":"%s","connections":[{"id":"%s","field":[{"id":"port","useDefault":"true"}]}],
                 "crossReferenceTables":[{"id":"%s","overrideValues":"false"}]}
                """.formatted(INSTANCE, SFTP, UOM)).post("/upsertEnvironmentExtensions").then().statusCode(200)
                .body("connections[0].field[1].value", equalTo("22"))
                .body("connections[0].field[1].useDefault", equalTo(true))
                .body("crossReferenceTables[0].overrideValues", equalTo(false))
                .body("crossReferenceTables[0].CrossReferenceRows.row", hasSize(3));
    }

    @Test
    void a_read_sent_back_unchanged_changes_nothing(EmulatorRuntimeInfo emulator) {
        JsonPath before = connections(emulator);
        String connectionsJson = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(before.getList("result")).toString();
        as(emulator).body("{\"accountId\":\"demo-account\",\"iPackInstanceId\":\"" + INSTANCE + "\",\"connections\":" + connectionsJson + "}")
                .post("/upsertEnvironmentExtensions").then().statusCode(200)
                .body("connections[0].field.useDefault", everyItem(equalTo(true)));
        // the defaults still apply, and the encrypted default is still set
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedConnectionsForInstalledIPack")
                .then().body("result[0].field[0].value", equalTo("sftp.partner.example.com"))
                .body("result[0].field[3].encryptedValueSet", equalTo(true));
    }

    @Test
    void an_unknown_connection_field_key_or_table_is_400_and_nothing_is_stored(EmulatorRuntimeInfo emulator) {
        as(emulator).body("""
                {"accountId":"demo-account","iPackInstanceId":"%s","connections":[{"id":"%s","field":[{"id":"host","value":"changed"},{"id":"nope","value":"x"}]}]}
                """.formatted(INSTANCE, SFTP)).post("/upsertEnvironmentExtensions")
                .then().statusCode(400).body("message", containsString("nope"));
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedConnectionsForInstalledIPack")
                .then().body("result[0].field[0].value", equalTo("sftp.partner.example.com"));
        as(emulator).body("{\"accountId\":\"demo-account\",\"iPackInstanceId\":\"" + INSTANCE + "\",\"connections\":[{\"id\":\"no-conn\"}]}")
                .post("/upsertEnvironmentExtensions").then().statusCode(400).body("message", containsString("no-conn"));
        as(emulator).body("{\"accountId\":\"demo-account\",\"iPackInstanceId\":\"" + INSTANCE + "\",\"processPropertyContainers\":[{\"id\":\""
                        + SETTINGS + "\",\"processProperties\":[{\"key\":\"noKey\",\"value\":\"1\"}]}]}")
                .post("/upsertEnvironmentExtensions").then().statusCode(400).body("message", containsString("noKey"));
        as(emulator).body("{\"accountId\":\"demo-account\",\"iPackInstanceId\":\"" + INSTANCE + "\",\"crossReferenceTables\":[{\"id\":\"no-table\"}]}")
                .post("/upsertEnvironmentExtensions").then().statusCode(400).body("message", containsString("no-table"));
        as(emulator).body("{\"accountId\":\"demo-account\",\"iPackInstanceId\":\"" + INSTANCE + "\",\"crossReferenceTables\":[{\"id\":\"" + UOM
                        + "\",\"CrossReferenceRows\":{\"row\":[{\"ref1\":\"a\",\"ref4\":\"too far\"}]}}]}")
                .post("/upsertEnvironmentExtensions").then().statusCode(400).body("message", containsString("ref4"));
        as(emulator).body("{\"accountId\":\"demo-account\",\"iPackInstanceId\":\"nope\"}")
                .post("/upsertEnvironmentExtensions").then().statusCode(404);
        as(emulator).body("{\"accountId\":\"demo-account\",\"iPackInstanceId\":\"" + INSTANCE + "\",\"@ipackType\":\"SINGLE\"}")
                .post("/upsertEnvironmentExtensions").then().statusCode(400);
    }

    @Test
    void values_are_per_environment(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", TEST_ENV, "integrationPackId", "89abcdef-0123-4567-89ab-cdef01234567",
                "integrationPackOverrideName", "Domestic Order Intake")).post("/createIntegrationPackDeployment").then().statusCode(200);
        as(emulator).body("""
                {"accountId":"demo-account","iPackInstanceId":"%s","connections":[{"id":"%s","environmentId":"%s","field":[{"id":"host","value":"test-host"}]}]}
                """.formatted(INSTANCE, SFTP, TEST_ENV)).post("/upsertEnvironmentExtensions").then().statusCode(200);
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedConnectionsForInstalledIPack")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(4))
                .body("result.environmentId", contains(PRODUCTION, PRODUCTION, TEST_ENV, TEST_ENV))
                .body("result[0].field[0].value", equalTo("sftp.partner.example.com"))
                .body("result[2].field[0].value", equalTo("test-host"));
        as(emulator).body("""
                {"accountId":"demo-account","iPackInstanceId":"%s","environmentId":"no-env","connections":[{"id":"%s","field":[{"id":"host","value":"x"}]}]}
                """.formatted(INSTANCE, SFTP)).post("/upsertEnvironmentExtensions")
                .then().statusCode(400).body("message", containsString("not attached"));
    }

    @Test
    void an_instance_attached_to_no_environment_has_no_extensions_to_read_or_set(EmulatorRuntimeInfo emulator) {
        String id = Platform.as(emulator).body("{\"integrationPackId\":\"" + SINGLE_PACK + "\"}").post("/IntegrationPackInstance")
                .then().statusCode(200).extract().path("id");
        as(emulator).body(read(id, "SINGLE")).post("/getExtendedConnectionsForInstalledIPack")
                .then().statusCode(200).body("numberOfResults", equalTo(0));
        as(emulator).body("""
                {"accountId":"demo-account","iPackInstanceId":"%s","connections":[{"id":"c0a1b2c3-0000-4000-8000-00000000c001","field":[{"id":"username","value":"me"}]}]}
                """.formatted(id)).post("/upsertEnvironmentExtensions")
                .then().statusCode(400).body("message", containsString("no environment"));
    }

    @Test
    void maps_show_profiles_mappings_and_functions(EmulatorRuntimeInfo emulator) {
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedMapsForInstalledIPack")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].'@type'", equalTo("EnvironmentMapExtension"))
                .body("result[0].mapId", equalTo(MAP))
                .body("result[0].processId", equalTo(WRAPPER_INT))
                .body("result[0].name", equalTo("Partner Order CSV - Order API JSON"))
                .body("result[0].Map.SourceProfileNodes", hasSize(4))
                .body("result[0].Map.SourceProfileNodes[0].componentId", equalTo("f1a1b2c3-0000-4000-8000-00000000f111"))
                .body("result[0].Map.ExtendedMappings", hasSize(4))
                .body("result[0].Map.ExtendedFunctions[0].type", equalTo("StringConcat"))
                .body("result[0].Map.ExtendedFunctions[0].Inputs.Input[1].key", equalTo(2))
                .body("result[0].Map.ExtendedFunctions[0].Outputs.Output[0].name", equalTo("Result"));
    }

    @Test
    void upsertMapExtensions_replaces_mappings_in_either_form_with_the_accessToken_field(EmulatorRuntimeInfo emulator) {
        String mapExtensionId = as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedMapsForInstalledIPack")
                .then().extract().path("result[0].id");
        anonymous(emulator).body("""
                {"accountId":"demo-account","accessToken":"%s","environmentId":"%s","extensionGroupId":"%s",
                 "Maps":[{"id":"%s","Map":{"SourceProfileNodes":[],"DestinationProfileNodes":[],
                   "ExtendedMappings":{"@type":"MapExtensionsExtendedMappings","Mapping":[
                     {"fromXPath":"Record/Elements/Notes","toXPath":"Root/Object/comment"}]},
                   "ExtendedFunctions":{"Function":[]}}}]}
                """.formatted(auth(emulator.username(), emulator.password()), PRODUCTION, INSTANCE, mapExtensionId))
                .post("/upsertMapExtensions")
                .then().statusCode(200)
                .body("numberOfResults", equalTo(1))
                .body("result[0].Map.ExtendedMappings", hasSize(1))
                .body("result[0].Map.ExtendedMappings[0].'@type'", equalTo("MapExtensionsMapping"))
                .body("result[0].Map.ExtendedFunctions", hasSize(0));
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedMapsForInstalledIPack")
                .then().body("result[0].Map.ExtendedMappings[0].toXPath", equalTo("Root/Object/comment"));

        // by mapId, the extension group named by one of the instance's processes, Connect Now arrays
        as(emulator).body("""
                {"accountId":"demo-account","extensionGroupId":"%s","Maps":[{"mapId":"%s","processId":"%s","Map":{
                  "ExtendedMappings":[{"fromXPath":"Record/Elements/PO","toFunction":"9"},{"fromFunction":"9","toXPath":"Root/Object/orderNumber"}],
                  "ExtendedFunctions":[{"id":"9","type":"StringToUpper","cacheType":"None","Inputs":{"Input":[{"key":"1","name":"In","default":null}]},
                                        "Outputs":{"Output":[{"key":2,"name":"Out"}]}}]}}]}
                """.formatted(WRAPPER_INT, MAP, WRAPPER_INT)).post("/upsertMapExtensions")
                .then().statusCode(200)
                .body("result[0].Map.ExtendedFunctions[0].id", equalTo("9"))
                .body("result[0].Map.ExtendedFunctions[0].Inputs.Input[0].key", equalTo(1))
                .body("result[0].Map.ExtendedFunctions[0].Inputs.Input[0]", not(hasKey("default")));
    }

    @Test
    void upsertMapExtensions_refuses_unknown_maps_xpaths_and_functions(EmulatorRuntimeInfo emulator) {
        String base = "{\"accountId\":\"demo-account\",\"extensionGroupId\":\"" + INSTANCE + "\",\"Maps\":[%s]}";
        as(emulator).body(base.formatted("{\"mapId\":\"no-map\"}")).post("/upsertMapExtensions")
                .then().statusCode(400).body("message", containsString("no-map"));
        as(emulator).body(base.formatted("{\"mapId\":\"" + MAP + "\",\"Map\":{\"ExtendedMappings\":[{\"fromXPath\":\"Nope/X\",\"toXPath\":\"Root/Object/comment\"}]}}"))
                .post("/upsertMapExtensions").then().statusCode(400).body("message", containsString("Nope/X"));
        as(emulator).body(base.formatted("{\"mapId\":\"" + MAP + "\",\"Map\":{\"ExtendedMappings\":[{\"fromFunction\":\"77\",\"toXPath\":\"Root/Object/comment\"}],\"ExtendedFunctions\":[]}}"))
                .post("/upsertMapExtensions").then().statusCode(400).body("message", containsString("77"));
        as(emulator).body("{\"accountId\":\"demo-account\",\"extensionGroupId\":\"nope\",\"Maps\":[]}").post("/upsertMapExtensions")
                .then().statusCode(404);
        as(emulator).body("{\"accountId\":\"demo-account\",\"extensionGroupId\":\"" + INSTANCE + "\"}").post("/upsertMapExtensions")
                .then().statusCode(400).body("message", containsString("Maps"));
        // nothing changed
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedMapsForInstalledIPack")
                .then().body("result[0].Map.ExtendedMappings", hasSize(4));
    }

    @Test
    void getOAuth2AccessTokenURL_answers_for_oauth2_fields_only(EmulatorRuntimeInfo emulator) {
        as(emulator).body(body("accountId", ACCOUNT, "connectionId", ORDER_API, "fieldId", "accessToken",
                        "environmentId", PRODUCTION, "extensionGroupId", WRAPPER_INT))
                .post("/getOAuth2AccessTokenURL")
                .then().statusCode(200)
                .body("'@type'", equalTo("OAuth2AccessTokenURL"))
                .body("url", startsWith("https://auth.example.com/oauth2/authorize?client_id=order-intake&state="))
                .body("connectionId", equalTo(ORDER_API))
                .body("environmentId", equalTo(PRODUCTION))
                .body("extensionGroupId", equalTo(INSTANCE));
        as(emulator).body(body("accountId", ACCOUNT, "connectionId", ORDER_API, "fieldId", "url"))
                .post("/getOAuth2AccessTokenURL").then().statusCode(400).body("message", containsString("OAuth2"));
        as(emulator).body(body("accountId", ACCOUNT, "connectionId", ORDER_API, "fieldId", "nope"))
                .post("/getOAuth2AccessTokenURL").then().statusCode(404);
        as(emulator).body(body("accountId", ACCOUNT, "connectionId", "no-conn", "fieldId", "accessToken"))
                .post("/getOAuth2AccessTokenURL").then().statusCode(404);
        as(emulator).body(body("accountId", ACCOUNT, "connectionId", ORDER_API, "fieldId", "accessToken", "environmentId", TEST_ENV))
                .post("/getOAuth2AccessTokenURL").then().statusCode(404);
        as(emulator).body(body("accountId", ACCOUNT, "connectionId", ORDER_API))
                .post("/getOAuth2AccessTokenURL").then().statusCode(400).body("message", containsString("fieldId"));
    }

    @Test
    void uninstalling_through_the_platform_drops_the_extensions(EmulatorRuntimeInfo emulator) {
        as(emulator).body("""
                {"accountId":"demo-account","iPackInstanceId":"%s","connections":[{"id":"%s","field":[{"id":"host","value":"gone-soon"}]}]}
                """.formatted(INSTANCE, SFTP)).post("/upsertEnvironmentExtensions").then().statusCode(200);
        Platform.as(emulator).delete("/IntegrationPackInstance/" + INSTANCE).then().statusCode(200);
        as(emulator).body(read(INSTANCE, "MULTI")).post("/getExtendedConnectionsForInstalledIPack").then().statusCode(404);
        as(emulator).body(body("accountId", ACCOUNT, "environmentId", PRODUCTION, "integrationPackId", "89abcdef-0123-4567-89ab-cdef01234567",
                "integrationPackOverrideName", "Domestic Order Intake")).post("/createIntegrationPackDeployment").then().statusCode(200);
        String id = as(emulator).body(body("accountId", ACCOUNT)).post("/getInstalledIPacks").then().extract().path("result[0].id");
        as(emulator).body(read(id, "MULTI")).post("/getExtendedConnectionsForInstalledIPack")
                .then().body("result[0].field[0].value", equalTo("sftp.partner.example.com"))
                .body("result[0].field[0].useDefault", equalTo(true))
                .body("result[0]", not(hasKey("nothing")))
                .body("result[1].field[0].label", equalTo("Base URL"))
                .body("result[1].field[1].value", nullValue());
    }
}
