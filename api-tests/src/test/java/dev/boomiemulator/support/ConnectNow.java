package dev.boomiemulator.support;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.common.Json;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Request specifications for the Connect Now (ws/simple) API of an embedded emulator, responses contract-checked. */
public final class ConnectNow {
    private ConnectNow() {
    }

    /** As the demo user through the Basic header, JSON in and out. */
    public static RequestSpecification as(EmulatorRuntimeInfo emulator) {
        return anonymous(emulator).auth().preemptive().basic(emulator.username(), emulator.password());
    }

    /** Without a Basic header: credentials, if any, go in the body's auth field. */
    public static RequestSpecification anonymous(EmulatorRuntimeInfo emulator) {
        return given()
                .baseUri(emulator.connectNowUrl())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .filter(Contracts.CONNECT_NOW);
    }

    /** The body's auth field: base64 {@code user:password}. */
    public static String auth(String user, String password) {
        return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** A flat JSON object from name/value pairs, e.g. {@code body("accountId", "demo-account", "id", "x")}. */
    public static String body(String... namesAndValues) {
        ObjectNode node = Json.mapper().createObjectNode();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            node.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
