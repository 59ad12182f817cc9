package dev.boomiemulator.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.support.Contracts;
import dev.boomiemulator.support.Platform;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every object the generic engine serves, generated from Boomi's official document and the emulator's own account of
 * what it serves ({@code GET /_emulator/coverage}): for each, the verbs the document lists, in the order a user
 * chains them. A create (or, for settings written by update, an update) is seen by get, query with the object's own
 * QueryFilter, bulk and the asynchronous read; an update by the next get; a delete by a 404 after it. Objects no
 * request can write (records such as {@code AuditLog}) are seeded through a fixture, as a user would seed them.
 * Every JSON answer is checked against the official document by the Platform filter, every XML answer likewise.
 */
@BoomiEmulatorTest
class GenericObjectsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ACCOUNT = "generic-account";
    private static final String USER = "generic@example.com";
    private static final String PASSWORD = "generic-password";
    /** The account's one Atom: settings kept per Atom ({@code SharedServerInformation}) must name an Atom. */
    private static final String PROBE_ATOM = "probe-atom";
    private static final JsonNode DOCUMENT = readDocument();

    @TestFactory
    Stream<DynamicTest> every_generic_object_behaves_as_stored_state(EmulatorRuntimeInfo emulator) {
        Map<String, GenericObject> objects = genericObjects(emulator);
        emulator.control().loadFixture("generic-objects", seedFixture(objects.values()));
        // a floor against an engine that silently serves nothing; objects leave it as they get rules of their own
        assertThat(objects).hasSizeGreaterThan(50);
        return objects.values().stream().map(object ->
                DynamicTest.dynamicTest(object.name + " " + object.kinds, () -> {
                    try {
                        exercise(emulator, object);
                    } catch (AssertionError failed) {
                        throw new AssertionError(object.name + ": " + failed.getMessage(), failed);
                    }
                }));
    }

    @Test
    void a_query_pages_by_100_and_queryMore_returns_the_rest_once(EmulatorRuntimeInfo emulator) {
        for (int i = 0; i < 150; i++) {
            Platform.as(emulator).body("{\"name\":\"paged-" + i + "\"}").post("/Role").then().statusCode(200);
        }
        Response first = Platform.as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"LIKE\","
                + "\"property\":\"name\",\"argument\":[\"paged-%\"]}}}").post("/Role/query");
        first.then().statusCode(200).body("numberOfResults", equalTo(150)).body("result.size()", equalTo(100));
        String token = first.path("queryToken");
        Response second = Platform.as(emulator).contentType(ContentType.TEXT).body(token).post("/Role/queryMore");
        second.then().statusCode(200).body("result.size()", equalTo(50));
        assertThat(second.<String>path("queryToken")).isNull();
        Set<String> names = new LinkedHashSet<>(first.path("result.name"));
        names.addAll(second.path("result.name"));
        assertThat(names).hasSize(150);
    }

    @Test
    void filters_compare_numbers_booleans_and_absent_values_as_the_document_types_them(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":\"Live\",\"allowDeployments\":false,\"maxAttachmentsPerAccount\":2}")
                .post("/RuntimeCloud").then().statusCode(200);
        Platform.as(emulator).body("{\"name\":\"Gone\",\"allowDeployments\":true,\"maxAttachmentsPerAccount\":10}")
                .post("/RuntimeCloud").then().statusCode(200);
        Platform.as(emulator).body("{\"name\":\"Unsaid\"}").post("/RuntimeCloud").then().statusCode(200);
        query(emulator, "RuntimeCloud", "allowDeployments", "EQUALS", "true").then()
                .body("result.name", equalTo(List.of("Gone")));
        query(emulator, "RuntimeCloud", "allowDeployments", "IS_NULL", null).then()
                .body("result.name", equalTo(List.of("Unsaid")));
        query(emulator, "RuntimeCloud", "maxAttachmentsPerAccount", "GREATER_THAN", "9").then()
                .body("result.name", equalTo(List.of("Gone"))); // as numbers: "10" > "9" only numerically
        query(emulator, "RuntimeCloud", "name", "NOT_EQUALS", "Gone").then()
                .body("result.name", equalTo(List.of("Live", "Unsaid")));
        query(emulator, "RuntimeCloud", "allowDeployments", "EQUALS", "maybe").then().statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString("true or false"));
    }

    @Test
    void a_body_of_the_wrong_shape_is_refused_and_nothing_is_stored(EmulatorRuntimeInfo emulator) {
        Platform.as(emulator).body("{\"name\":42}").post("/Folder").then().statusCode(400)
                .body("'@type'", equalTo("Error"))
                .body("message", org.hamcrest.Matchers.containsString("Folder.name: expected a string"));
        Platform.as(emulator).body("{}").post("/Folder/query").then().body("numberOfResults", equalTo(0));
    }

    @Test
    void ids_an_object_names_must_name_objects_of_the_account(EmulatorRuntimeInfo emulator) {
        String component = dev.boomiemulator.support.Components.createProcess(emulator, "Attached");
        Platform.as(emulator).body("{\"environmentId\":\"nope\",\"componentId\":\"" + component + "\"}")
                .post("/ComponentEnvironmentAttachment").then().statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString("environmentId nope is not an environment"));
        String pair = "{\"environmentId\":\"" + dev.boomiemulator.support.Demo.PRODUCTION + "\",\"componentId\":\""
                + component + "\"}";
        Platform.as(emulator).body(pair).post("/ComponentEnvironmentAttachment").then().statusCode(200)
                .body("componentId", equalTo(component));
        Platform.as(emulator).body(pair).post("/ComponentEnvironmentAttachment").then().statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString("already attaches")); // once per pair
        Platform.as(emulator).body("{\"userId\":\"nobody@example.com\",\"federationId\":\"nobody\"}")
                .post("/AccountUserFederation").then().statusCode(400)
                .body("message", org.hamcrest.Matchers.containsString("not a user"));
        Platform.as(emulator).body("{\"userId\":\"demo@example.com\",\"federationId\":\"demo\"}")
                .post("/AccountUserFederation").then().statusCode(200);
    }

    @Test
    void one_account_never_sees_another_accounts_objects(EmulatorRuntimeInfo emulator) {
        String id = Platform.as(emulator).body("{\"name\":\"Mine\"}").post("/Role").then().statusCode(200)
                .extract().path("id");
        RequestSpecification other = Platform.as(emulator, "other-account", "other@example.com", "other-password");
        other.get("/Role/" + id).then().statusCode(404);
        Platform.as(emulator, "other-account", "other@example.com", "other-password").body("{}")
                .post("/Role/query").then().statusCode(200)
                .body("result.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(id)));
        // a filtered query is read from the value table's side: still within the caller's account
        String byName = "{\"QueryFilter\":{\"expression\":{\"property\":\"name\",\"operator\":\"EQUALS\","
                + "\"argument\":[\"Mine\"]}}}";
        other.body(byName).post("/Role/query").then().statusCode(200)
                .body("numberOfResults", org.hamcrest.Matchers.equalTo(0));
        Platform.as(emulator).body(byName).post("/Role/query").then().statusCode(200)
                .body("result.id", org.hamcrest.Matchers.hasItem(id));
    }

    @Test
    void a_reset_removes_created_objects_and_brings_fixture_objects_back(EmulatorRuntimeInfo emulator) {
        String id = Platform.as(emulator).body("{\"name\":\"Temporary\"}").post("/Folder").then().statusCode(200)
                .extract().path("id");
        emulator.control().reset();
        Platform.as(emulator).get("/Folder/" + id).then().statusCode(404);
    }

    // ---- one object ---------------------------------------------------------------------------------------------

    private static void exercise(EmulatorRuntimeInfo emulator, GenericObject object) {
        String probe = "probe-" + object.name;
        String id;
        if (object.kinds.contains("Create")) {
            Response created = as(emulator).body(object.body(probe)).post("/" + object.name);
            created.then().statusCode(200);
            if (created.contentType().contains("xml")) {
                // the document gives this create an XML answer only (a component's XML), whatever was accepted
                assertThat(created.asString()).contains("<bns:" + object.name + " ")
                        .contains(" " + object.probeProperty + "=\"" + probe + "\"");
                Matcher key = Pattern.compile(" " + object.key + "=\"([^\"]+)\"").matcher(created.asString());
                assertThat(key.find()).as("the key in the XML answer").isTrue();
                id = key.group(1);
            } else {
                created.then().body("'@type'", equalTo(object.name));
                id = object.keyInObject ? created.path(object.keyPath()) : null;
                assertThat(id == null && object.keyInObject).as("a key in the answer").isFalse();
                object.assertProbe(created, probe);
            }
        } else if (object.kinds.contains("Update")) {
            id = object.keyNamesAnAtom() ? PROBE_ATOM : "probe-id-" + object.name;
            Response written = as(emulator).body(object.body(probe)).post(object.path(id));
            written.then().statusCode(200).body("'@type'", equalTo(object.name));
            if (object.keyInObject) {
                written.then().body(object.keyPath(), equalTo(id));
            }
            object.assertProbe(written, probe);
        } else {
            id = object.seedId();
        }
        if (object.kinds.contains("Get") && id != null) {
            Response got = as(emulator).get(object.path(id));
            got.then().statusCode(200).body("'@type'", equalTo(object.name));
            object.assertProbe(got, probe);
            Platform.xml(emulator).baseUri(emulator.platformUrl(ACCOUNT)).auth().preemptive().basic(USER, PASSWORD)
                    .get(object.path(id)).then().statusCode(200);
        }
        if (object.kinds.contains("Query")) {
            String filter = object.filterable(object.probeProperty)
                    ? "{\"QueryFilter\":{\"expression\":{\"operator\":\"EQUALS\",\"property\":\""
                    + object.probeProperty + "\",\"argument\":[\"" + probe + "\"]}}}"
                    : "{}";
            Response found = as(emulator).body(filter).post("/" + object.name + "/query");
            found.then().statusCode(200).body("numberOfResults", greaterThanOrEqualTo(1));
            if (object.probeProperty != null) {
                assertThat(found.<List<Object>>path("result." + object.probePath())).contains(probe);
            }
        }
        if (object.kinds.contains("QueryMore")) {
            as(emulator).contentType(ContentType.TEXT).body("not-a-token").post("/" + object.name + "/queryMore")
                    .then().statusCode(400).body("'@type'", equalTo("Error"));
        }
        if (object.kinds.contains("Bulk") && id != null) {
            Response bulk = as(emulator)
                    .body("{\"type\":\"GET\",\"request\":[{\"id\":\"" + id + "\"},{\"id\":\"missing\"}]}")
                    .post("/" + object.name + "/bulk");
            bulk.then().statusCode(200);
            if (bulk.contentType().contains("xml")) {
                assertThat(bulk.asString()).contains("statusCode=\"200\"", "statusCode=\"400\"");
            } else {
                bulk.then().body("response[0].statusCode", equalTo(200))
                        .body("response[0].Result.'@type'", equalTo(object.name))
                        .body("response[1].statusCode", equalTo(400));
            }
        }
        if (object.kinds.contains("Update") && object.kinds.contains("Create") && id != null) {
            String changed = probe + "-changed";
            as(emulator).body(object.body(changed)).post(object.path(id)).then().statusCode(200);
            if (object.kinds.contains("Get")) {
                object.assertProbe(as(emulator).get(object.path(id)), changed);
            }
            probe = changed;
        }
        if (object.kinds.contains("AsyncGet")) {
            String asyncId = id != null ? id : object.keyNamesAnAtom() ? PROBE_ATOM : "probe-id-" + object.name;
            String token = as(emulator).get("/async/" + object.name + "/" + asyncId).then().statusCode(200)
                    .body("responseStatusCode", equalTo(202))
                    .extract().path("asyncToken.token");
            Response result = as(emulator).get("/async/" + object.name + "/response/" + token);
            result.then().statusCode(200).body("responseStatusCode", equalTo(200))
                    .body("result[0].'@type'", equalTo(object.name));
            if (object.kinds.contains("Update") && object.probeProperty != null) {
                assertThat(result.<String>path("result[0]." + object.probePath())).isEqualTo(probe);
            }
        }
        if (object.kinds.contains("Delete") && id != null) {
            as(emulator).delete(object.path(id)).then().statusCode(200);
            as(emulator).delete(object.path(id)).then().statusCode(404);
            if (object.kinds.contains("Get")) {
                as(emulator).get(object.path(id)).then().statusCode(404);
            }
        }
    }

    private static RequestSpecification as(EmulatorRuntimeInfo emulator) {
        return Platform.as(emulator, ACCOUNT, USER, PASSWORD);
    }

    private static Response query(EmulatorRuntimeInfo emulator, String object, String property, String operator,
                                  String argument) {
        String arguments = argument == null ? "[]" : "[\"" + argument + "\"]";
        return Platform.as(emulator).body("{\"QueryFilter\":{\"expression\":{\"operator\":\"" + operator
                + "\",\"property\":\"" + property + "\",\"argument\":" + arguments + "}}}").post("/" + object + "/query");
    }

    /** A fresh account, and one of each object no request can write, carrying its probe value. */
    private static String seedFixture(Iterable<GenericObject> objects) {
        ObjectNode document = JSON.createObjectNode();
        ObjectNode account = document.putArray("accounts").addObject();
        account.put("id", ACCOUNT).put("name", "Generic objects");
        account.putArray("users").addObject().put("username", USER).put("password", PASSWORD);
        ObjectNode platform = account.putObject("platform");
        platform.putArray("atoms").addObject().put("id", PROBE_ATOM).put("name", "Probe Atom");
        ObjectNode seeded = platform.putObject("objects");
        for (GenericObject object : objects) {
            if (!object.kinds.contains("Create") && !object.kinds.contains("Update")) {
                ObjectNode item = seeded.putArray(object.name).addObject();
                if (object.key != null) {
                    item.put(object.key, object.seedId());
                }
                if (object.probeProperty != null) {
                    item.put(object.probeProperty, "probe-" + object.name);
                }
            }
        }
        return document.toString();
    }

    /** The objects the emulator says its generic engine serves, with the verbs it serves for each. */
    private static Map<String, GenericObject> genericObjects(EmulatorRuntimeInfo emulator) {
        JsonNode rows;
        try {
            rows = JSON.readTree(RestAssured.given().baseUri(emulator.baseUrl()).filter(Contracts.CONTROL)
                    .get("/_emulator/coverage").then().statusCode(200).extract().asString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, GenericObject> objects = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            if (row.path("engine").asText().equals("generic")) {
                String name = row.path("object").asText();
                GenericObject object = objects.computeIfAbsent(name, n -> new GenericObject(n,
                        row.path("key").isMissingNode() ? null : row.path("key").asText(),
                        row.path("keyInObject").asBoolean()));
                String operationId = row.path("operationId").asText();
                object.kinds.add(operationId.substring(0, operationId.length() - name.length()));
                object.paths.put(operationId.substring(0, operationId.length() - name.length()),
                        row.path("path").asText());
            }
        }
        return objects;
    }

    /** One generic object: its verbs, its key, and a plain text property to carry a probe value. */
    private static final class GenericObject {
        final String name;
        final String key;
        final boolean keyInObject;
        final Set<String> kinds = new LinkedHashSet<>();
        final Map<String, String> paths = new LinkedHashMap<>();
        final String probeProperty;
        final Set<String> filterable;

        GenericObject(String name, String key, boolean keyInObject) {
            this.name = name;
            this.key = key;
            this.keyInObject = keyInObject;
            this.filterable = filterableProperties(name);
            this.probeProperty = probeProperty(name, key, filterable);
        }

        /** Whether the key names an Atom (settings kept per Atom), so it must be one. */
        boolean keyNamesAnAtom() {
            return List.of("atomId", "runtimeId", "containerId").contains(key);
        }

        String seedId() {
            return "seed-" + name;
        }

        String path(String id) {
            String template = paths.getOrDefault("Get", paths.getOrDefault("Update", paths.get("Delete")));
            return template.replaceAll("\\{[^}]+}", id);
        }

        String keyPath() {
            return "'" + key + "'";
        }

        String probePath() {
            return "'" + probeProperty + "'";
        }

        String body(String probe) {
            ObjectNode body = JSON.createObjectNode();
            if (probeProperty != null) {
                body.put(probeProperty, probe);
            }
            return body.toString();
        }

        boolean filterable(String property) {
            return property != null && filterable.contains(property);
        }

        void assertProbe(Response answer, String probe) {
            if (probeProperty != null) {
                answer.then().body(probePath(), equalTo(probe));
            }
        }
    }

    // ---- reading the official document ------------------------------------------------------------------------

    private static Set<String> filterableProperties(String object) {
        Set<String> names = new LinkedHashSet<>();
        DOCUMENT.path("components").path("schemas").path(object + "SimpleExpression").path("properties")
                .path("property").path("enum").forEach(name -> names.add(name.asText()));
        return names;
    }

    /** A text property with no enumeration or format, a filterable one first; null when the object has none. */
    private static String probeProperty(String object, String key, Set<String> filterable) {
        Map<String, JsonNode> properties = properties(schema(object), 0);
        List<String> plain = new ArrayList<>();
        properties.forEach((name, schema) -> {
            JsonNode resolved = resolve(schema);
            // not a reference (an environmentId must name an environment) nor a field the engine fills
            if (!name.equals(key) && !name.endsWith("By") && !name.endsWith("Id") && !name.endsWith("ID")
                    && resolved != null && resolved.path("type").asText().equals("string")
                    && !resolved.has("enum") && !resolved.has("format")) {
                plain.add(name);
            }
        });
        if (plain.contains("name")) {
            return "name";
        }
        return plain.stream().filter(filterable::contains).findFirst().orElse(plain.isEmpty() ? null : plain.get(0));
    }

    private static JsonNode schema(String object) {
        return DOCUMENT.path("components").path("schemas").path(object);
    }

    private static Map<String, JsonNode> properties(JsonNode schema, int depth) {
        Map<String, JsonNode> properties = new LinkedHashMap<>();
        JsonNode resolved = resolve(schema);
        if (resolved == null || depth > 5) {
            return properties;
        }
        resolved.path("allOf").forEach(part -> properties.putAll(properties(part, depth + 1)));
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> property = it.next();
            properties.put(property.getKey(), property.getValue());
        }
        return properties;
    }

    private static JsonNode resolve(JsonNode schema) {
        JsonNode at = schema;
        while (at != null && at.has("$ref")) {
            String ref = at.get("$ref").asText();
            at = DOCUMENT.path("components").path("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return at == null || at.isMissingNode() ? null : at;
    }

    private static JsonNode readDocument() {
        try (InputStream in = GenericObjectsApiTest.class.getClassLoader()
                .getResourceAsStream("reference/boomi-platform-openapi-3.0.3.json")) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
