package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** InstallerToken: a token of an install type, valid for its minutes from now on the emulator clock. */
@BoomiEmulatorTest(frozenClock = "2026-03-01T10:00:00Z")
class InstallerTokenApiTest {
    @Test
    void a_token_expires_its_minutes_after_the_emulator_clocks_now(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"installType\":\"MOLECULE\",\"durationMinutes\":120}").post("/InstallerToken")
                .then().statusCode(200)
                .body("'@type'", equalTo("InstallerToken"))
                .body("token", matchesPattern("molecule-[0-9a-f-]{36}"))
                .body("installType", equalTo("MOLECULE"))
                .body("accountId", equalTo("demo-account"))
                .body("created", equalTo("2026-03-01T10:00:00Z"))
                .body("expiration", equalTo("2026-03-01T12:00:00Z"));
        String token = as(emulator).body("{\"installType\":\"ATOM\"}").post("/InstallerToken").then().statusCode(200)
                .body("durationMinutes", equalTo(30)).extract().path("token");
        assertThat(emulator.control().exportState()).contains(token); // kept in the store
        assertThat(emulator.control().now()).isEqualTo(Instant.parse("2026-03-01T10:00:00Z"));
    }

    @Test
    void bad_token_requests_are_refused(EmulatorRuntimeInfo emulator) {
        as(emulator).body("{\"installType\":\"ATOM\",\"durationMinutes\":10}").post("/InstallerToken")
                .then().statusCode(400).body("message", containsString("30 to 1440"));
        as(emulator).body("{\"installType\":\"ATOM\",\"durationMinutes\":\"soon\"}").post("/InstallerToken")
                .then().statusCode(400);
        as(emulator).body("{\"installType\":\"TOASTER\"}").post("/InstallerToken").then().statusCode(400)
                .body("message", containsString("installType"));
        as(emulator).body("{\"installType\":\"CLOUD\"}").post("/InstallerToken").then().statusCode(400)
                .body("message", containsString("cloudId"));
        as(emulator).body("{\"installType\":\"CLOUD\",\"cloudId\":\"cloud-1\",\"durationMinutes\":1440}")
                .post("/InstallerToken").then().statusCode(200).body("expiration", equalTo("2026-03-02T10:00:00Z"));
    }
}
