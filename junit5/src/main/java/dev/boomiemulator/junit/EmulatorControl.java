package dev.boomiemulator.junit;

import dev.boomiemulator.fixtures.FixtureReader;
import dev.boomiemulator.server.EmulatorServer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Drives an embedded emulator from a test: reset, load fixtures, read and move the clock. */
public final class EmulatorControl {
    private final EmulatorServer server;

    EmulatorControl(EmulatorServer server) {
        this.server = server;
    }

    public void reset() {
        server.reset();
    }

    public void resetAccount(String accountId) {
        server.fixtures().resetAccount(accountId);
    }

    /** Loads a fixture document given as JSON text; refused whole if anything in it is wrong. */
    public void loadFixture(String json) {
        server.fixtures().load(List.of(FixtureReader.parse("test", json)));
    }

    /** Loads fixture documents or folders from the test classpath. */
    public void loadFixtureResource(String resource) {
        server.fixtures().load(FixtureReader.fromClasspath(resource));
    }

    public Instant now() {
        return server.clock().instant();
    }

    public void freezeClock() {
        server.clock().freeze(null);
    }

    public void freezeClock(Instant at) {
        server.clock().freeze(at);
    }

    public void advanceClock(Duration by) {
        server.clock().advance(by);
    }
}
