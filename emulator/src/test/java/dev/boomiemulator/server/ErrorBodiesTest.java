package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Echoed input is cut in error bodies; ordinary messages pass untouched. */
class ErrorBodiesTest {

    @Test
    void a_short_message_is_kept_whole() {
        assertThat(ErrorBodies.shorten("Environment with id abc was not found.")).isEqualTo("Environment with id abc was not found.");
    }

    @Test
    void a_long_echoed_value_is_cut_with_an_ellipsis() {
        String shortened = ErrorBodies.shorten("No account " + "a".repeat(100_000) + " here.");

        assertThat(shortened).isEqualTo("No account " + "a".repeat(ErrorBodies.MAX_ECHO) + "… here.");
    }

    @Test
    void many_short_words_are_cut_as_a_whole() {
        assertThat(ErrorBodies.shorten("ab ".repeat(10_000))).hasSize(ErrorBodies.MAX_TEXT + 1).endsWith("…");
    }

    @Test
    void every_text_in_a_body_is_shortened_and_structure_kept() {
        var body = ErrorBodies.shortened(Map.of("detail", List.of(Map.of("msg", "z".repeat(500), "loc", List.of("body", 3)))));

        assertThat(body.at("/detail/0/msg").asText()).hasSize(ErrorBodies.MAX_ECHO + 1);
        assertThat(body.at("/detail/0/loc/1").asInt()).isEqualTo(3);
    }
}
