package dev.boomiemulator.platform.atomsettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.boomiemulator.platform.PlatformException;
import dev.boomiemulator.platform.atomsettings.AtomHosts.AtomHost;
import dev.boomiemulator.platform.generic.GenericObjects;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code AtomStartupProperties}: read only. An Atom's start-up properties as a fixture gives them
 * ({@code platform.objects.AtomStartupProperties}), else those the emulator's Atom starts with: its name, its
 * shared web server's ports and threads (as {@link SharedServers} has them now), and the JVM's heap. The document
 * does not apply it to runtimes attached to a cloud: those are a 400.
 *
 * @see <a href="https://developer.boomi.com/docs/api/platformapi/AtomStartupProperties">Boomi: AtomStartupProperties</a>
 */
public final class AtomStartup {
    static final String STARTUP = "AtomStartupProperties";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Supplier<GenericObjects> objects;
    private final AtomHosts atoms;
    private final SharedServers servers;

    public AtomStartup(Supplier<GenericObjects> objects, AtomHosts atoms, SharedServers servers) {
        this.objects = objects;
        this.atoms = atoms;
        this.servers = servers;
    }

    JsonNode get(String accountId, String atomId) {
        AtomHost atom = atoms.require(accountId, atomId);
        if (atom.attachedToCloud()) {
            throw PlatformException.badRequest("Atom " + atomId + " is attached to cloud " + atom.cloudId()
                    + ": startup properties are not available for runtimes attached to a cloud.");
        }
        return objects.get().find(STARTUP, accountId, atomId).orElseGet(() -> started(accountId, atom));
    }

    private JsonNode started(String accountId, AtomHost atom) {
        JsonNode server = servers.information(accountId, atom);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("com.boomi.container.name", atom.name());
        properties.put("com.boomi.container.sharedServer.http.port", server.path("httpPort").asText(""));
        properties.put("com.boomi.container.sharedServer.https.port", server.path("httpsPort").asText(""));
        properties.put("com.boomi.container.sharedServer.http.maxThreads", server.path("maxThreads").asText(""));
        properties.put("-Xmx", "512m");
        ObjectNode startup = NODES.objectNode();
        startup.put("@type", STARTUP);
        ArrayNode list = startup.putArray("Property");
        properties.forEach((name, value) -> list.addObject().put("@type", "Property").put("name", name).put("value", value));
        startup.put("id", atom.id());
        return startup;
    }
}
