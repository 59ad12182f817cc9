package dev.boomiemulator.domain.integrationpack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.DomainException;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.common.InvalidInput;
import dev.boomiemulator.common.Json;
import dev.boomiemulator.common.JsonFields;
import dev.boomiemulator.db.Transactions;
import dev.boomiemulator.domain.process.Simulation;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Loads {@code integrationPacks} and {@code integrationPackInstances} of a fixture account's
 * {@code platform} section (schema: fixtures/schema/integration-packs.schema.json), checking what the
 * schema cannot: unique ids, references to processes, packs and environments, the install rules.
 */
public final class IntegrationPackFixtures {
    private final IdGenerator ids;
    private final EmulatorClock clock;

    public IntegrationPackFixtures(IdGenerator ids, EmulatorClock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    public void load(DSLContext tx, String accountId, JsonNode platform, String path) {
        IntegrationPackRepository repository = new IntegrationPackRepository(tx);
        loadPacks(repository, accountId, platform.path("integrationPacks"), path + ".integrationPacks");
        // installFixture, unlike install, runs in the loader's transaction and takes no lock of its own
        IntegrationPackService service = new IntegrationPackService(repository, ids, clock,
                new Transactions(tx, () -> DomainException.notFound("The account was not found.")));
        loadInstances(service, repository, accountId, platform.path("integrationPackInstances"),
                path + ".integrationPackInstances");
    }

    private void loadPacks(IntegrationPackRepository repository, String accountId, JsonNode packs, String path) {
        for (int i = 0; i < packs.size(); i++) {
            JsonNode pack = packs.get(i);
            String at = path + "[" + i + "]";
            String id = JsonFields.text(pack, "id").orElseGet(ids::uuid);
            if (repository.findPack(accountId, id).isPresent()) {
                throw new FixtureProblem(at + ".id", "duplicate integration pack id '" + id + "'");
            }
            IntegrationPackDefinition definition;
            try {
                definition = Json.mapper().treeToValue(pack, IntegrationPackDefinition.class);
            } catch (JsonProcessingException e) {
                throw new FixtureProblem(at, "not an integration pack: " + e.getOriginalMessage());
            }
            check(definition, at);
            repository.insertPack(accountId, new IntegrationPack(id, pack.get("name").asText(),
                    JsonFields.text(pack, "description").orElse(""),
                    InstallationType.valueOf(JsonFields.text(pack, "installationType").orElse("SINGLE")),
                    definition));
        }
    }

    private static void check(IntegrationPackDefinition definition, String at) {
        unique(definition.processes().stream().map(IntegrationPackDefinition.Process::id).toList(), at + ".processes", "process id");
        for (int p = 0; p < definition.processes().size(); p++) {
            try {
                Simulation.fromJson(definition.processes().get(p).simulation());
            } catch (InvalidInput wrong) {
                throw new FixtureProblem(at + ".processes[" + p + "].simulation", wrong.getMessage());
            }
        }
        unique(definition.connections().stream().map(IntegrationPackDefinition.Connection::id).toList(), at + ".connections", "connection id");
        for (int c = 0; c < definition.connections().size(); c++) {
            unique(definition.connections().get(c).fields().stream().map(IntegrationPackDefinition.Field::id).toList(),
                    at + ".connections[" + c + "].fields", "field id");
        }
        unique(definition.processProperties().stream().map(IntegrationPackDefinition.PropertyComponent::id).toList(),
                at + ".processProperties", "component id");
        for (int c = 0; c < definition.processProperties().size(); c++) {
            unique(definition.processProperties().get(c).properties().stream().map(IntegrationPackDefinition.Property::key).toList(),
                    at + ".processProperties[" + c + "].properties", "property key");
        }
        unique(definition.crossReferenceTables().stream().map(IntegrationPackDefinition.CrossReferenceTable::id).toList(),
                at + ".crossReferenceTables", "table id");
        for (int t = 0; t < definition.crossReferenceTables().size(); t++) {
            IntegrationPackDefinition.CrossReferenceTable table = definition.crossReferenceTables().get(t);
            for (int r = 0; r < table.rows().size(); r++) {
                if (table.rows().get(r).size() > table.columns().size()) {
                    throw new FixtureProblem(at + ".crossReferenceTables[" + t + "].rows[" + r + "]",
                            "has more values than the table's " + table.columns().size() + " columns");
                }
            }
        }
        for (int m = 0; m < definition.maps().size(); m++) {
            IntegrationPackDefinition.MapDefinition map = definition.maps().get(m);
            String mat = at + ".maps[" + m + "]";
            if (definition.process(map.processId()).isEmpty()) {
                throw new FixtureProblem(mat + ".processId", "'" + map.processId() + "' is not a process of this pack");
            }
            try {
                MapForms.mappings(map.mappings(), "mappings");
                MapForms.functions(map.functions(), "functions");
            } catch (DomainException e) {
                throw new FixtureProblem(mat, e.getMessage());
            }
        }
        Set<String> mapKeys = new HashSet<>();
        for (int m = 0; m < definition.maps().size(); m++) {
            IntegrationPackDefinition.MapDefinition map = definition.maps().get(m);
            if (!mapKeys.add(map.processId() + " " + map.id())) {
                throw new FixtureProblem(at + ".maps[" + m + "]", "duplicate map '" + map.id() + "' in process " + map.processId());
            }
        }
    }

    private static void unique(List<String> values, String at, String what) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                throw new FixtureProblem(at + "[" + i + "]", "duplicate " + what + " '" + values.get(i) + "'");
            }
        }
    }

    private void loadInstances(IntegrationPackService service, IntegrationPackRepository repository, String accountId,
                               JsonNode instances, String path) {
        for (int i = 0; i < instances.size(); i++) {
            JsonNode instance = instances.get(i);
            String at = path + "[" + i + "]";
            String packId = instance.get("integrationPackId").asText();
            IntegrationPack pack = repository.findPack(accountId, packId).orElseThrow(() ->
                    new FixtureProblem(at + ".integrationPackId", "no integration pack '" + packId + "' in this account"));
            List<String> environments = new ArrayList<>();
            JsonNode given = instance.path("environmentIds");
            for (int e = 0; e < given.size(); e++) {
                String environmentId = given.get(e).asText();
                if (!repository.environmentExists(accountId, environmentId)) {
                    throw new FixtureProblem(at + ".environmentIds[" + e + "]", "no environment '" + environmentId + "' in this account");
                }
                if (!environments.contains(environmentId)) {
                    environments.add(environmentId);
                }
            }
            Map<String, String> wrappers = new LinkedHashMap<>();
            JsonNode processes = instance.path("processes");
            for (int p = 0; p < processes.size(); p++) {
                String original = processes.get(p).get("originalProcessId").asText();
                String pat = at + ".processes[" + p + "]";
                if (pack.definition().process(original).isEmpty()) {
                    throw new FixtureProblem(pat + ".originalProcessId", "'" + original + "' is not a process of pack " + packId);
                }
                Optional<String> wrapper = JsonFields.text(processes.get(p), "wrapperProcessId");
                if (wrapper.isPresent() && !pack.isMulti()) {
                    throw new FixtureProblem(pat + ".wrapperProcessId", "only processes of multi-install packs have wrapper ids");
                }
                wrapper.ifPresent(w -> {
                    if (repository.processIdTaken(accountId, w) || wrappers.containsValue(w)) {
                        throw new FixtureProblem(pat + ".wrapperProcessId", "duplicate wrapper process id '" + w + "'");
                    }
                    wrappers.put(original, w);
                });
            }
            try {
                service.installFixture(accountId, pack, JsonFields.text(instance, "integrationPackOverrideName"),
                        JsonFields.text(instance, "id").orElseGet(ids::uuid), new HashMap<>(wrappers), environments,
                        instant(instance, "installedDate", at));
            } catch (DomainException rule) {
                throw new FixtureProblem(at, rule.getMessage());
            }
        }
    }

    private Instant instant(JsonNode node, String field, String at) {
        return JsonFields.text(node, field).map(text -> {
            try {
                return Instant.parse(text);
            } catch (DateTimeParseException e) {
                throw new FixtureProblem(at + "." + field, "not an ISO 8601 instant: '" + text + "'");
            }
        }).orElseGet(clock::instant);
    }
}
