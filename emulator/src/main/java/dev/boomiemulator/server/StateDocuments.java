package dev.boomiemulator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.ApiModule;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.db.StateTransfer;
import dev.boomiemulator.fixtures.FixtureLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;

/**
 * The emulator's state as one JSON document ({@code GET /_emulator/state}): the store's rows and the clock. Loading
 * it into a fresh emulator gives the same answers; loaded whole, it becomes what a reset returns to. With
 * {@code --state-file} it is saved on a clean shutdown and loaded at start, so a manual session survives a restart.
 */
final class StateDocuments {
    static final int FORMAT = 1;

    private final StateTransfer store;
    private final FixtureLoader fixtures;
    private final EmulatorClock clock;
    /** The API families, each bringing a loaded document's rows up to this build ({@link ApiModule#afterStateLoad}). */
    private final List<ApiModule> families;

    StateDocuments(StateTransfer store, FixtureLoader fixtures, EmulatorClock clock, List<ApiModule> families) {
        this.store = store;
        this.fixtures = fixtures;
        this.clock = clock;
        this.families = List.copyOf(families);
    }

    /** The whole state, or one account's rows (and the clock) when {@code accountId} is not null. */
    ObjectNode export(String accountId) {
        ObjectNode document = Json.mapper().createObjectNode();
        document.put("emulatorState", FORMAT);
        if (accountId != null) {
            document.put("accountId", accountId);
        }
        document.putObject("clock").put("now", clock.instant().toString()).put("frozen", clock.isFrozen());
        document.setAll(store.export(accountId));
        return document;
    }

    /** Replaces the state (or one account's) with the document's; {@link IllegalArgumentException} if it is not one. */
    void load(JsonNode document, String accountId) {
        if (document == null || document.path("emulatorState").asInt() != FORMAT) {
            throw new IllegalArgumentException("not an emulator state document (\"emulatorState\": " + FORMAT
                    + ", from GET /_emulator/state)");
        }
        Instant now = clockReading(document);
        store.load(document, accountId, tx -> families.forEach(family -> family.afterStateLoad(tx)));
        if (accountId == null) {
            fixtures.adoptCurrentState();
            if (now != null) {
                if (document.path("clock").path("frozen").asBoolean()) {
                    clock.freeze(now);
                } else {
                    clock.unfreeze();
                    clock.set(now);
                }
            }
        }
    }

    private static Instant clockReading(JsonNode document) {
        String now = document.path("clock").path("now").asText(null);
        try {
            return now == null ? null : Instant.parse(now);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("clock.now must be an instant, got '" + now + "'");
        }
    }

    void loadFile(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            load(Json.mapper().readTree(file.toFile()), null);
        } catch (IOException e) {
            throw new IllegalArgumentException("the state file " + file + " is not JSON: " + e.getMessage(), e);
        }
    }

    /** Written beside the file and moved over it at once: a crash mid-save leaves the old file, never half a new one. */
    void saveFile(Path file) {
        try {
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".partial");
            Files.writeString(partial, Json.mapper().writeValueAsString(export(null)), StandardCharsets.UTF_8);
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
