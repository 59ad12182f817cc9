package dev.boomiemulator.platform.generic;

import com.fasterxml.jackson.databind.JsonNode;
import dev.boomiemulator.common.EmulatorClock;
import dev.boomiemulator.common.FixtureProblem;
import dev.boomiemulator.common.IdGenerator;
import dev.boomiemulator.platform.PlatformException;
import java.util.Iterator;
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
            for (int i = 0; i < entry.getValue().size(); i++) {
                load(tx, accountId, object, entry.getValue().get(i), at + "[" + i + "]");
            }
        }
    }

    private void load(DSLContext tx, String accountId, OfficialObject object, JsonNode body, String at) {
        try {
            BodyCheck.check(object, body);
        } catch (PlatformException invalid) {
            throw new FixtureProblem(at, invalid.getMessage());
        }
        String key = object.keyProperty() == null ? "" : body.path(object.keyProperty()).asText("");
        String id = key.isBlank() ? ids.uuid() : key;
        if (new ObjectStore(tx).exists(accountId, object.name(), id)) {
            throw new FixtureProblem(at, "duplicate " + object.name() + " id '" + id + "'");
        }
        ObjectStore.insert(tx, object, accountId, id, ObjectFilling.created(object, body, id, accountId, clock.instant(), null));
    }
}
