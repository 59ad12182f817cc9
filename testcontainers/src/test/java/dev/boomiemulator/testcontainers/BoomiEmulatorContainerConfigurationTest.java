package dev.boomiemulator.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How the container is set up, checked without Docker: nothing here starts it. */
class BoomiEmulatorContainerConfigurationTest {

    @Test
    void the_default_image_exposes_8080_and_keeps_the_default_fixtures() {
        try (BoomiEmulatorContainer container = new BoomiEmulatorContainer()) {
            assertThat(container.imageName().asCanonicalNameString()).isEqualTo("boomi-emulator:latest");
            assertThat(container.getExposedPorts()).containsExactly(8080);
            assertThat(container.getEnvMap()).doesNotContainKeys("BOOMI_EMULATOR_DEFAULT_FIXTURES",
                    "BOOMI_EMULATOR_FREEZE_CLOCK", "BOOMI_EMULATOR_ADMIN_TOKEN");
            assertThat(container.getCopyToFileContainerPathMap()).isEmpty();
        }
    }

    @Test
    void the_image_name_can_be_overridden() {
        try (BoomiEmulatorContainer container = new BoomiEmulatorContainer("registry.example.com/boomi-emulator:0.1.0")) {
            assertThat(container.imageName().asCanonicalNameString()).isEqualTo("registry.example.com/boomi-emulator:0.1.0");
        }
    }

    @Test
    void options_become_the_images_environment_variables() {
        try (BoomiEmulatorContainer container = new BoomiEmulatorContainer()
                .withoutDefaultFixtures()
                .withFrozenClock(Instant.parse("2026-01-01T00:00:00Z"))
                .withAdminToken("admin-secret")) {
            assertThat(container.getEnvMap())
                    .containsEntry("BOOMI_EMULATOR_DEFAULT_FIXTURES", "false")
                    .containsEntry("BOOMI_EMULATOR_FREEZE_CLOCK", "2026-01-01T00:00:00Z")
                    .containsEntry("BOOMI_EMULATOR_ADMIN_TOKEN", "admin-secret");
        }
    }

    @Test
    void fixtures_are_copied_into_the_fixtures_folder_numbered_in_the_order_given() {
        try (BoomiEmulatorContainer container = new BoomiEmulatorContainer()
                .withFixture("fixtures/query-environments.json")
                .withFixture("fixtures/query-environments.json")) {
            assertThat(container.getCopyToFileContainerPathMap().values())
                    .containsExactly("/fixtures/001-query-environments.json", "/fixtures/002-query-environments.json");
        }
    }
}
