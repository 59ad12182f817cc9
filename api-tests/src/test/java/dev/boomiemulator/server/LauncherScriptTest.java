package dev.boomiemulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.boomiemulator.support.Repository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * bin/boomi-emulator as a user runs it. It lives in api-tests because Maven packages the emulator jar before this
 * module tests, so the launcher meets the jar of this very build; skipped without a jar (the launcher would build it).
 */
class LauncherScriptTest {
    @Test
    void launcher_help_answers_at_once_without_recording_an_archive_or_colour_codes() throws Exception {
        Path launcher = Repository.file("bin/boomi-emulator");
        assumeTrue(Files.exists(launcher) && Files.exists(Repository.file("emulator/target/boomi-emulator.jar")),
                "the launcher and a built jar");
        Process process = new ProcessBuilder("bash", launcher.toString(), "--help").redirectErrorStream(true).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isZero();
        assertThat(output).startsWith("Usage: boomi-emulator").contains("BOOMI_EMULATOR_HOST")
                .doesNotContain("recording").doesNotContain("\u001b[");
    }
}
