package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BufferedStandardErrorTest {
    @Test
    void a_logged_line_and_its_flush_stay_buffered_until_written_out() throws Exception {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        BufferedStandardError.DeferredFlush buffer = new BufferedStandardError.DeferredFlush(terminal);
        PrintStream stderr = new PrintStream(buffer, false, StandardCharsets.UTF_8);

        // as slf4j-simple writes each line: println, then flush
        stderr.println("GET /api/rest/v1/demo-account/Environment/x 404 3ms");
        stderr.flush();
        assertThat(terminal.size()).isZero();

        buffer.flushNow();
        assertThat(terminal.toString(StandardCharsets.UTF_8))
                .isEqualTo("GET /api/rest/v1/demo-account/Environment/x 404 3ms" + System.lineSeparator());
    }

    @Test
    void more_than_the_buffer_holds_is_written_at_once() {
        ByteArrayOutputStream terminal = new ByteArrayOutputStream();
        PrintStream stderr = new PrintStream(new BufferedStandardError.DeferredFlush(terminal), false,
                StandardCharsets.UTF_8);

        String line = "x".repeat(1000);
        for (int i = 0; i < 100; i++) {
            stderr.println(line);
        }
        assertThat(terminal.size()).isGreaterThan(1 << 15);
    }
}
