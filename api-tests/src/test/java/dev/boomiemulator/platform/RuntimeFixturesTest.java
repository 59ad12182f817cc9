package dev.boomiemulator.platform;

import static dev.boomiemulator.support.Platform.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import dev.boomiemulator.client.EmulatorControlException;
import dev.boomiemulator.client.EmulatorRuntimeInfo;
import dev.boomiemulator.domain.schedule.ScheduleIds;
import dev.boomiemulator.junit.BoomiEmulatorTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The runtime parts of the platform fixture section: references, rules, and simulation settings. */
@BoomiEmulatorTest(defaultFixtures = false)
class RuntimeFixturesTest {
    private static String account(String id, String platform) {
        return "{\"accounts\":[{\"id\":\"" + id + "\",\"users\":[{\"username\":\"" + id + "-user\",\"password\":\"p\"}],\"platform\":"
                + platform + "}]}";
    }

    private static EmulatorControlException.Problem refused(EmulatorRuntimeInfo emulator, String document) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> emulator.control().loadFixture(document));
        assertThat(thrown).isInstanceOf(EmulatorControlException.class);
        return ((EmulatorControlException) thrown).problems().get(0);
    }

    @Test
    void an_atom_attached_to_an_unknown_environment_is_refused_with_its_path(EmulatorRuntimeInfo emulator) {
        EmulatorControlException.Problem problem = refused(emulator, account("a1",
                "{\"atoms\":[{\"id\":\"x\",\"name\":\"X\",\"environmentId\":\"nope\"}]}"));
        assertThat(problem.path()).isEqualTo("$.accounts[0].platform.atoms[0].environmentId");
        assertThat(problem.reason()).contains("nope");
        // nothing of it was stored: not even the account and its user
        as(emulator, "a1", "a1-user", "p").get("/Atom/x").then().statusCode(401);
    }

    @Test
    void a_package_of_a_version_the_process_never_had_is_refused(EmulatorRuntimeInfo emulator) {
        EmulatorControlException.Problem problem = refused(emulator, account("a2",
                "{\"processes\":[{\"id\":\"p\",\"name\":\"P\",\"currentVersion\":2}],"
                        + "\"packagedComponents\":[{\"componentId\":\"p\",\"componentVersion\":3}]}"));
        assertThat(problem.path()).isEqualTo("$.accounts[0].platform.packagedComponents[0].componentVersion");
    }

    @Test
    void schedules_of_an_undeployed_process_are_refused(EmulatorRuntimeInfo emulator) {
        EmulatorControlException.Problem problem = refused(emulator, account("a3",
                "{\"environments\":[{\"id\":\"e\",\"name\":\"E\"}],\"atoms\":[{\"id\":\"a\",\"name\":\"A\",\"environmentId\":\"e\"}],"
                        + "\"processes\":[{\"id\":\"p\",\"name\":\"P\"}],"
                        + "\"processSchedules\":[{\"atomId\":\"a\",\"processId\":\"p\",\"Schedule\":[{\"minutes\":\"0\"}]}]}"));
        assertThat(problem.path()).isEqualTo("$.accounts[0].platform.processSchedules[0]");
        assertThat(problem.reason()).contains("not deployed");
    }

    @Test
    void a_bad_schedule_field_or_simulation_is_refused(EmulatorRuntimeInfo emulator) {
        String deployed = "\"environments\":[{\"id\":\"e\",\"name\":\"E\"}],\"atoms\":[{\"id\":\"a\",\"name\":\"A\",\"environmentId\":\"e\"}],"
                + "\"processes\":[{\"id\":\"p\",\"name\":\"P\"}],\"packagedComponents\":[{\"id\":\"k\",\"componentId\":\"p\"}],"
                + "\"deployments\":[{\"environmentId\":\"e\",\"packageId\":\"k\"}]";
        assertThat(refused(emulator, account("a4", "{" + deployed
                + ",\"processSchedules\":[{\"atomId\":\"a\",\"processId\":\"p\",\"Schedule\":[{\"minutes\":\"61\"}]}]}")).reason())
                .contains("Schedule[0].minutes");
        assertThat(refused(emulator, account("a5", "{\"processes\":[{\"name\":\"P\",\"simulation\":{\"outcome\":\"MAYBE\"}}]}")).path())
                .startsWith("$.accounts[0].platform.processes[0].simulation");
        assertThat(refused(emulator, account("a6", "{\"executionRecords\":[{\"processId\":\"gone\",\"atomId\":\"gone\","
                + "\"executionTime\":\"2026-01-01T00:00:00Z\",\"status\":\"COMPLETE\"}]}")).path())
                .isEqualTo("$.accounts[0].platform.executionRecords[0].processName");
    }

    @Test
    void a_fixture_account_runs_its_processes_as_their_simulation_says(EmulatorRuntimeInfo emulator) {
        emulator.control().loadFixture(account("sim",
                "{\"environments\":[{\"id\":\"e\",\"name\":\"E\"}],\"atoms\":[{\"id\":\"a\",\"name\":\"A\",\"environmentId\":\"e\"}],"
                        + "\"processes\":[{\"id\":\"p\",\"name\":\"P\",\"simulation\":{\"outcome\":\"COMPLETE_WARN\",\"durationMs\":250,"
                        + "\"message\":\"careful\",\"startDelayMs\":100}}],"
                        + "\"packagedComponents\":[{\"id\":\"k\",\"componentId\":\"p\"}],"
                        + "\"deployments\":[{\"environmentId\":\"e\",\"packageId\":\"k\"}],"
                        + "\"processSchedules\":[{\"atomId\":\"a\",\"processId\":\"p\",\"enabled\":false,\"Schedule\":[{\"minutes\":\"0\"}]}]}"));
        emulator.control().freezeClock();
        String requestId = as(emulator, "sim", "sim-user", "p").body("{\"processId\":\"p\",\"atomId\":\"a\"}").post("/ExecutionRequest")
                .then().statusCode(200).extract().path("requestId");
        as(emulator, "sim", "sim-user", "p").get("/ExecutionRecord/async/" + requestId).then().statusCode(202);
        emulator.control().advanceClock(Duration.ofMillis(350));
        as(emulator, "sim", "sim-user", "p").get("/ExecutionRecord/async/" + requestId)
                .then().statusCode(200).body("result[0].status", equalTo("COMPLETE_WARN"))
                .body("result[0].message", equalTo("careful"));
        as(emulator, "sim", "sim-user", "p").get("/ProcessScheduleStatus/" + ScheduleIds.of("a", "p"))
                .then().body("enabled", equalTo(false));
    }
}
