package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BufferedStandardErrorTest {
    private final ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    private final BufferedStandardError.DeferredFlush buffer = new BufferedStandardError.DeferredFlush(terminal);
    private final PrintStream stderr = new PrintStream(buffer, false, StandardCharsets.UTF_8);

    @Test
    void a_logged_line_and_its_flush_stay_buffered_until_written_out() throws Exception {
        // as slf4j-simple writes each line: println, then flush
        stderr.println("GET /api/rest/v1/demo-account/Environment/x 404 3ms");
        stderr.flush();
        assertThat(terminal.size()).isZero();

        buffer.flushNow();
        assertThat(terminal.toString(StandardCharsets.UTF_8))
                .isEqualTo("GET /api/rest/v1/demo-account/Environment/x 404 3ms" + System.lineSeparator());
    }

    @Test
    void a_backlog_is_written_out_by_the_writer_that_makes_it() {
        String line = "x".repeat(999);
        for (int i = 0; i < BufferedStandardError.DeferredFlush.BACKLOG / 1000; i++) {
            stderr.println(line);
        }
        assertThat(terminal.size()).isZero();
        stderr.println(line);
        assertThat(terminal.size()).isGreaterThanOrEqualTo(BufferedStandardError.DeferredFlush.BACKLOG);
    }

    @Test
    void lines_keep_their_order_across_write_outs() throws Exception {
        stderr.println("one");
        buffer.flushNow();
        stderr.println("two");
        stderr.println("three");
        buffer.flushNow();
        buffer.flushNow();
        assertThat(terminal.toString(StandardCharsets.UTF_8)).isEqualTo(String.join(System.lineSeparator(),
                "one", "two", "three", ""));
    }
}
