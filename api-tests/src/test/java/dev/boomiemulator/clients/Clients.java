package dev.boomiemulator.clients;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.support.Contracts;
import io.restassured.RestAssured;
import io.restassured.config.RestAssuredConfig;
import io.restassured.specification.RequestSpecification;

/**
 * Requests built the way the public Boomi clients build them, header for header, so a test sends what
 * the client sends and nothing REST Assured would add on its own (no charset appended to Content-Type).
 * Responses are still checked against the project's OpenAPI documents.
 *
 * <ul>
 *   <li>OfficialBoomi/boomicicd-cli ({@code cli/scripts/bin/common.sh}, {@code exports.sh}): curl with
 *       {@code -u BOOMI_TOKEN.<user>:<apiToken>}, {@code Content-Type: application/json} and
 *       {@code Accept: application/json} on every call, GET included; bodies from the JSON templates.</li>
 *   <li>boomi-python ({@code net/headers/basic_auth.py}, {@code net/request_chain/handlers/http_handler.py}):
 *       requests with Basic {@code user:password}, {@code Accept: application/json}, JSON bodies, {@code {}}
 *       when a call has none (DELETE too), queryMore as {@code text/plain}.</li>
 *   <li>RiveryIO/boomi-data-integration-CI-CD ({@code scripts/*.py}): requests with
 *       {@code Authorization: Bearer <token>}; create and update send only {@code Content-Type}, so
 *       requests' default {@code Accept: *}{@code /*} goes out.</li>
 * </ul>
 */
final class Clients {
    /** What curl and requests send: the content type exactly as given. */
    private static final RestAssuredConfig AS_GIVEN = RestAssured.config()
            .encoderConfig(encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false));

    private Clients() {
    }

    /** boomicicd-cli's {@code callAPI}/{@code getAPI}: API token login, JSON in and out, on every method. */
    static RequestSpecification cli(EmulatorRuntimeInfo emulator) {
        return given()
                .config(AS_GIVEN)
                .baseUri(emulator.platformUrl())
                .auth().preemptive().basic("BOOMI_TOKEN." + emulator.username(), emulator.apiToken())
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .filter(Contracts.PLATFORM);
    }

    /** The boomi-python SDK: password login, {@code Accept: application/json}. */
    static RequestSpecification sdk(EmulatorRuntimeInfo emulator) {
        return given()
                .config(AS_GIVEN)
                .baseUri(emulator.platformUrl())
                .auth().preemptive().basic(emulator.username(), emulator.password())
                .header("Accept", "application/json")
                .filter(Contracts.PLATFORM);
    }

    /** Plain curl with credentials and nothing else: {@code -d} then sends curl's form content type. */
    static RequestSpecification curl(EmulatorRuntimeInfo emulator) {
        return given()
                .config(AS_GIVEN)
                .baseUri(emulator.platformUrl())
                .auth().preemptive().basic(emulator.username(), emulator.password())
                .header("Accept", "*/*")
                .filter(Contracts.PLATFORM);
    }

    /** The Data Integration CI/CD scripts: a bearer token; headers are added per call as each script does. */
    static RequestSpecification diScript(EmulatorRuntimeInfo emulator, String accountId, String token) {
        return given()
                .config(AS_GIVEN)
                .baseUri(emulator.dataIntegrationUrl() + "/accounts/" + accountId)
                .header("Authorization", "Bearer " + token)
                .filter(Contracts.DATA_INTEGRATION);
    }
}
