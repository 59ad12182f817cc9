package dev.boomiemulator.server;

import static dev.boomiemulator.client.RequestPattern.anyRequest;
import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.client.Fault;
import dev.boomiemulator.client.RecordedRequest;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import dev.boomiemulator.server.RawHttp.Response;
import dev.boomiemulator.support.Demo;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HEAD answers what GET would, without the body, and is shown as the HEAD it was everywhere a client looks. */
@BoomiEmulatorTest
class HeadRequestsTest {
    private static final String ENVIRONMENT = "/api/rest/v1/demo-account/Environment/" + Demo.PRODUCTION;
    private static final Map<String, String> DEMO = Map.of("Authorization",
            "Basic " + Base64.getEncoder().encodeToString("demo@example.com:demo-password".getBytes()),
            "Accept", "application/json");

    @Test
    void a_HEAD_gets_the_GETs_status_and_headers_without_the_body(EmulatorRuntimeInfo emulator) {
        RawHttp http = new RawHttp(emulator.port());
        Response get = http.send("GET", ENVIRONMENT, DEMO, null);
        Response head = http.send("HEAD", ENVIRONMENT, DEMO, null);

        assertThat(get.status()).as(get.body()).isEqualTo(200);
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
        // the GET's own checks run: no credentials is 401, a query parameter the document does not know is 400
        assertThat(http.send("HEAD", ENVIRONMENT, Map.of(), null).status()).isEqualTo(401);
        assertThat(http.send("HEAD", ENVIRONMENT + "/no/such/depth", DEMO, null).status()).isEqualTo(404);
    }

    @Test
    void a_HEAD_is_journaled_and_matched_by_fault_rules_as_a_HEAD(EmulatorRuntimeInfo emulator) {
        RawHttp http = new RawHttp(emulator.port());
        emulator.control().faults().add(Fault.platformRateLimit().matching(anyRequest().method("HEAD")));

        assertThat(http.send("HEAD", ENVIRONMENT, DEMO, null).status()).isEqualTo(503);
        assertThat(http.send("GET", ENVIRONMENT, DEMO, null).status()).as("the rule names HEAD only").isEqualTo(200);

        List<RecordedRequest> journal = emulator.control().requests().matching(anyRequest().method("HEAD"));
        assertThat(journal).hasSize(1);
        assertThat(journal.get(0).path()).isEqualTo(ENVIRONMENT);
        assertThat(journal.get(0).status()).isEqualTo(503);
    }

    @Test
    void a_HEAD_where_only_other_methods_are_served_is_405_naming_HEAD(EmulatorRuntimeInfo emulator) {
        RawHttp http = new RawHttp(emulator.port());
        Response head = http.send("HEAD", "/api/rest/v1/demo-account/Environment", DEMO, null);
        Response put = http.send("PUT", ENVIRONMENT, DEMO, null);

        assertThat(head.status()).isEqualTo(405);
        assertThat(head.header("Allow")).isEqualTo("POST");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).contains("GET", "HEAD");
        assertThat(put.body()).contains("Method PUT is not allowed");
        assertThat(http.send("GET", "/api/rest/v1/demo-account/Environment", DEMO, null).body())
                .contains("Method GET is not allowed");
        assertThat(emulator.control().requests().matching(anyRequest().method("HEAD")).get(0).response())
                .contains("Method HEAD is not allowed");
    }
}
