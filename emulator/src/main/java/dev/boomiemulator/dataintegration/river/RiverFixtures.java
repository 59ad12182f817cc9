package dev.boomiemulator.dataintegration.river;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.dataintegration.connection.ConnectionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jooq.DSLContext;

/**
 * Loads the data flows of a fixture environment, their sub-rivers and their past runs (schema:
 * fixtures/schema/dataintegration.schema.json).
 */
public final class RiverFixtures {
    private final IdGenerator ids;

    public RiverFixtures(IdGenerator ids) {
        this.ids = ids;
    }

    /** A data flow's group: its id and name. */
    public record Group(String id, String name) {
    }

    /**
     * @param groups resolves a fixture's group id and name to the group the data flow joins
     * @param parse  reads a fixture datetime (with the path for errors)
     */
    public void load(DSLContext tx, String accountId, String environmentId, JsonNode fixture, String mainRiverId,
                     String at, Function<JsonNode, Group> groups, TimeReader parse) {
        String id = JsonFields.text(fixture, "id").map(s -> s.toLowerCase(Locale.ROOT)).orElseGet(ids::hex24);
        if (RiverRepository.exists(tx, accountId, environmentId, id)) {
            throw new FixtureProblem(at + ".id", "duplicate data flow id '" + id + "' in environment " + environmentId);
        }
        ObjectNode request = Json.mapper().createObjectNode();
        request.put("name", fixture.get("name").asText());
        request.put("type", JsonFields.text(fixture, "type").orElse(River.SOURCE_TO_TARGET));
        ObjectNode metadata = request.putObject("metadata");
        JsonFields.text(fixture, "description").ifPresent(description -> metadata.put("description", description));
        for (String part : List.of("settings", "properties", "schedulers")) {
            if (fixture.has(part)) {
                request.set(part, fixture.get(part));
            }
        }
        checkConnections(tx, accountId, environmentId, fixture, at);
        RiverDefinition.Input input = RiverDefinition.fromRequest(request);
        Group group = groups.apply(fixture);
        Instant createdAt = parse.read(fixture, "createdAt", at);
        Instant updatedAt = fixture.hasNonNull("lastUpdatedAt") ? parse.read(fixture, "lastUpdatedAt", at) : createdAt;
        boolean deleted = fixture.path("deleted").asBoolean(false);
        String kind = JsonFields.text(fixture, "kind").orElse(mainRiverId == null ? River.MAIN_RIVER : River.SUB_RIVER);
        String createdBy = JsonFields.text(fixture, "createdBy").orElse(null);
        River river = new River(0, id, environmentId, input.name(), input.type(), kind, mainRiverId, group.id(),
                group.name(), JsonFields.text(fixture, "status").orElse(River.DISABLED),
                fixture.path("isApiV2").asBoolean(true), deleted, input.definition(),
                Simulation.from(fixture.get("simulation")),
                createdAt, createdBy, updatedAt, createdBy, ids.hex24(), deleted ? updatedAt : null);
        RiverRepository.insert(tx, accountId, river);

        JsonNode subRivers = fixture.path("subRivers");
        for (int i = 0; i < subRivers.size(); i++) {
            load(tx, accountId, environmentId, subRivers.get(i), id, at + ".subRivers[" + i + "]", groups, parse);
        }
        JsonNode runs = fixture.path("runs");
        for (int i = 0; i < runs.size(); i++) {
            loadRun(tx, accountId, mainRiverId == null ? river : null, mainRiverId, river, runs.get(i),
                    at + ".runs[" + i + "]", parse);
        }
    }

    /**
     * The connections a data flow names must exist in its environment (defined earlier in the document or
     * by an earlier one), as the API insists on create and update.
     */
    private static void checkConnections(DSLContext tx, String accountId, String environmentId, JsonNode fixture,
                                         String at) {
        for (String side : List.of("source", "target")) {
            var connectionId = JsonFields.text(fixture.path("properties").path(side), "connection_id");
            if (connectionId.isPresent() && !ConnectionRepository.exists(tx, accountId, environmentId,
                    connectionId.get().toLowerCase(Locale.ROOT))) {
                throw new FixtureProblem(at + ".properties." + side + ".connection_id", "connection '"
                        + connectionId.get() + "' does not exist in environment " + environmentId);
            }
        }
    }

    /** A past run: requested at {@code startedAt}, running at once, finished {@code durationSeconds} later. */
    private void loadRun(DSLContext tx, String accountId, River main, String mainRiverId, River river, JsonNode fixture,
                         String at, TimeReader parse) {
        String id = JsonFields.text(fixture, "id").map(s -> s.toLowerCase(Locale.ROOT)).orElseGet(ids::hex32);
        if (RunRepository.exists(tx, accountId, river.environmentId(), id)) {
            throw new FixtureProblem(at + ".id", "duplicate run id '" + id + "'");
        }
        Instant startedAt = parse.read(fixture, "startedAt", at);
        Simulation base = river.simulation();
        Simulation simulation = new Simulation(
                fixture.path("outcome").asText(base.outcome()),
                fixture.has("durationSeconds") ? fixture.get("durationSeconds").asLong() : base.durationSeconds(),
                fixture.hasNonNull("message") ? fixture.get("message").asText() : base.message(),
                fixture.hasNonNull("units") ? fixture.get("units").asDouble() : base.units());
        List<String> tables = RiverDefinition.runTables(river);
        String source = RiverDefinition.sourceName(river.definition()).orElse(river.type());
        Run run = new Run(0, id,
                JsonFields.text(fixture, "groupId").map(s -> s.toLowerCase(Locale.ROOT)).orElseGet(ids::hex32),
                river.environmentId(), main != null ? main.id() : mainRiverId, main != null ? null : river.id(),
                JsonFields.text(fixture, "targetName").orElseGet(() -> RiverDefinition.runTargetName(river)),
                source, source, startedAt, startedAt, startedAt.plus(simulation.duration()),
                simulation.fails() ? RunStatus.FAILED : RunStatus.SUCCEEDED, simulation.errorDescription(),
                simulation.unitsFor(tables.size()), tables);
        RunRepository.insert(tx, accountId, run);
    }

    /** Reads a fixture datetime field, reporting a bad one at its path. */
    @FunctionalInterface
    public interface TimeReader {
        Instant read(JsonNode node, String field, String at);
    }
}
