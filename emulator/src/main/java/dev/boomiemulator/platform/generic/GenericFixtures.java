package dev.boomiemulator.platform.generic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.platform.PlatformException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * The {@code platform.objects} fixture section: objects of the generic engine by name
 * ({@code {"AuditLog": [{...}], "Folder": [{...}]}}), stored as a create would store them, so a reset brings them
 * back with the rest of the fixture. Records nothing in the emulator writes ({@code AuditLog}, {@code Event},
 * connector records) come from here.
 */
public final class GenericFixtures {
    private final Supplier<ObjectCatalog> catalog;
    private final Set<String> ownRules;
    private final IdGenerator ids;
    private final EmulatorClock clock;

    public GenericFixtures(Supplier<ObjectCatalog> catalog, Set<String> ownRules, IdGenerator ids,
                           EmulatorClock clock) {
        this.catalog = catalog;
        this.ownRules = ownRules;
        this.ids = ids;
        this.clock = clock;
    }

    public void load(DSLContext tx, String accountId, JsonNode objects, String path) {
        for (Iterator<Map.Entry<String, JsonNode>> byName = objects.fields(); byName.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = byName.next();
            String at = path + ".objects." + entry.getKey();
            OfficialObject object = catalog.get().object(entry.getKey())
                    .filter(found -> !ownRules.contains(found.name()))
                    .orElseThrow(() -> new FixtureProblem(at, ownRules.contains(entry.getKey())
                            ? entry.getKey() + " has rules of its own: use its own section of the fixture"
                            : "Boomi's Platform document has no object called '" + entry.getKey() + "'"));
            load(tx, accountId, object, entry.getValue(), at);
        }
    }

    /** One object's list: checked and numbered first, then stored in a few statements. */
    private void load(DSLContext tx, String accountId, OfficialObject object, JsonNode list, String at) {
        Map<String, JsonNode> stored = new LinkedHashMap<>();
        Map<String, String> pathOf = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode body = list.get(i);
            String path = at + "[" + i + "]";
            try {
                BodyCheck.check(object, body);
            } catch (PlatformException invalid) {
                throw new FixtureProblem(path, invalid.getMessage());
            }
            String key = object.keyProperty() == null ? "" : body.path(object.keyProperty()).asText("");
            String id = key.isBlank() ? ids.uuid() : key;
            if (stored.containsKey(id)) {
                throw duplicate(path, object, id);
            }
            stored.put(id, ObjectFilling.created(object, body, id, accountId, clock.instant(), null));
            pathOf.put(id, path);
        }
        Set<String> taken = ObjectStore.storedIds(tx, accountId, object.name(), stored.keySet());
        for (String id : stored.keySet()) { // in the document's order: the first clash is the one reported
            if (taken.contains(id)) {
                throw duplicate(pathOf.get(id), object, id);
            }
        }
        ObjectStore.insertAll(tx, object, accountId, stored);
    }

    private static FixtureProblem duplicate(String path, OfficialObject object, String id) {
        return new FixtureProblem(path, "duplicate " + object.name() + " id '" + id + "'");
    }
}
