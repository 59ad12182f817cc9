package dev.boomiemulator.junit;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The balancer in front of replicas sends requests to each in turn and passes on what a replica needs to see. */
class RoundRobinProxyTest {
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void requests_go_to_each_replica_in_turn_with_the_callers_host_path_query_and_body() throws Exception {
        Javalin first = replica("first");
        Javalin second = replica("second");
        try (RoundRobinProxy proxy = RoundRobinProxy.start(List.of(
                "http://localhost:" + first.port(), "http://localhost:" + second.port()))) {
            List<String> answers = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                HttpRequest request = HttpRequest.newBuilder(URI.create(proxy.baseUrl() + "/a/b%2Fc?x=1&y=%20"))
                        .POST(HttpRequest.BodyPublishers.ofString("body " + i)).build();
                HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(201);
                assertThat(response.headers().firstValue("X-Replica")).isPresent();
                answers.add(response.body());
            }
            String host = URI.create(proxy.baseUrl()).getAuthority();
            assertThat(answers).containsExactly(
                    "first " + host + " /a/b%2Fc x=1&y=%20 body 0",
                    "second " + host + " /a/b%2Fc x=1&y=%20 body 1",
                    "first " + host + " /a/b%2Fc x=1&y=%20 body 2",
                    "second " + host + " /a/b%2Fc x=1&y=%20 body 3");
        } finally {
            first.stop();
            second.stop();
        }
    }

    /** A stand-in replica that names itself and echoes what reached it. */
    private static Javalin replica(String name) {
        Javalin app = Javalin.create(config -> config.routes.post("/*", ctx -> ctx.status(201)
                .header("X-Replica", name)
                .result(name + " " + ctx.header("Host") + " " + ctx.req().getRequestURI() + " " + ctx.queryString()
                        + " " + ctx.body())));
        return app.start("127.0.0.1", 0);
    }
}
