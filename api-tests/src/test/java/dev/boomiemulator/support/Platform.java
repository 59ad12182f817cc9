package dev.boomiemulator.support;

import static io.restassured.RestAssured.given;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Request specifications for the Platform API of an embedded emulator, with responses contract-checked. */
public final class Platform {
    private Platform() {
    }

    /** As the demo user (password), for the demo account, JSON in and out. */
    public static RequestSpecification as(EmulatorRuntimeInfo emulator) {
        return given()
                .baseUri(emulator.platformUrl())
                .auth().preemptive().basic(emulator.username(), emulator.password())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .filter(Contracts.PLATFORM);
    }

    /** For another account, with explicit credentials. */
    public static RequestSpecification as(EmulatorRuntimeInfo emulator, String accountId, String user, String secret) {
        return given()
                .baseUri(emulator.platformUrl(accountId))
                .auth().preemptive().basic(user, secret)
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .filter(Contracts.PLATFORM);
    }

    /**
     * As the demo user, XML in and out, as the real service's default: every XML answer is checked against the
     * {@code xml} annotations of Boomi's own document.
     */
    public static RequestSpecification xml(EmulatorRuntimeInfo emulator) {
        return given()
                .baseUri(emulator.platformUrl())
                .auth().preemptive().basic(emulator.username(), emulator.password())
                .contentType(ContentType.XML)
                .accept(ContentType.XML)
                .filter(Contracts.PLATFORM);
    }

    /** Without credentials, JSON in and out. */
    public static RequestSpecification anonymous(EmulatorRuntimeInfo emulator) {
        return given()
                .baseUri(emulator.platformUrl())
                .contentType(ContentType.JSON)
                .accept(ContentType.JSON)
                .filter(Contracts.PLATFORM);
    }
}
