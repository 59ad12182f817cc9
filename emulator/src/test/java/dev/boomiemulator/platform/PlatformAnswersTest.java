package dev.boomiemulator.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.boomiemulator.common.Json;
import dev.boomiemulator.platform.environment.Environment;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A handler's answer set through {@link PlatformAnswers#answer}: kept as the handler gave it, written as JSON or XML
 * once the handler is done, and read back (as its tree) only while it is still the answer. A bare Javalin server with
 * {@link PlatformAnswers#finish} as its one after-handler, as the emulator's server runs it.
 */
class PlatformAnswersTest {
    private static final String ROUTE = "/api/rest/v1/{accountId}/Environment/{id}";
    private static final Environment PRODUCTION =
            new Environment("e1", "Production", "PROD", Instant.parse("2026-01-01T10:00:00.123Z"));
    private static Javalin server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        server = Javalin.create(config -> {
            config.jsonMapper(new JavalinJackson(Json.mapper(), false));
            config.routes.get(ROUTE, ctx -> {
                PlatformAnswers.answer(ctx, PRODUCTION);
                if (ctx.pathParam("id").equals("replaced")) {
                    // a failure after the answer was set: its error is the answer now
                    throw new IllegalStateException("the audit entry could not be written");
                }
            });
            config.routes.exception(IllegalStateException.class,
                    (failure, ctx) -> ctx.status(409).json(Map.of("message", failure.getMessage())));
            config.routes.after(PlatformAnswers::finish);
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static HttpResponse<String> get(String id, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/api/rest/v1/demo/Environment/" + id));
        if (accept != null) {
            request.header("Accept", accept);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void an_answer_for_a_caller_that_wants_xml_is_written_as_xml_from_its_tree() throws Exception {
        HttpResponse<String> xml = get("e1", null);

        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
                .startsWith("application/xml"));
        assertThat(xml.body()).contains("<bns:Environment ").contains(" id=\"e1\"").contains(" name=\"Production\"")
                .contains(" classification=\"PROD\"").doesNotContain("{");
    }

    @Test
    void an_answer_for_a_caller_that_wants_json_is_json_text() throws Exception {
        HttpResponse<String> json = get("e1", "application/json");

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).isEqualTo(
                "{\"@type\":\"Environment\",\"id\":\"e1\",\"name\":\"Production\",\"classification\":\"PROD\",\"createdDate\":\"2026-01-01T10:00:00Z\"}");
    }

    @Test
    void an_answer_replaced_after_it_was_set_is_not_read_in_its_place() throws Exception {
        HttpResponse<String> xml = get("replaced", null);

        assertThat(xml.statusCode()).isEqualTo(409);
        assertThat(xml.body()).contains("<message>the audit entry could not be written</message>")
                .doesNotContain("Production");
    }

    @Test
    void an_answer_replaced_after_it_was_set_is_not_written_for_a_caller_that_wants_json_either() throws Exception {
        HttpResponse<String> json = get("replaced", "application/json");

        assertThat(json.statusCode()).isEqualTo(409);
        assertThat(json.body()).isEqualTo("{\"message\":\"the audit entry could not be written\"}");
    }
}
