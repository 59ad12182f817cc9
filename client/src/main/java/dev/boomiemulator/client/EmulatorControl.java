package dev.boomiemulator.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Drives a running emulator through its control API ({@code /_emulator}): reset, load fixtures, read and move
 * the clock. Works the same for an embedded server and a container. Failures are {@link EmulatorControlException}.
 */
public final class EmulatorControl {
    private final ControlHttp http;
    private final Runnable onFixturesLoaded;

    EmulatorControl(ControlHttp http, Runnable onFixturesLoaded) {
        this.http = http;
        this.onFixturesLoaded = onFixturesLoaded;
    }

    /** The request journal: what the emulator was asked, for checks such as "deployed exactly once". */
    public RecordedRequests requests() {
        return new RecordedRequests(http);
    }

    /** Fault injection: make the emulator fail on purpose ({@link Fault}). The JUnit extension removes them after each test. */
    public Faults faults() {
        return new Faults(http);
    }

    /** The whole state as a JSON document ({@code GET /_emulator/state}): keep it, and {@link #loadState} it later. */
    public String exportState() {
        return http.get("/state").toString();
    }

    /** Replaces the whole state with a document from {@link #exportState()}; a reset then returns to it. */
    public void loadState(String stateJson) {
        http.post("/state", stateJson);
    }

    /** Every account back to the loaded fixtures (those loaded at run time included). */
    public void reset() {
        http.post("/reset", "");
    }

    /** One account back to its fixtures; the others keep their state. */
    public void resetAccount(String accountId) {
        http.post("/reset/" + URLEncoder.encode(accountId, StandardCharsets.UTF_8).replace("+", "%20"), "");
    }

    /** Loads a fixture document given as JSON text; refused whole if anything in it is wrong. */
    public void loadFixture(String json) {
        loadFixture("test", json);
    }

    /** As {@link #loadFixture(String)}, named in {@code GET /_emulator/fixtures} and in error messages. */
    public void loadFixture(String name, String json) {
        try {
            http.post("/fixtures?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8), json);
        } finally {
            // a refused document stores nothing, but forgetting is cheap and never wrong
            onFixturesLoaded.run();
        }
    }

    /**
     * Loads fixture documents from the classpath of this JVM (the test's, not the server's): a {@code .json}
     * resource, or a folder with an {@code index} file naming its documents one per line. Each document is
     * loaded whole or not at all; a folder stops at the first refused document.
     */
    public void loadFixtureResource(String resource) {
        for (Map.Entry<String, String> document : ClasspathFixtures.read(resource).entrySet()) {
            loadFixture(document.getKey(), document.getValue());
        }
    }

    public Instant now() {
        return Instant.parse(http.get("/clock").path("now").asText());
    }

    /** Stops the clock where it is. */
    public void freezeClock() {
        http.post("/clock/freeze", "{}");
    }

    /** Stops the clock at {@code at}. */
    public void freezeClock(Instant at) {
        http.post("/clock/freeze", "{\"at\":\"" + at + "\"}");
    }

    public void unfreezeClock() {
        http.post("/clock/unfreeze", "");
    }

    /** Moves the clock forward (never back): due executions, schedules and runs settle as if the time had passed. */
    public void advanceClock(Duration by) {
        http.post("/clock/advance", "{\"duration\":\"" + by + "\"}");
    }
}
